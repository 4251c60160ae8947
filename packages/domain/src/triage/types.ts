/** Shared triage types. Names match the HTTP API (issue 9) so sandbox routes stay thin wrappers. */

/** A string in both product locales. */
export interface Bilingual {
  en: string;
  'zh-CN': string;
}

export type Locale = 'en' | 'zh-CN';

export type TriageLevel = 'emergency' | 'consult_24h' | 'consult' | 'self_care';

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

export type Choice = 'present' | 'absent' | 'unknown';

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

export interface Age {
  value: number;
  unit: 'year' | 'month';
}

export interface Patient {
  age: Age;
  sex: Sex;
}
