/**
 * `@apotheca/widgets/trace-verifier`: defines `<apotheca-trace-verifier>` (once, even if several
 * bundles on the page import it) and exports its class and types.
 *
 * @example
 * ```ts
 * import '@apotheca/widgets/trace-verifier';
 * const verifier = document.createElement('apotheca-trace-verifier');
 * verifier.tokenProvider = () => fetch('/session').then((r) => r.text());
 * document.body.append(verifier);
 * ```
 *
 * @packageDocumentation
 */
import { ApothecaTraceVerifier } from './trace-verifier';

export * from '../platform/public';
export type * from './api/trace-api';
export type { ScanSource } from './code/parse-code';
export type * from './events/events';
export { configureDecoder, type DecoderOptions } from './scanner/decoder';
export { ApothecaTraceVerifier };

if (!customElements.get('apotheca-trace-verifier')) {
  customElements.define('apotheca-trace-verifier', ApothecaTraceVerifier);
}

declare global {
  interface HTMLElementTagNameMap {
    'apotheca-trace-verifier': ApothecaTraceVerifier;
  }
}
