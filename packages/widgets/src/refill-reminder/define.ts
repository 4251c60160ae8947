/**
 * `@apotheca/widgets/refill-reminder`: defines `<apotheca-refill-reminder>` (once, even if several
 * bundles on the page import it) and exports its class and types.
 *
 * @example
 * ```ts
 * import '@apotheca/widgets/refill-reminder';
 * const reminder = document.createElement('apotheca-refill-reminder');
 * reminder.patientId = 'pat_test_wangfang';
 * reminder.deliveryAddress = { line1: '朝阳区建国路88号3单元501', city: '北京', postal_code: '100022' };
 * reminder.tokenProvider = () => fetch('/session').then((r) => r.text());
 * reminder.addEventListener('apotheca-renewal-requested', (e) => console.log('book a renewal for', e.detail.prescription_id));
 * document.body.append(reminder);
 * ```
 *
 * @packageDocumentation
 */
import { ApothecaRefillReminder } from './refill-reminder';

export * from '../platform/public';
export type * from './api/refill-api';
export type * from './events/events';
export { ApothecaRefillReminder };

if (!customElements.get('apotheca-refill-reminder')) {
  customElements.define('apotheca-refill-reminder', ApothecaRefillReminder);
}

declare global {
  interface HTMLElementTagNameMap {
    'apotheca-refill-reminder': ApothecaRefillReminder;
  }
}
