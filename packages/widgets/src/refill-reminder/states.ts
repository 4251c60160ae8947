import type { Notice } from '../platform/view/notice';
import type { DeliveryAddress, RefillRequest } from './api/refill-api';

/**
 * The refill flow of one medicine (one open at a time): the address form, sending, the held
 * new-address confirmation, and what came of it.
 */
export type RefillFlow = { prescriptionId: string; notice?: Notice } & (
  | { step: 'address'; address: DeliveryAddress | undefined }
  | { step: 'sending'; address: DeliveryAddress; confirmNewAddress: boolean }
  | { step: 'review'; address: DeliveryAddress }
  | { step: 'accepted'; request: RefillRequest }
  | { step: 'too-soon'; earliestRefillDate: string | undefined }
  | { step: 'renewal-requested' }
);

/**
 * Every state the reminder shows, each named as its Storybook story
 * (`widgets-refill-reminder--<name>`).
 */
export const REFILL_REMINDER_STATES = [
  'loading',
  'load-failed',
  'empty',
  'too-soon',
  'eligible',
  'due',
  'overdue',
  'renewal-needed',
  'confirm-address',
  'address-change-review',
  'refill-accepted',
  'refill-too-soon',
  'refill-failed',
  'renewal-requested',
  'calendar-ready',
] as const;
