/**
 * `@apotheca/widgets/prescription-upload`: defines `<apotheca-prescription-upload>` (once, even if
 * several bundles on the page import it) and exports its class and types.
 *
 * @example
 * ```ts
 * import '@apotheca/widgets/prescription-upload';
 * const upload = document.createElement('apotheca-prescription-upload');
 * upload.patientId = 'pat_test_wangfang';
 * upload.tokenProvider = () => fetch('/session').then((r) => r.text());
 * upload.addEventListener('apotheca-prescription-uploaded', (e) => console.log(e.detail.upload_id));
 * document.body.append(upload);
 * ```
 *
 * @packageDocumentation
 */
import { ApothecaPrescriptionUpload } from './prescription-upload';

export * from '../platform/public';
export type * from './api/upload-api';
export type * from './events/events';
export { ApothecaPrescriptionUpload };

if (!customElements.get('apotheca-prescription-upload')) {
  customElements.define('apotheca-prescription-upload', ApothecaPrescriptionUpload);
}

declare global {
  interface HTMLElementTagNameMap {
    'apotheca-prescription-upload': ApothecaPrescriptionUpload;
  }
}
