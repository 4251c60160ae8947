/**
 * `@apotheca/widgets/claim-form`: defines `<apotheca-claim-form>` (once, even if several bundles
 * on the page import it) and exports its class and types.
 *
 * @example
 * ```ts
 * import '@apotheca/widgets/claim-form';
 * const form = document.createElement('apotheca-claim-form');
 * form.patientId = 'pat_test_wangfang';
 * form.policyId = 'pol_test_wangfang_active';
 * form.tokenProvider = () => fetch('/session').then((r) => r.text());
 * document.querySelector('form')?.append(form);
 * const result = await form.submit();
 * ```
 *
 * @packageDocumentation
 */
import { ApothecaClaimForm } from './claim-form';

export * from '../platform/public';
export type * from './api/claim-api';
export type { ClaimFormError, ClaimSubmitResult } from './claim-form';
export type * from './events/events';
export type { ProviderOption } from './view/visit-view';
export { ApothecaClaimForm };

if (!customElements.get('apotheca-claim-form')) {
  customElements.define('apotheca-claim-form', ApothecaClaimForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'apotheca-claim-form': ApothecaClaimForm;
  }
}
