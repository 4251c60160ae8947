import { API_BASE, mock } from '../../test-support/mock-api';

/** The seeded patient of the gout story (born 1949-12-08, male). */
export const LIQIANG = 'pat_test_liqiang';
/** The seeded patient of the palpitations story (王芳, born 1956-03-14, female). */
export const WANGFANG = 'pat_test_wangfang';

/**
 * A widget session for `patientId` with the triage, consultations and patient-read scopes, minted
 * against the in-page mock engine the way a partner's server would.
 */
export async function mintCheckerSession(patientId = LIQIANG): Promise<string> {
  const response = await mock.platform.handle(
    new Request(`${API_BASE}/v1/widget-sessions`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer sk_test_apotheca_sandbox',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        patient_id: patientId,
        scopes: [
          'triage:read',
          'triage:write',
          'consultations:read',
          'consultations:write',
          'patients:read',
        ],
        allowed_origin: location.origin,
      }),
    }),
  );
  return ((await response.json()) as { token: string }).token;
}
