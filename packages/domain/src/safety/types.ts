import type { LocalizedText } from '../medications/types';

export type { LocalizedText };

/** Alert severity, as in interaction references: major > moderate > minor. */
export type Severity = 'major' | 'moderate' | 'minor';

/** What an alert is about (`POST /v1/safety-checks` → `alerts[].kind`). */
export type AlertKind =
  | 'drug_drug'
  | 'duplicate_therapy'
  | 'drug_allergy'
  | 'drug_disease'
  | 'drug_pregnancy'
  | 'dose'
  | 'online_restricted';

/** A medication by catalogue id or by free text in English or Chinese. */
export type MedicationInput = { medication_id: string } | { text: string };

/** An allergy by free text (`penicillin (anaphylaxis)`) or substance, with optional reaction. */
export type AllergyInput =
  | { text: string; reaction?: string }
  | { substance: string; reaction?: string };

/** A condition by free text (`hypertension`, `eGFR 25`, `妊娠早期`) or ICD-10 code. */
export type ConditionInput = { text: string } | { icd10: string };

/** Pregnancy status: `true`, or the trimester / gestational week when known. */
export type PregnancyInput = boolean | { trimester?: 1 | 2 | 3; weeks?: number };

/** What is known about the patient a safety check is for; every field is optional. */
export interface PatientInput {
  /** Age in years. */
  age?: number;
  sex?: 'female' | 'male' | 'other' | 'unknown';
  pregnancy?: PregnancyInput;
  /** eGFR in ml/min/1.73 m². */
  egfr?: number;
  allergies?: AllergyInput[];
  conditions?: ConditionInput[];
  current_medications?: MedicationInput[];
}

/** Request body of `POST /v1/safety-checks`. */
export interface SafetyCheckInput {
  medications: MedicationInput[];
  patient?: PatientInput;
}

/** A medication suggested instead of one that raised an alert. */
export interface Alternative {
  medication_id: string;
  name: LocalizedText;
}

/** One finding of a safety check: what kind, how severe, why, and what to do instead. */
export interface SafetyAlert {
  kind: AlertKind;
  severity: Severity;
  /** True when a label or guideline says never to combine / use: the outcome is `blocked`. */
  contraindicated: boolean;
  /** Catalogue ids of the medications concerned (proposed and current). */
  medications: string[];
  mechanism: LocalizedText;
  management: LocalizedText;
  alternatives?: Alternative[];
  /** Where the rule comes from (label, guideline, reference). */
  source: string;
}

/** What a piece of input was understood as. */
export interface ResolvedInput {
  /** JSON pointer into the request (`/medications/0`, `/patient/allergies/1`). */
  field: string;
  input: string;
  type: 'medication' | 'allergy' | 'condition' | 'renal_function' | 'pregnancy' | 'age';
  /** The catalogue id, allergy class, condition id or value understood. */
  id: string;
  name: LocalizedText;
  /** Extra detail: the reaction severity of an allergy, the trimester, the eGFR value. */
  detail?: string;
}

/** Input that matched nothing: listed, never silently dropped. */
export interface UnresolvedInput {
  field: string;
  input: string;
  reason: LocalizedText;
}

/** A statement about the record itself, e.g. that no allergies are on record (which is not "safe"). */
export interface SafetyNotice {
  code: 'no_allergies_recorded' | 'no_conditions_recorded' | 'no_renal_function' | 'no_age';
  message: LocalizedText;
}

/** Response body of `POST /v1/safety-checks`. */
export interface SafetyCheckResult {
  /** `blocked` when any alert is contraindicated, `warning` when any alert is raised, else `ready`. */
  outcome: 'ready' | 'warning' | 'blocked';
  alerts: SafetyAlert[];
  resolved: ResolvedInput[];
  unresolved: UnresolvedInput[];
  notices: SafetyNotice[];
}
