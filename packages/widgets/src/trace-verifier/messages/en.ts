import type { Schema } from '@apotheca/api-spec';
import type { TraceCodeErrorCode } from '@apotheca/trace';
import type { TraceStatus } from '../api/trace-api';
import type { CameraFailure } from '../scanner/camera';

type JourneyType = Schema<'JourneyEvent'>['type'];
type Severity = Schema<'TraceAlert'>['severity'];

/** Trace verifier strings (English). Its type is the contract for every other locale. */
export const en = {
  title: 'Check a medicine pack',
  intro: 'Scan the code on the pack, upload a photo of it, or type it in.',
  scanWithCamera: 'Scan with camera',
  stopCamera: 'Stop camera',
  uploadPhoto: 'Upload a photo',
  torch: 'Light',
  switchCamera: 'Switch camera',
  cameraLabel: 'Camera view',
  cameraStarting: 'Starting the camera…',
  cameraScanning: 'Hold the square code (DataMatrix) or QR code on the pack inside the frame.',
  cameraPaused:
    'The camera was turned off while the widget was out of view. Start it again to scan.',
  cameraFailure: {
    denied:
      'Camera access is blocked. You can upload a photo of the code or type it in below instead. To scan, allow camera access in your browser settings.',
    no_camera: 'No camera was found. Upload a photo of the code or type it in below instead.',
    unsupported:
      'This browser cannot use a camera here. Upload a photo of the code or type it in below instead.',
    busy: 'The camera is being used by another app. Close it and try again, or upload a photo instead.',
    failed: 'The camera could not start. Upload a photo of the code or type it in below instead.',
  } satisfies Record<CameraFailure, string>,
  readingPhoto: 'Reading the photo…',
  noCodeInPhoto:
    'We could not find a code in this photo. Try a sharp, close photo in good light, or type the code in.',
  notAnImage: 'This file is not a photo we can read. Choose a JPEG or PNG photo of the code.',
  decoderFailed: 'The code reader could not load. Type the code in below, or try again.',
  codeLabel: 'Trace code',
  codeHint:
    'Type the code printed on the pack, e.g. (01)09506000134352(17)271231(10)ABC123(21)SN0001, or the 20-digit code under the barcode.',
  check: 'Check code',
  checking: 'Checking the pack…',
  codeError: {
    empty_input: 'Please enter the code printed on the pack.',
    unknown_format:
      'This does not look like a medicine trace code. Check that you copied the whole code.',
    bare_gtin:
      'This is only the product number. Please enter the whole code, including batch and serial number.',
    check_digit: 'The check digit does not match, so a number was probably mistyped.',
    invalid_date: 'A date in the code is not a real date.',
    invalid_length: 'A part of the code is too short or too long.',
    invalid_character: 'The code contains a character that is not allowed there.',
    invalid_value: 'A part of the code has a value that is not allowed.',
    unknown_ai: 'The code contains an unknown field number in brackets.',
    missing_separator: 'Two parts of the code run together.',
    duplicate_ai: 'A field appears twice in the code.',
    missing_required_ai: 'A required part of the code is missing.',
    excluded_ai_pair: 'The code contains two fields that cannot be used together.',
    missing_primary_key: 'The link does not contain a product number.',
    invalid_uri: 'The web link in the code is not valid.',
    dl_qualifier_order: 'The parts of the link are in the wrong order.',
    dl_query_attribute: 'The link contains a field in the wrong place.',
    china_length: 'A Chinese drug trace code has exactly 20 digits.',
    china_prefix: 'A Chinese drug trace code starts with 8.',
    not_representable: 'This code cannot be checked.',
    unknown_symbology: 'The scanner reported a barcode type that medicine packs do not use.',
    symbology_not_gs1:
      'This barcode is not a GS1 barcode, so its numbers cannot be read as a trace code.',
  } satisfies Record<TraceCodeErrorCode, string>,
  atCharacter: (position: number) => `Look at character ${position}.`,
  criticalAlerts: 'Read the alerts below before using this pack.',
  status: {
    verified: ['Genuine pack', 'This pack is registered by its maker and has not been handed out.'],
    already_dispensed: [
      'Already dispensed',
      'A pharmacy has already handed out this pack. If you received it from your pharmacy, this is expected.',
    ],
    recalled: [
      'Recalled: do not use',
      'The maker has recalled this batch. Do not take it; return it to a pharmacy.',
    ],
    expired: ['Expired: do not use', 'This pack is past its expiry date. Do not take it.'],
    suspect: [
      'Possibly not genuine',
      'This pack is reported as suspect. Do not take it, and show it to your pharmacist.',
    ],
    not_found: [
      'Code not found',
      'This code is not in the trace system. Check the code, or ask your pharmacist.',
    ],
    mismatch: [
      'Details do not match',
      'The batch or expiry in the code differs from the records. Ask your pharmacist before using it.',
    ],
    data_incomplete: [
      'Source data incomplete',
      'The maker or importer has not sent all records for this pack. It may still be genuine: ask your pharmacist.',
    ],
    secondary_verification_required: [
      'Needs a second check',
      'This pack needs an extra check by a pharmacist before it is used.',
    ],
  } satisfies Record<TraceStatus, [string, string]>,
  product: 'Product',
  genericName: 'Generic name',
  strength: 'Strength',
  form: 'Form',
  manufacturer: 'Maker',
  packSize: 'Pack size',
  lot: 'Batch',
  serial: 'Serial number',
  expiry: 'Expiry',
  expired: '(expired)',
  coldChain: 'Keep refrigerated',
  alerts: 'Alerts',
  severity: { info: 'Note:', warning: 'Warning:', critical: 'Critical:' } satisfies Record<
    Severity,
    string
  >,
  journey: 'Journey',
  noJourney: 'No journey has been recorded for this pack.',
  journeyType: {
    manufactured: 'Made',
    shipped: 'Shipped',
    customs_cleared: 'Cleared customs',
    received: 'Received',
    stored: 'Stored',
    dispensed: 'Dispensed',
    dispense_reversed: 'Dispense undone',
    recalled: 'Recalled',
    returned: 'Returned',
  } satisfies Record<JourneyType, string>,
  temperature: (min: string, max: string) => `Temperature ${min} to ${max}`,
  allowedRange: (min: string, max: string) => ` (allowed ${min} to ${max})`,
  excursion: 'Outside the allowed temperature',
  dispense: 'Dispense this pack',
  dispensing: 'Dispensing…',
  dispensed: 'Dispensed',
  dispensedDetail: (until: string) => `Recorded as dispensed. It can be undone until ${until}.`,
  dispenseConflict: 'This pack can no longer be dispensed: its state has changed. Check it again.',
  checkAnother: 'Check another pack',
  resultAnnouncement: (title: string) => `Result: ${title}`,
};

/** The shape every trace verifier catalogue must have. */
export type TraceVerifierMessages = typeof en;
