import type { CallState } from '../platform/controllers/api-controller';
import { platformMessages } from '../platform/localize/messages/index';
import type { TraceVerification } from './api/trace-api';
import type { AcceptedCode } from './code/parse-code';
import { traceVerifierMessages } from './messages/index';
import type { CameraState } from './scanner/camera-controller';
import type { PhotoOutcome } from './scanner/read-photo';

/** The main view; the camera, the calls and the live region keep their own state. */
export type TraceVerifierView =
  | { name: 'entry' }
  | { name: 'decoding' }
  | { name: 'verifying' }
  | {
      name: 'result';
      code: AcceptedCode;
      verification: TraceVerification;
      /** Belongs to this result: a retry after a lost response cannot dispense twice. */
      idempotencyKey: string;
    };

const kebab = (name: string) =>
  name
    .replace(/_/g, '-')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** Story names of the view states (the result's are its statuses, below). */
const VIEW_STATES = {
  entry: ['empty', 'mistyped-code'],
  decoding: ['reading-photo'],
  verifying: ['verifying'],
  result: [],
} as const satisfies Record<TraceVerifierView['name'], readonly string[]>;

/** Story names of the camera states (`off` is the empty state). */
const CAMERA_STATES = {
  off: [],
  starting: ['camera-starting'],
  scanning: ['camera-scanning', 'camera-scan'],
  paused: ['camera-paused'],
  failed: Object.keys(traceVerifierMessages.en.cameraFailure).map(
    (reason) => `camera-${kebab(reason)}`,
  ),
} satisfies Record<CameraState['name'], readonly string[]>;

/** Story names of the dispense call's states (`idle` is the offer to dispense). */
const DISPENSE_STATES = {
  idle: 'dispense',
  pending: 'dispensing',
  complete: 'dispensed',
  error: 'dispense-failed',
} as const satisfies Record<CallState<unknown>['status'], string>;

/** Story names of what a photo can give besides a code. */
const PHOTO_STATES = {
  not_an_image: 'photo-not-an-image',
  no_code_found: 'photo-no-code-found',
  decoder_failed: 'photo-decoder-failed',
} as const satisfies Record<Extract<PhotoOutcome, { ok: false }>['reason'], string>;

/**
 * Every state the verifier can show, each named as its Storybook story (`widgets-trace-verifier--
 * <name>`): view, result status, camera, dispense, photo and error states. Derived from the
 * widget's own state types and message catalogues, so a new status or failure needs a story.
 */
export function traceVerifierStates(): string[] {
  return [
    ...Object.values(VIEW_STATES).flat(),
    ...Object.keys(traceVerifierMessages.en.status).map(kebab),
    ...Object.values(CAMERA_STATES).flat(),
    ...Object.values(DISPENSE_STATES),
    ...Object.values(PHOTO_STATES),
    // Every patient-facing API error sentence (`errorOffline` → `error-offline`, …).
    ...Object.keys(platformMessages.en)
      .filter((key) => key.startsWith('error'))
      .map(kebab),
  ];
}
