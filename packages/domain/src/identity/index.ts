/**
 * Identity-document checks for real-name verification (实名认证) before dispensing: China resident
 * ID numbers with their ISO 7064 MOD 11-2 check character and embedded birth date. Pure,
 * dependency-free.
 */
export {
  type ResidentIdInvalid,
  type ResidentIdInvalidReason,
  type ResidentIdOptions,
  type ResidentIdResult,
  type ResidentIdValid,
  residentIdCheckCharacter,
  validateResidentId,
} from './resident-id';
