/**
 * The Apotheca medication catalogue: bilingual generic and brand names, every ingredient with
 * its strength, ATC codes, form, route, pack, Rx/OTC and China control classes, essential-medicine
 * flag, sandbox approval numbers and insurance codes. Pure data and functions, no I/O.
 */
export {
  getIngredient,
  getMedication,
  type InsuranceCodeLookup,
  listIngredients,
  listMedications,
  lookupInsuranceCode,
  type SearchOptions,
  searchMedications,
} from './catalogue';
export type {
  AntimicrobialGrade,
  ControlClass,
  DispensingClass,
  DoseForm,
  Ingredient,
  InsuranceCode,
  LocalizedText,
  Medication,
  MedicationMatch,
  ProductIngredient,
  Route,
  Strength,
} from './types';
