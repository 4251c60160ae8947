import type { TriageChoice, TriageDepartment, TriageLevel } from '../api/symptom-api';

/** Symptom checker strings (English). Its type is the contract for every other locale. */
export const en = {
  title: 'Check your symptoms',
  intro: 'Tell us what is wrong, in your own words. This is triage support, not a diagnosis.',
  aboutYou: (age: string, sex: string) => `For: ${age}, ${sex}`,
  years: (n: number) => `${n} years`,
  months: (n: number) => `${n} months`,
  sex: { female: 'female', male: 'male', other: 'other', unknown: 'sex not recorded' } as Record<
    string,
    string
  >,
  complaintLabel: 'What is wrong?',
  complaintHint: 'For example: "painful leg, can\'t walk" or "腿疼，走不了路".',
  start: 'Start',
  starting: 'Starting…',
  emergencyTitle: 'Call 120 now',
  emergencyAdvice:
    'What you describe can be an emergency. Call 120 or go to the nearest emergency department now. Do not wait for an online consultation.',
  emergencyFlags: 'Warning signs:',
  call120: 'Call 120',
  progress: (step: number) => `Question ${step}`,
  why: 'Why are we asking?',
  choice: { present: 'Yes', absent: 'No', unknown: "Don't know" } satisfies Record<
    TriageChoice,
    string
  >,
  noneOfThese: 'None of these',
  next: 'Next',
  back: 'Back',
  checking: 'Checking your answers…',
  resultTitle: 'Your triage result',
  level: {
    emergency: 'Emergency: call 120 now',
    consult_24h: 'See a doctor within 24 hours',
    consult: 'Book a consultation',
    self_care: 'Care for yourself at home',
  } satisfies Record<TriageLevel, string>,
  advice: 'What to do now',
  redFlags: 'Warning signs found',
  tests: 'Tests a doctor may order',
  departments: 'Who should see you',
  department: {
    emergency: 'Emergency',
    cardiology: 'Cardiology',
    respiratory: 'Respiratory medicine',
    gastroenterology: 'Gastroenterology',
    neurology: 'Neurology',
    orthopedics: 'Orthopaedics',
    rheumatology: 'Rheumatology',
    dermatology: 'Dermatology',
    ENT: 'Ear, nose and throat',
    ophthalmology: 'Ophthalmology',
    pediatrics: 'Paediatrics',
    obstetrics_gynecology: 'Obstetrics and gynaecology',
    urology: 'Urology',
    endocrinology: 'Endocrinology',
    psychiatry: 'Psychiatry',
    general_internal_medicine: 'General internal medicine',
  } satisfies Record<TriageDepartment, string>,
  soonest: 'Soonest doctors',
  noDoctors: 'No free times in the next week. Try again later.',
  slotAt: (time: string, zone: string) => `${time} (${zone} time)`,
  book: 'Book',
  booking: 'Booking…',
  booked: (time: string) => `Booked for ${time}.`,
  bookRequested: 'Your request was passed on to book this time.',
  startOver: 'Start again',
  completed: 'Triage result ready.',
};

export type SymptomCheckerMessages = typeof en;
