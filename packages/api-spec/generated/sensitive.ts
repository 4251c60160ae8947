// Generated from openapi/ by scripts/generate.mjs. Do not edit.

/**
 * Keys whose values are personal or secret data, from the contract's `x-sensitive: true`
 * properties and its root `x-sensitive-fields`; clients redact them from logs.
 */
export const SENSITIVE_FIELDS: readonly string[] = [
  "access_token",
  "address",
  "allergies",
  "birth_date",
  "client_secret",
  "complaint",
  "conditions",
  "date_of_birth",
  "diagnoses",
  "email",
  "evidence",
  "family_name",
  "gender",
  "given_name",
  "id_number",
  "medications",
  "name",
  "national_id",
  "notes",
  "phone",
  "reason",
  "result",
  "secret",
  "sex",
  "symptoms",
  "text",
  "token"
];
