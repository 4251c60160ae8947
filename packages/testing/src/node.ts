/**
 * The Apotheca test kit, Node part: the one sandbox harness (in process, or the real HTTP host
 * on loopback; every response checked against the contract; a 5xx fails the test), plus the
 * Storage conformance suite, a webhook receiver and the install-script check. Re-exports the
 * browser-safe kit.
 *
 * @example
 * ```ts
 * import { createTestPlatform, startTestSandbox, TRACE_CODES } from '@apotheca/testing/node';
 * const inProcess = createTestPlatform();
 * const overHttp = await startTestSandbox();
 * ```
 */

export {
  checkedFetch,
  contractValidator,
  createTestPlatform,
  type HarnessOptions,
  type SandboxHarness,
  startTestSandbox,
} from './harness/harness';
export { type ApiCallOptions, type ApiResponse, readResponse, requestInit } from './harness/http';
export { packagesWithInstallSteps } from './harness/install-scripts';
export { storageConformance } from './harness/storage-conformance';
export { type ReceivedWebhook, startWebhookReceiver } from './harness/webhook-receiver';
export * from './index';
