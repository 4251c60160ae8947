import type { PrescriptionUploadStatus } from '../api/upload-api';

/** Prescription upload strings (English). Its type is the contract for every other locale. */
export const en = {
  title: 'Send a photo of your prescription',
  intro:
    'A pharmacist reads your paper prescription before your medicine is prepared. Lay it flat in good light, with all four edges in the photo.',
  takePhoto: 'Take a photo',
  choosePhoto: 'Choose a photo',
  photoHint: 'JPEG or PNG, up to 10 MB. We check it is readable before it is sent.',
  checking: 'Checking the photo…',
  steps: ['Check the photo', 'Send it', 'Pharmacist review'] as readonly string[],
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  preview: 'Your prescription photo',
  retakeTitle: 'Please take the photo again',
  retakeServer: 'Our pharmacy could not read this photo:',
  chooseAnother: 'Take or choose another photo',
  readyTitle: 'The photo looks clear',
  noteLabel: 'A note for the pharmacist (optional)',
  send: 'Send to the pharmacist',
  sending: (size: string) => `Sending the photo (${size})…`,
  statusTitle: {
    pending_review: 'Waiting for the pharmacist',
    transcribed: 'Your prescription was accepted',
    rejected: 'The pharmacist could not accept it',
  } satisfies Record<PrescriptionUploadStatus, string>,
  statusText: {
    pending_review: 'A pharmacist checks it, usually within a few hours. You can check here.',
    transcribed: 'The pharmacist entered your prescription. Your medicine is being prepared.',
    rejected: 'Please contact your doctor or send a new photo.',
  } satisfies Record<PrescriptionUploadStatus, string>,
  reason: (reason: string) => `Reason: ${reason}`,
  reference: (id: string) => `Upload ${id}`,
  checkStatus: 'Check status',
  checkingStatus: 'Checking…',
  uploadAnother: 'Send another photo',
  historyTitle: 'Your recent photos',
  historyItem: (date: string, status: string) => `${date}: ${status}`,
};

/** The shape every locale provides. */
export type PrescriptionUploadMessages = typeof en;
