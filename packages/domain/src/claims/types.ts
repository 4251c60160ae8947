/** Text in both product languages. */
export interface LocalizedText {
  en: string;
  'zh-CN': string;
}

/** What an item is, for coverage decisions. */
export type ServiceCategory =
  | 'consultation'
  | 'emergency'
  | 'medication'
  | 'laboratory'
  | 'imaging'
  | 'procedure'
  | 'inpatient'
  | 'physiotherapy'
  | 'vaccination'
  | 'dental'
  | 'vision'
  | 'cosmetic';

/** Every {@link ServiceCategory}, in a stable order. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  'consultation',
  'emergency',
  'medication',
  'laboratory',
  'imaging',
  'procedure',
  'inpatient',
  'physiotherapy',
  'vaccination',
  'dental',
  'vision',
  'cosmetic',
];

/** `medication_insurance`: national insurance medication codes; `service`: Apotheca `SVC-…` codes. */
export type ItemCodeSystem = 'medication_insurance' | 'service';

/** Stable codes of denials, reductions and reviews. */
export type ClaimReasonCode =
  | 'duplicate'
  | 'possible_duplicate'
  | 'not_covered'
  | 'policy_inactive'
  | 'limit_exceeded'
  | 'out_of_network'
  | 'missing_information'
  | 'superseded_code';

/** Stable codes of claim validation issues. */
export type ClaimIssueCode =
  | 'required'
  | 'unknown_diagnosis_code'
  | 'duplicate_diagnosis'
  | 'unknown_item_code'
  | 'superseded_code'
  | 'invalid_quantity'
  | 'invalid_amount'
  | 'currency_mismatch'
  | 'service_date_in_future'
  | 'unknown_provider'
  | 'no_attachments';

/** An ICD-10 code with its names. */
export interface Icd10Entry {
  /** With the dot, e.g. `J06.9`. */
  code: string;
  name: LocalizedText;
}

/** What to use instead of a code. */
export interface ClaimSuggestion {
  /** The current code replacing a superseded one. */
  replacement_code?: string;
  /** When the superseded code stopped being valid (`YYYY-MM-DD`). */
  changed_on?: string;
  /** Close matches for an unknown ICD-10 code. */
  matches?: Icd10Entry[];
}

/** One finding of {@link validateClaimDraft}. */
export interface ClaimIssue {
  code: ClaimIssueCode;
  severity: 'error' | 'warning';
  /** JSON pointer (RFC 6901) into the draft, e.g. `/items/0/code`. */
  path: string;
  message: LocalizedText;
  suggestion?: ClaimSuggestion;
}

/** A denial, reduction or review reason, for the whole claim or one line (`sequence`). */
export interface ClaimReason {
  code: ClaimReasonCode;
  sequence?: number;
  explanation: LocalizedText;
  suggestion?: ClaimSuggestion;
  duplicate_of?: string;
}

/** The FHIR-style adjudication categories in integer minor units. */
export interface AdjudicationAmounts {
  submitted: number;
  eligible: number;
  deductible: number;
  copay: number;
  /** What the annual limit left unpaid. */
  over_limit: number;
  benefit: number;
  /** `deductible + copay + over_limit`, so `benefit + patient_share = eligible`. */
  patient_share: number;
}

export interface AdjudicatedLine extends AdjudicationAmounts {
  sequence: number;
}

/** How a claim was decided: paid in full, in part, or not at all. */
export type AdjudicationOutcome = 'approved' | 'partially_approved' | 'denied';
