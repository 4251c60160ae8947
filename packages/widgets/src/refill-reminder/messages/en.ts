import type { RefillStatus } from '../api/refill-api';

type RefillState = RefillStatus['status'];

/** Refill reminder strings (English). Its type is the contract for every other locale. */
export const en = {
  title: 'Your medicines',
  intro: 'Days left, when to refill, and how regularly you have had your medicine.',
  loading: 'Loading your medicines…',
  empty: 'You have no medicines to refill.',
  daysLeft: (n: number) => (n === 1 ? '1 day left' : `${n} days left`),
  daysLeftLabel: (name: string) => `Days of ${name} left`,
  runsOut: (date: string) => `Runs out on ${date}`,
  repeats: (n: number) =>
    n === 0 ? 'No refills left' : n === 1 ? '1 refill left' : `${n} refills left`,
  status: {
    too_soon: 'Enough for now',
    eligible: 'You can refill now',
    due: 'Refill due',
    overdue: 'Overdue: your supply has run out',
    renewal_needed: 'Needs a renewal visit',
  } satisfies Record<RefillState, string>,
  refillFrom: (date: string) => `You can refill from ${date}.`,
  renewalHint: 'A doctor needs to renew this prescription at a follow-up visit.',
  adherence: (percent: number, days: number) =>
    `You had this medicine on ${percent}% of the last ${days} days`,
  adherent: 'That is on track (80% or more).',
  notAdherent: 'That is below 80%: try to refill before you run out.',
  noAdherence: 'Not enough fills yet to show how regularly you take it.',
  refillNow: 'Refill now',
  bookRenewal: 'Book a renewal visit',
  renewalRequested: 'We told your care team you want a renewal visit.',
  addToCalendar: 'Add refill reminders to my calendar',
  preparingCalendar: 'Preparing your calendar file…',
  calendarReady: 'Calendar file ready:',
  calendarFile: (name: string) => `Download reminders for ${name} (.ics)`,
  addressTitle: 'Where should we deliver it?',
  line1: 'Street address',
  line2: 'Flat, building (optional)',
  city: 'City',
  province: 'Province (optional)',
  postalCode: 'Postal code (optional)',
  addressRequired: 'Enter the street address and the city.',
  sendRefill: 'Send refill',
  sending: 'Sending your refill…',
  cancel: 'Cancel',
  addressChangeTitle: 'New delivery address',
  addressChangeWarning:
    'You have not had medicines delivered to this address before. For an essential medicine we check first: if you did not ask for this change, do not continue and contact your pharmacy.',
  confirmNewAddress: 'Yes, deliver to this new address',
  useOldAddress: 'Change the address',
  accepted: (name: string) => `Refill of ${name} is on its way.`,
  nextDue: (date: string) => `Your supply now lasts until ${date}.`,
  tooSoon: (date: string) => `It is too early to refill. You can refill from ${date}.`,
  tooSoonUnknown: 'It is too early to refill.',
};

/** The shape every locale provides. */
export type RefillReminderMessages = typeof en;
