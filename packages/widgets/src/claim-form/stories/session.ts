import { mintSession } from '../../test-support/mock-api';
import type { ProviderOption } from '../view/visit-view';

/** The seeded patient with an active policy (deductible met, 10% co-insurance). */
export const WANGFANG = 'pat_test_wangfang';
/** Paid 30 minutes after submission on the patient's clock. */
export const ACTIVE_POLICY = 'pol_test_wangfang_active';
/** Adjudicated and paid at submission. */
export const FASTPATH_POLICY = 'pol_test_wangfang_fastpath';

/** The sandbox's seeded hospitals (docs/testing/sandbox.md, "Claims"). */
export const SANDBOX_HOSPITALS: readonly ProviderOption[] = [
  {
    id: 'hosp_test_bj_capital',
    name: { en: 'Capital Hospital, Beijing', 'zh-CN': '北京首都医院' },
  },
  {
    id: 'hosp_test_sh_intl',
    name: { en: 'Shanghai International Hospital', 'zh-CN': '上海国际医院' },
  },
  { id: 'hosp_test_gz_city', name: { en: 'Guangzhou City Hospital', 'zh-CN': '广州市医院' } },
  { id: 'hosp_test_cd_clinic', name: { en: 'Chengdu Clinic', 'zh-CN': '成都诊所' } },
];

/** The scopes the claim form needs. */
export const CLAIM_FORM_SCOPES = [
  'coverage:read',
  'claims:read',
  'claims:write',
  'medications:read',
  'files:write',
];

/** A widget session for Wang Fang with the claim form's scopes, minted against the in-page mock. */
export function mintClaimSession(): Promise<string> {
  return mintSession(CLAIM_FORM_SCOPES);
}

/** A clear invoice photo drawn on a canvas (printed lines on a light page, phone-photo size). */
export async function invoicePhoto(name = 'invoice.jpg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 1800;
  canvas.height = 1400;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d context');
  g.fillStyle = '#555';
  g.fillRect(0, 0, 1800, 1400);
  g.fillStyle = '#eee';
  g.fillRect(250, 100, 1300, 1200);
  g.fillStyle = '#111';
  g.font = '40px sans-serif';
  for (let row = 0; row < 13; row++)
    g.fillText(
      `门诊收费 ${row + 1}  Ibuprofen 0.3g × 2   ¥${(row + 3) * 7}.00`,
      320,
      200 + row * 82,
    );
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.9),
  );
  return new File([blob], name, { type: 'image/jpeg' });
}

/** A photo too dark to read (the check asks for a retake). */
export async function darkPhoto(name = 'dark.jpg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 1600;
  canvas.height = 1200;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d context');
  g.fillStyle = '#080808';
  g.fillRect(0, 0, 1600, 1200);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.9),
  );
  return new File([blob], name, { type: 'image/jpeg' });
}
