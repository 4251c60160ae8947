/** Shared triage types. Names match the HTTP API (issue 9) so sandbox routes stay thin wrappers. */

/** A string in both product locales. */
export interface Bilingual {
  en: string;
  'zh-CN': string;
}

/** A product locale. */
export type Locale = 'en' | 'zh-CN';

/** How urgently to seek care, most urgent first. */
export type TriageLevel = 'emergency' | 'consult_24h' | 'consult' | 'self_care';

/** A hospital department a triage result can send the patient to. */
export type Department =
  | 'emergency'
  | 'cardiology'
  | 'respiratory'
  | 'gastroenterology'
  | 'neurology'
  | 'orthopedics'
  | 'rheumatology'
  | 'dermatology'
  | 'ENT'
  | 'ophthalmology'
  | 'pediatrics'
  | 'obstetrics_gynecology'
  | 'urology'
  | 'endocrinology'
  | 'psychiatry'
  | 'general_internal_medicine';

/** An answer about one finding. */
export type Choice = 'present' | 'absent' | 'unknown';

/** Sex at birth, as the triage rules use it. */
export type Sex = 'male' | 'female';

/** One answered or parsed fact about the patient. `id` is a concept id. */
export interface EvidenceItem {
  id: string;
  choice: Choice;
}

/** Where an evidence item came from (reported back so clients can show it). */
export type EvidenceSource = 'complaint' | 'initial' | 'answer';

export interface SourcedEvidence extends EvidenceItem {
  source: EvidenceSource;
}

/** An age in years or (for infants) months. */
export interface Age {
  value: number;
  unit: 'year' | 'month';
}

/** Who the interview is about: age and sex. */
export interface Patient {
  age: Age;
  sex: Sex;
}
