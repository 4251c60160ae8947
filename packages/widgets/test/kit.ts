/**
 * Generic test utilities of the widget tests (Node and browser alike: no Node imports), kept in
 * one file so they can later be swapped for a shared testing kit.
 */

/**
 * Seeded sandbox packs, one per outcome (docs/testing/trace-codes.md), in bracketed form: what a
 * person types, and what the fake camera shows as a GS1 DataMatrix.
 */
export const SEEDED_TRACE_CODES = {
  /** Genuine and active: `verified`, dispensable. */
  verified: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
  /** The same pack's China 20-digit code. */
  chinaVerified: '83100170000123456078',
  /** Free to dispense (the camera test's pack; each store starts with it active). */
  cameraDispensable: '(01)06905782200119(17)290430(10)2605203(21)DSP0002',
  /** Free to dispense (stories and widget tests). */
  dispensable: '(01)06905782200119(17)290430(10)2605203(21)DSP0003',
  alreadyDispensed: '(01)06905782200119(17)290430(10)2605203(21)DISPENSED01',
  recalled: '(01)06901234100037(17)290228(10)2603045(21)RECALL01',
  expired: '(01)06905782200126(17)250331(10)2304009(21)EXPIRED01',
  suspect: '(01)06908365300213(17)280131(10)2602077(21)SUSPECT01',
  notFound: '(01)06901234100013(17)290228(10)2603101(21)NOTFOUND01',
  mismatch: '(01)06901234100013(17)290228(10)2603102(21)LOTMM01',
  dataIncomplete: '(01)06901234100020(17)280331(10)2604118(21)GAP01',
  secondaryVerificationRequired: '(01)04051234000195(17)290131(10)DE26B114(21)RIVDE9999',
  temperatureExcursion: '(01)06927415001016(17)281231(10)2607A15(21)COLDEXC01',
  /** Well-formed except the GTIN's check digit (3 → 4): rejected offline. */
  mistyped: '(01)06901234100014(17)290228(10)2603101(21)OK0001',
} as const;

/** The sandbox's seeded secret key: used only by the partner-server side of a test. */
const SANDBOX_SECRET_KEY = 'sk_test_apotheca_sandbox';

/**
 * Mints a widget session as a partner's server would (`POST /v1/widget-sessions` with the
 * sandbox's secret key) against the sandbox at `baseUrl`.
 *
 * @example
 * ```ts
 * const { token } = await mintWidgetSession(sandboxUrl, {
 *   patientId: 'pat_test_wangfang',
 *   scopes: ['trace:verify'],
 *   origin: location.origin,
 * });
 * ```
 */
export async function mintWidgetSession(
  baseUrl: string,
  init: { patientId: string; scopes: string[]; origin: string },
): Promise<{ token: string; expiresAt: string }> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/v1/widget-sessions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${SANDBOX_SECRET_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      patient_id: init.patientId,
      scopes: init.scopes,
      allowed_origin: init.origin,
    }),
  });
  if (!response.ok) {
    throw new Error(`widget session: HTTP ${response.status} ${await response.text()}`);
  }
  const session = (await response.json()) as { token: string; expires_at: string };
  return { token: session.token, expiresAt: session.expires_at };
}

/** Quiet, sandbox-less headless Chromium flags for CI containers. */
export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
