/**
 * The offline red-flag screen (`@apotheca/domain/triage/red-flags`): no SDK, no network. Its own
 * chunk, prefetched as soon as the checker is on the page, so emergency advice shows while the
 * patient types even when the API cannot be reached.
 */
export { screenText } from '@apotheca/domain/triage/red-flags';
