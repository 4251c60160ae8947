import type { Schema } from '@apotheca/api-spec';
import type {
  ConflictError,
  Operation,
  OperationProblem,
  QueryParams,
  ValidationError,
} from '@apotheca/core';

/** A claim (`clm_…`): status with its history, the adjudication once done, the payment once paid. */
export type Claim = Schema<'Claim'>;
/** `submitted → in_review → approved | partially_approved | denied → paid`, or `cancelled` / `replaced`. */
export type ClaimStatus = Schema<'ClaimStatus'>;
/** What `claims.create` takes: patient, policy, provider, date, ICD-10 diagnoses, items, attachments. */
export type ClaimCreateParams = Schema<'ClaimCreate'>;
/** What `claims.validate` takes: a draft in which every field is optional. */
export type ClaimDraft = Schema<'ClaimDraft'>;
/** One item of a claim as submitted (`code_system`, `code`, `quantity`, `unit_price`). */
export type ClaimItemInput = Schema<'ClaimItemInput'>;
/** One item of a stored claim. */
export type ClaimItem = Schema<'ClaimItem'>;
/** The result of `claims.validate`: `valid` and the `issues`. */
export type ClaimValidation = Schema<'ClaimValidation'>;
/** One validation issue: stable `code`, `severity`, JSON-pointer `path`, message, `suggestion`. */
export type ClaimIssue = Schema<'ClaimIssue'>;
/** The stable codes of validation issues. */
export type ClaimIssueCode = Schema<'ClaimIssueCode'>;
/** What to use instead: a replacement medication code, or close ICD-10 matches. */
export type ClaimSuggestion = Schema<'ClaimSuggestion'>;
/** The adjudication per line and in total, with reasons and a bilingual explanation. */
export type ClaimAdjudication = Schema<'ClaimAdjudication'>;
/** One adjudicated line. */
export type AdjudicationLine = Schema<'AdjudicationLine'>;
/** The FHIR-style categories of a line or total, in integer minor units. */
export type AdjudicationAmounts = Schema<'AdjudicationAmounts'>;
/** `approved`, `partially_approved` or `denied`. */
export type AdjudicationOutcome = Schema<'AdjudicationOutcome'>;
/** A denial, reduction or review reason: stable `code` and bilingual explanation. */
export type ClaimReason = Schema<'ClaimReason'>;
/** The stable codes of denials, reductions and reviews (`duplicate`, `not_covered`, …). */
export type ClaimReasonCode = Schema<'ClaimReasonCode'>;
/** One entry of a claim's status history. */
export type ClaimStatusChange = Schema<'ClaimStatusChange'>;
/** The payout of a paid claim: `reference`, `amount`, `paid_at`. */
export type ClaimPayment = Schema<'ClaimPayment'>;

/** Filters and page size of `claims.list`: `patient_id`, `status`, `limit`. */
export type ClaimListParams = Omit<
  NonNullable<QueryParams<Operation<'/v1/claims', 'get'>>>,
  'cursor'
>;

type Submit = Operation<'/v1/claims', 'post'>;

/** The problem of a refused cancel or correction (`claim_not_cancellable`, …) with `claim_status`. */
export type ClaimConflictProblem = OperationProblem<Submit, 409>;
/** The `ConflictError` of the claim operations, typed by the contract. */
export type ClaimConflictError = ConflictError<ClaimConflictProblem>;
/** The problem of a refused draft: `claim_invalid` with the same `issues` as `validate`. */
export type ClaimInvalidProblem = OperationProblem<Submit, 422>;
/** The 422 of `claims.create`, typed by the contract (`problem.issues`). */
export type ClaimInvalidError = ValidationError<ClaimInvalidProblem>;
