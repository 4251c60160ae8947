import type { ClaimCreateParams } from './api/claim-api';

/** One invoice line as the patient enters it; amounts in minor units (fen). */
export interface DraftItem {
  code_system: 'medication_insurance' | 'service';
  code: string;
  /** What the patient picked, shown beside the code (never sent as free text). */
  label: string;
  quantity: number;
  unit_price: number;
}

/** Everything the patient has entered so far. */
export interface ClaimFormDraft {
  policy_id: string;
  provider: string;
  service_date: string;
  items: DraftItem[];
  diagnoses: string[];
  attachments: string[];
}

/** The wizard's steps, in order. */
export const STEPS = ['policy', 'visit', 'photos', 'items', 'diagnoses', 'review'] as const;
export type StepName = (typeof STEPS)[number];

/** Why a field is not ready; each has a message of the widget's own in both locales. */
export type FieldErrorCode =
  | 'policy_required'
  | 'provider_required'
  | 'date_required'
  | 'date_in_future'
  | 'photos_required'
  | 'photos_pending'
  | 'items_required'
  | 'quantity_invalid'
  | 'price_invalid'
  | 'diagnoses_required';

/** A field problem found on the device, before any request. */
export interface FieldError {
  code: FieldErrorCode;
  step: StepName;
  /** The id of the input to focus (and the validity anchor). */
  field: string;
}

/** An empty draft for a policy. */
export function emptyDraft(policyId = ''): ClaimFormDraft {
  return {
    policy_id: policyId,
    provider: '',
    service_date: '',
    items: [],
    diagnoses: [],
    attachments: [],
  };
}

/**
 * The problems of one step (or of every step), on the device; `today` is `YYYY-MM-DD` in the
 * patient's zone and `pendingPhotos` the uploads not finished yet.
 *
 * @example
 * ```ts
 * fieldErrors(emptyDraft(), { today: '2026-12-04' })[0]?.code; // 'policy_required'
 * ```
 */
export function fieldErrors(
  draft: ClaimFormDraft,
  context: { today: string; pendingPhotos?: number; step?: StepName },
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (code: FieldErrorCode, step: StepName, field: string) => {
    if (!context.step || context.step === step) errors.push({ code, step, field });
  };
  if (!draft.policy_id) add('policy_required', 'policy', 'policy');
  if (!draft.provider) add('provider_required', 'visit', 'provider');
  if (!draft.service_date) add('date_required', 'visit', 'service-date');
  else if (draft.service_date > context.today) add('date_in_future', 'visit', 'service-date');
  if (context.pendingPhotos) add('photos_pending', 'photos', 'photos');
  else if (draft.attachments.length === 0) add('photos_required', 'photos', 'photos');
  if (draft.items.length === 0) add('items_required', 'items', 'item-search');
  draft.items.forEach((item, i) => {
    if (!Number.isInteger(item.quantity) || item.quantity < 1)
      add('quantity_invalid', 'items', `quantity-${i}`);
    if (!Number.isInteger(item.unit_price) || item.unit_price < 0)
      add('price_invalid', 'items', `price-${i}`);
  });
  if (draft.diagnoses.length === 0) add('diagnoses_required', 'diagnoses', 'diagnosis-search');
  return errors;
}

/** The draft as `POST /v1/claims` (and the estimate) take it. */
export function toClaimParams(
  draft: ClaimFormDraft,
  patientId: string,
  currency = 'CNY',
): ClaimCreateParams {
  return {
    patient_id: patientId,
    policy_id: draft.policy_id,
    provider: draft.provider,
    service_date: draft.service_date,
    diagnoses: [...draft.diagnoses],
    items: draft.items.map((item) => ({
      code_system: item.code_system,
      code: item.code,
      quantity: item.quantity,
      unit_price: { amount: item.unit_price, currency },
    })),
    attachments: [...draft.attachments],
  };
}

/** A stable fingerprint of what would be submitted: a new one means a new submission intent. */
export function fingerprint(params: ClaimCreateParams): string {
  return JSON.stringify(params);
}

/** Parses a draft saved by `formStateRestoreCallback` (a string the form itself wrote). */
export function parseDraft(state: unknown): ClaimFormDraft | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const value = JSON.parse(state) as Partial<ClaimFormDraft>;
    if (typeof value !== 'object' || value === null) return undefined;
    return {
      ...emptyDraft(),
      ...value,
      items: value.items ?? [],
      diagnoses: value.diagnoses ?? [],
      attachments: value.attachments ?? [],
    };
  } catch {
    return undefined;
  }
}

/** Yuan from fen as the patient types it (`12.5` → 1250); `NaN` when it is not an amount. */
export function toMinorUnits(text: string): number {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
