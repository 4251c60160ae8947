import type { Claim, ClaimEstimate, ClaimIssue, Medication } from './api/claim-api';
import type { StepName } from './draft';

/** One invoice photo and where it is: checked on the device, uploaded, or refused. */
export interface PhotoEntry {
  /** Local id (the file's place in the list), for keys and retry. */
  key: number;
  name: string;
  file: Blob;
  status: 'checking' | 'uploading' | 'uploaded' | 'retake' | 'failed' | 'unreadable';
  /** The stored file id once uploaded. */
  fileId?: string;
  /** Retake advice lines (status `retake`). */
  advice?: string[];
  /** The idempotency key of this photo's upload: a retry reuses it. */
  uploadKey?: string;
}

/** An item-search hit: a catalogue medication with its current insurance code. */
export interface ItemMatch {
  medication: Medication;
  code: string;
}

/** The main view; calls keep their own state. */
export type ClaimFormView =
  | { name: 'step'; step: StepName }
  | { name: 'submitting' }
  | { name: 'tracking'; claim: Claim };

/** What the review and items steps show from the API. */
export interface ServerHints {
  issues: ClaimIssue[];
  estimate: ClaimEstimate | undefined;
}

/**
 * Every state the form shows, each named as its Storybook story
 * (`widgets-claim-form--<name>`).
 */
export const CLAIM_FORM_STATES = [
  'policy',
  'visit',
  'photos',
  'photos-retake',
  'items',
  'items-superseded',
  'diagnoses',
  'review',
  'field-errors',
  'submit-failed',
  'tracking-in-review',
  'tracking-paid',
] as const;
