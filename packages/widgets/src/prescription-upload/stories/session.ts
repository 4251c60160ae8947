import { API_BASE, mock } from '../../test-support/mock-api';

/** The seeded patient (王芳) who sends a paper prescription. */
export const WANGFANG = 'pat_test_wangfang';
/** Another seeded patient, whose uploads 王芳's session must never see. */
export const LIQIANG = 'pat_test_liqiang';

const SECRET = { Authorization: 'Bearer sk_test_apotheca_sandbox' };

/**
 * A widget session for `patientId` with the upload scopes, minted against the in-page mock
 * engine the way a partner's server would.
 */
export async function mintUploadSession(patientId = WANGFANG): Promise<string> {
  const response = await mock.platform.handle(
    new Request(`${API_BASE}/v1/widget-sessions`, {
      method: 'POST',
      headers: { ...SECRET, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        patient_id: patientId,
        scopes: ['prescription_uploads:read', 'prescription_uploads:write'],
        allowed_origin: location.origin,
      }),
    }),
  );
  return ((await response.json()) as { token: string }).token;
}

/** The sandbox plays the pharmacist: approves or rejects an upload (test helper, secret key). */
export async function reviewUpload(
  id: string,
  decision: 'approve' | 'reject',
  reason?: string,
): Promise<void> {
  const response = await mock.platform.handle(
    new Request(`${API_BASE}/v1/test-helpers/prescription-uploads/${id}/review`, {
      method: 'POST',
      headers: { ...SECRET, 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision, ...(reason ? { reason } : {}) }),
    }),
  );
  if (!response.ok) throw new Error(`review failed: ${response.status} ${await response.text()}`);
}

/** Uploads a photo for `patientId` with the secret key (another patient's, in privacy tests). */
export async function uploadAs(patientId: string, file: File): Promise<string> {
  const body = new FormData();
  body.set('file', file);
  body.set('patient_id', patientId);
  const response = await mock.platform.handle(
    new Request(`${API_BASE}/v1/prescription-uploads`, { method: 'POST', headers: SECRET, body }),
  );
  if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
