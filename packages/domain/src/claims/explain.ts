import type { AdjudicationOutcome, ClaimReason, LocalizedText, ServiceCategory } from './types';

const CATEGORY_NAMES: Record<ServiceCategory, LocalizedText> = {
  consultation: { en: 'consultations', 'zh-CN': '门诊诊疗' },
  emergency: { en: 'emergency care', 'zh-CN': '急诊' },
  medication: { en: 'medicines', 'zh-CN': '药品' },
  laboratory: { en: 'laboratory tests', 'zh-CN': '化验检查' },
  imaging: { en: 'imaging (X-ray, CT, MRI)', 'zh-CN': '影像检查（X光、CT、磁共振）' },
  procedure: { en: 'procedures', 'zh-CN': '治疗操作' },
  inpatient: { en: 'hospital stays', 'zh-CN': '住院' },
  physiotherapy: { en: 'physiotherapy', 'zh-CN': '康复理疗' },
  vaccination: { en: 'vaccinations', 'zh-CN': '疫苗接种' },
  dental: { en: 'dental care', 'zh-CN': '牙科' },
  vision: { en: 'eye care and glasses', 'zh-CN': '眼科及配镜' },
  cosmetic: { en: 'cosmetic treatment', 'zh-CN': '医疗美容' },
};

/** A category's name in both languages, for explanations and forms. */
export function categoryName(category: ServiceCategory): LocalizedText {
  return CATEGORY_NAMES[category];
}

/** What a reason needs to be explained. */
export interface ReasonDetails {
  sequence?: number;
  category?: ServiceCategory;
  duplicateOf?: string;
  code?: string;
  replacementCode?: string;
  changedOn?: string;
  /** For `out_of_network`: whether care there is still partly covered. */
  partlyCovered?: boolean;
}

/**
 * A reason with a short explanation a patient understands, in English and Chinese.
 *
 * @example
 * ```ts
 * explainReason('policy_inactive').explanation.en; // 'Your policy was not active on the day of the visit…'
 * ```
 */
export function explainReason(code: ClaimReason['code'], d: ReasonDetails = {}): ClaimReason {
  const reason: ClaimReason = { code, explanation: text(code, d) };
  if (d.sequence !== undefined) reason.sequence = d.sequence;
  if (d.duplicateOf !== undefined) reason.duplicate_of = d.duplicateOf;
  if (d.replacementCode !== undefined) {
    reason.suggestion = {
      replacement_code: d.replacementCode,
      ...(d.changedOn !== undefined ? { changed_on: d.changedOn } : {}),
    };
  }
  return reason;
}

function text(code: ClaimReason['code'], d: ReasonDetails): LocalizedText {
  const item =
    d.sequence !== undefined
      ? { en: `Item ${d.sequence}: `, zh: `第 ${d.sequence} 项：` }
      : { en: '', zh: '' };
  switch (code) {
    case 'duplicate':
      return {
        en: `This claim is the same as one already sent${d.duplicateOf ? ` (${d.duplicateOf})` : ''}, so it is not paid a second time.`,
        'zh-CN': `此理赔与已提交的理赔${d.duplicateOf ? `（${d.duplicateOf}）` : ''}内容相同，不会重复支付。`,
      };
    case 'possible_duplicate':
      return {
        en: 'This claim looks like another one for the same visit, so a reviewer checks it before anything is paid.',
        'zh-CN': '此理赔与同一次就诊的另一笔理赔相似，需人工审核后才会支付。',
      };
    case 'not_covered': {
      const name = d.category
        ? CATEGORY_NAMES[d.category]
        : { en: 'this care', 'zh-CN': '该项费用' };
      return {
        en: `${item.en}Your policy does not cover ${name.en}.`,
        'zh-CN': `${item.zh}您的保单不保障${name['zh-CN']}。`,
      };
    }
    case 'policy_inactive':
      return {
        en: 'Your policy was not active on the day of the visit, so nothing can be paid.',
        'zh-CN': '就诊当日您的保单不在有效期内，因此无法赔付。',
      };
    case 'limit_exceeded':
      return {
        en: "This year's limit of your policy is used up, so part of the cost is not paid.",
        'zh-CN': '您的保单本年度保额已用完，部分费用无法赔付。',
      };
    case 'out_of_network':
      return d.partlyCovered
        ? {
            en: 'The hospital is outside your insurer’s network, so you pay a larger share.',
            'zh-CN': '该医院不在保险公司的合作网络内，您需自付的比例更高。',
          }
        : {
            en: 'The hospital is outside your insurer’s network, and your policy does not pay for care there.',
            'zh-CN': '该医院不在保险公司的合作网络内，您的保单不保障在该医院的费用。',
          };
    case 'missing_information':
      return {
        en: 'The invoice is missing. Add a photo of the invoice and send the claim again.',
        'zh-CN': '缺少发票。请添加发票照片后重新提交理赔。',
      };
    case 'superseded_code':
      return {
        en: `${item.en}The medicine code ${d.code ?? ''} is out of date${d.changedOn ? `; since ${d.changedOn}` : ''} it is ${d.replacementCode ?? 'a new code'}. Send a corrected claim with the new code.`,
        'zh-CN': `${item.zh}药品编码 ${d.code ?? ''} 已停用${d.changedOn ? `，自 ${d.changedOn} 起` : '，'}改为 ${d.replacementCode ?? '新编码'}。请使用新编码提交更正后的理赔。`,
      };
  }
}

/** A one-sentence summary of an outcome, in both languages. */
export function explainOutcome(
  outcome: AdjudicationOutcome,
  benefit: number,
  patientShare: number,
  currency: string,
): LocalizedText {
  const b = formatMoney(benefit, currency);
  const p = formatMoney(patientShare, currency);
  switch (outcome) {
    case 'approved':
      return {
        en: `Approved: your insurer pays ${b}; your share is ${p}.`,
        'zh-CN': `已批准：保险公司赔付 ${b}，您自付 ${p}。`,
      };
    case 'partially_approved':
      return {
        en: `Partly approved: your insurer pays ${b}; your share is ${p}. See the reasons for what is not paid.`,
        'zh-CN': `部分批准：保险公司赔付 ${b}，您自付 ${p}。未赔付的部分请查看原因说明。`,
      };
    case 'denied':
      return {
        en: 'Not approved: nothing is paid. See the reasons below.',
        'zh-CN': '未获批准：本次不予赔付，原因见下方说明。',
      };
  }
}

/** `12345, 'CNY'` → `CNY 123.45` (two-decimal currencies; the sandbox uses CNY, USD, EUR, HKD). */
export function formatMoney(amount: number, currency: string): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${currency} ${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
