/**
 * Drug-safety checks over the medication catalogue: drug–drug interactions, duplicate therapy
 * (also inside combination products), drug–allergy with calibrated cross-sensitivity,
 * drug–disease, pregnancy, renal and age dosing, and China's online-prescribing restrictions.
 * Pure functions, no I/O; the shapes match `POST /v1/safety-checks`.
 */
export { checkSafety } from './check';
export type {
  AlertKind,
  AllergyInput,
  Alternative,
  ConditionInput,
  LocalizedText,
  MedicationInput,
  PatientInput,
  PregnancyInput,
  ResolvedInput,
  SafetyAlert,
  SafetyCheckInput,
  SafetyCheckResult,
  SafetyNotice,
  Severity,
  UnresolvedInput,
} from './types';
