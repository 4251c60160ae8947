import { signWebhook } from '@apotheca/platform';
import {
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
  TRACE_CODES,
} from '@apotheca/testing/node';

/** What a runtime entry reads (see scenario/scenario.mjs). */
export interface ScenarioInput {
  baseUrl: string;
  apiKey?: string;
  accessToken?: string;
  patientId?: string;
  traceCode: string;
  webhook: { body: string; headers: Record<string, string>; secret: string; now: number };
}

// A fixed delivery time, and the verifier is told "now" is one second later: no wall clock.
const DELIVERED_AT = 1_767_225_600;
const EVENT_ID = 'evt_runtime_matrix_1';

/** A delivery signed by the platform's own signer, so the SDK's verifier is checked against it. */
export async function signedDelivery(): Promise<ScenarioInput['webhook']> {
  const secret = `whsec_${Buffer.from('apotheca-runtime-matrix!').toString('base64')}`;
  const body = JSON.stringify({
    id: EVENT_ID,
    object: 'event',
    type: 'patient.created',
    created_at: new Date(DELIVERED_AT * 1000).toISOString(),
    data: { object: { id: 'pat_test_wangfang', object: 'patient' } },
  });
  const headers = {
    'webhook-id': EVENT_ID,
    'webhook-timestamp': String(DELIVERED_AT),
    'webhook-signature': await signWebhook(secret, EVENT_ID, DELIVERED_AT, body),
  };
  return { body, headers, secret, now: (DELIVERED_AT + 1) * 1000 };
}

/** The sandbox on a free loopback port, and the input for a server-side runtime. */
export async function serverScenario(): Promise<{ sandbox: SandboxHarness; input: ScenarioInput }> {
  const sandbox = await startTestSandbox();
  const input: ScenarioInput = {
    baseUrl: sandbox.url,
    apiKey: SECRET_KEY,
    traceCode: TRACE_CODES.genuine,
    webhook: await signedDelivery(),
  };
  return { sandbox, input };
}

/** What every runtime must report: the same for all, so one assertion covers the matrix. */
export const EXPECTED_PACKAGE_PROBES = 'function';
export const EXPECTED_WEBHOOK = { id: EVENT_ID, type: 'patient.created' };
