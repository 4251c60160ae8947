/**
 * The Apotheca test kit, browser-safe part: seeded ids and trace codes (derived from the
 * platform's seed modules), widget sessions, a hand-moved clock and Chromium launch options. The
 * sandbox harness (Node only) is in `@apotheca/testing/node`.
 *
 * @example
 * ```ts
 * import { mintWidgetSession, PATIENTS, TRACE_CODES } from '@apotheca/testing';
 * const session = await mintWidgetSession(baseUrl, {
 *   patientId: PATIENTS.wangfang,
 *   scopes: ['trace:verify'],
 *   origin: 'http://localhost:6006',
 * });
 * ```
 */
export { CHROMIUM_ARGS, chromiumLaunchOptions, DEFAULT_CHROME_PATH } from './chromium';
export { createClock, type TestClock } from './clock';
export {
  createFaultyFetch,
  type FaultKind,
  type FaultyFetch,
  type FaultyFetchOptions,
} from './faults/faulty-fetch';
export {
  chinaCode,
  DEFAULT_BASE_URL,
  digitalLink,
  elementString,
  LIMITED_SECRET_KEY,
  LOCATIONS,
  OAUTH_CLIENT,
  PATIENTS,
  SECRET_KEY,
  TRACE_CODES,
  type TraceCodeOverrides,
  traceCode,
} from './seed';
export { type MintWidgetSessionOptions, mintWidgetSession } from './widget-session';
