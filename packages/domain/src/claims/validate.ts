import { getIcd10, suggestIcd10 } from './icd10';
import { resolveItemCode } from './items';
import type { ClaimIssue, ClaimIssueCode, ItemCodeSystem, LocalizedText } from './types';

/** A claim as typed so far (every field optional), the body of `POST /v1/claims/validate`. */
export interface ClaimDraft {
  patient_id?: string;
  policy_id?: string;
  provider?: string;
  service_date?: string;
  diagnoses?: readonly string[];
  items?: readonly {
    code_system?: ItemCodeSystem;
    code?: string;
    description?: string;
    quantity?: number;
    unit_price?: { amount?: number; currency?: string };
  }[];
  attachments?: readonly string[];
  related_claim_id?: string;
}

/** What validation knows beyond the draft. */
export interface ValidationContext {
  /** Today on the patient's clock (`YYYY-MM-DD`): a later service date is an error. */
  today: string;
  /** The policy's currency; every item must be in it. Without it, the first item's currency. */
  currency?: string;
  /** Whether a provider id is a known hospital; without it, providers are not checked. */
  isKnownProvider?: (id: string) => boolean;
}

/**
 * Issues that stop `POST /v1/claims`: every error except `superseded_code`, which is accepted
 * and then denied on its line with the replacement suggested (never paid silently).
 */
export function blocksSubmission(issue: ClaimIssue): boolean {
  return issue.severity === 'error' && issue.code !== 'superseded_code';
}

const MESSAGES: Record<ClaimIssueCode, (x: string) => LocalizedText> = {
  required: (f) => ({ en: `${f} is required.`, 'zh-CN': `请填写${f}。` }),
  unknown_diagnosis_code: (c) => ({
    en: `${c} is not a known ICD-10 code.`,
    'zh-CN': `${c} 不是有效的 ICD-10 诊断编码。`,
  }),
  duplicate_diagnosis: (c) => ({ en: `${c} is listed twice.`, 'zh-CN': `诊断 ${c} 重复填写。` }),
  unknown_item_code: (c) => ({
    en: `${c} is not a known item code.`,
    'zh-CN': `${c} 不是有效的项目编码。`,
  }),
  superseded_code: (c) => ({ en: c, 'zh-CN': c }),
  invalid_quantity: () => ({
    en: 'The quantity must be a whole number of at least 1.',
    'zh-CN': '数量须为不小于 1 的整数。',
  }),
  invalid_amount: () => ({
    en: 'The price must be a whole number of minor units (fen, cents), not negative.',
    'zh-CN': '单价须为以分为单位的非负整数。',
  }),
  currency_mismatch: (c) => ({
    en: `Every item must be in ${c}.`,
    'zh-CN': `所有项目的币种须为 ${c}。`,
  }),
  service_date_in_future: () => ({
    en: 'The visit date is in the future.',
    'zh-CN': '就诊日期不能晚于今天。',
  }),
  unknown_provider: (p) => ({
    en: `${p} is not a known hospital.`,
    'zh-CN': `${p} 不是已登记的医院。`,
  }),
  no_attachments: () => ({
    en: 'No invoice is attached; without one the claim will be denied for missing information.',
    'zh-CN': '未附发票；缺少发票的理赔将因资料不全被拒赔。',
  }),
};

const FIELD_NAMES: Record<string, LocalizedText> = {
  patient_id: { en: 'The patient', 'zh-CN': '患者' },
  policy_id: { en: 'The policy', 'zh-CN': '保单' },
  provider: { en: 'The hospital', 'zh-CN': '医院' },
  service_date: { en: 'The visit date', 'zh-CN': '就诊日期' },
  diagnoses: { en: 'At least one diagnosis', 'zh-CN': '至少一项诊断' },
  items: { en: 'At least one item', 'zh-CN': '至少一个费用项目' },
  code_system: { en: 'The code system', 'zh-CN': '编码体系' },
  code: { en: 'The item code', 'zh-CN': '项目编码' },
  quantity: { en: 'The quantity', 'zh-CN': '数量' },
  unit_price: { en: 'The unit price', 'zh-CN': '单价' },
};

function required(path: string, field: string): ClaimIssue {
  const name = FIELD_NAMES[field] ?? { en: field, 'zh-CN': field };
  const en = MESSAGES.required(name.en).en;
  const zh = MESSAGES.required(name['zh-CN'])['zh-CN'];
  return { code: 'required', severity: 'error', path, message: { en, 'zh-CN': zh } };
}

function issue(
  code: ClaimIssueCode,
  path: string,
  x = '',
  severity: ClaimIssue['severity'] = 'error',
): ClaimIssue {
  return { code, severity, path, message: MESSAGES[code](x) };
}

/**
 * Field and code checks of a claim draft, before it is submitted: each issue has a stable
 * `code`, a JSON-pointer `path` into the draft and, where there is one, a `suggestion` (a
 * superseded medication code → its current replacement and the date it changed; an unknown
 * ICD-10 code → close matches). Errors first in draft order; warnings after.
 *
 * @example
 * ```ts
 * const issues = validateClaimDraft(draft, { today: '2026-11-20', currency: 'CNY' });
 * const fix = issues.find((i) => i.code === 'superseded_code')?.suggestion?.replacement_code;
 * ```
 */
export function validateClaimDraft(draft: ClaimDraft, context: ValidationContext): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  for (const field of ['patient_id', 'policy_id', 'provider', 'service_date'] as const) {
    if (draft[field] === undefined || draft[field] === '')
      issues.push(required(`/${field}`, field));
  }
  if (draft.provider && context.isKnownProvider && !context.isKnownProvider(draft.provider)) {
    issues.push(issue('unknown_provider', '/provider', draft.provider));
  }
  if (draft.service_date && draft.service_date > context.today) {
    issues.push(issue('service_date_in_future', '/service_date'));
  }

  const diagnoses = draft.diagnoses ?? [];
  if (diagnoses.length === 0) issues.push(required('/diagnoses', 'diagnoses'));
  const seen = new Set<string>();
  diagnoses.forEach((code, i) => {
    const entry = getIcd10(code);
    if (!entry) {
      const matches = suggestIcd10(code);
      issues.push({
        ...issue('unknown_diagnosis_code', `/diagnoses/${i}`, code),
        ...(matches.length > 0 ? { suggestion: { matches } } : {}),
      });
      return;
    }
    if (seen.has(entry.code))
      issues.push(issue('duplicate_diagnosis', `/diagnoses/${i}`, entry.code, 'warning'));
    seen.add(entry.code);
  });

  const items = draft.items ?? [];
  if (items.length === 0) issues.push(required('/items', 'items'));
  const currency =
    context.currency ?? items.find((it) => it.unit_price?.currency)?.unit_price?.currency;
  items.forEach((item, i) => {
    const at = `/items/${i}`;
    if (item.code_system === undefined) issues.push(required(`${at}/code_system`, 'code_system'));
    if (item.code === undefined || item.code.trim() === '')
      issues.push(required(`${at}/code`, 'code'));
    else if (item.code_system !== undefined) {
      const resolved = resolveItemCode(item.code_system, item.code);
      if (resolved.status === 'unknown')
        issues.push(issue('unknown_item_code', `${at}/code`, item.code));
      if (resolved.status === 'superseded') {
        issues.push({
          code: 'superseded_code',
          severity: 'error',
          path: `${at}/code`,
          message: {
            en: `${item.code} was replaced by ${resolved.replacement} on ${resolved.changedOn}; bill with the current code.`,
            'zh-CN': `${item.code} 已于 ${resolved.changedOn} 停用，现为 ${resolved.replacement}，请使用现行编码。`,
          },
          suggestion: { replacement_code: resolved.replacement, changed_on: resolved.changedOn },
        });
      }
    }
    if (item.quantity === undefined) issues.push(required(`${at}/quantity`, 'quantity'));
    else if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) {
      issues.push(issue('invalid_quantity', `${at}/quantity`));
    }
    const price = item.unit_price;
    if (price?.amount === undefined) issues.push(required(`${at}/unit_price/amount`, 'unit_price'));
    else if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
      issues.push(issue('invalid_amount', `${at}/unit_price/amount`));
    }
    if (price?.currency === undefined)
      issues.push(required(`${at}/unit_price/currency`, 'unit_price'));
    else if (currency !== undefined && price.currency !== currency) {
      issues.push(issue('currency_mismatch', `${at}/unit_price/currency`, currency));
    }
  });

  if ((draft.attachments ?? []).length === 0)
    issues.push(issue('no_attachments', '/attachments', '', 'warning'));
  return [
    ...issues.filter((x) => x.severity === 'error'),
    ...issues.filter((x) => x.severity === 'warning'),
  ];
}
