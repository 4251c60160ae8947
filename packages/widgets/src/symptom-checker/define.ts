/**
 * `@apotheca/widgets/symptom-checker`: defines `<apotheca-symptom-checker>` (once, even if several
 * bundles on the page import it) and exports its class and types.
 *
 * @example
 * ```ts
 * import '@apotheca/widgets/symptom-checker';
 * const checker = document.createElement('apotheca-symptom-checker');
 * checker.patientId = 'pat_test_liqiang';
 * checker.tokenProvider = () => fetch('/session').then((r) => r.text());
 * document.body.append(checker);
 * ```
 *
 * @packageDocumentation
 */
import { ApothecaSymptomChecker } from './symptom-checker';

export * from '../platform/public';
export type * from './api/symptom-api';
export type * from './events/events';
export { ApothecaSymptomChecker };

if (!customElements.get('apotheca-symptom-checker')) {
  customElements.define('apotheca-symptom-checker', ApothecaSymptomChecker);
}

declare global {
  interface HTMLElementTagNameMap {
    'apotheca-symptom-checker': ApothecaSymptomChecker;
  }
}
