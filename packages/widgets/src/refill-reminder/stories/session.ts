import { createMockPlatform } from '@apotheca/mock';
import type { RequestHandler } from 'msw';
import { API_BASE, useHandlers } from '../../test-support/mock-api';
import type { DeliveryAddress } from '../api/refill-api';

/** The seeded chronic patient (王芳): amlodipine filled 2026-09-01 and 2026-09-29, 1 refill left. */
export const WANGFANG = 'pat_test_wangfang';
/** The seeded patient David Chen: atorvastatin filled 2026-09-10, 2 refills left. */
export const DAVIDCHEN = 'pat_test_davidchen';
/** 王芳's delivery address on record (as the portal would pass it). */
export const WANGFANG_ADDRESS: DeliveryAddress = {
  line1: '朝阳区建国路88号3单元501',
  city: '北京',
  province: '北京',
  postal_code: '100022',
  country: 'CN',
};
export const DAVIDCHEN_ADDRESS: DeliveryAddress = {
  line1: '1288 Lujiazui Ring Road, Apt 12B',
  city: 'Shanghai',
  postal_code: '200120',
  country: 'CN',
};

/**
 * Days on the seeded supplies (04:00 UTC, noon in China) that show each refill state of 王芳's
 * amlodipine (28 days from 2026-09-29: earliest refill 10-20, runs out 10-27).
 */
export const DAYS = {
  too_soon: '2026-10-10',
  eligible: '2026-10-21',
  due: '2026-10-25',
  overdue: '2026-11-05',
} as const;

let today = new Date(`${DAYS.eligible}T04:00:00Z`);

/**
 * The sandbox engine on the reminder's own clock, so each refill state is a date away: its
 * handlers go in front of the shared engine's.
 */
export const refillMock = createMockPlatform({ baseUrl: API_BASE, now: () => today });

/**
 * A fresh engine whose "now" is `day` at noon China time, plus per-test handlers in front
 * (`serviceWorkerUrl` as in `useHandlers`: tests pass an absolute one).
 */
export async function useRefillDay(
  day: string,
  handlers: RequestHandler[] = [],
  serviceWorkerUrl?: string,
): Promise<void> {
  serviceWorker = serviceWorkerUrl;
  await useHandlers([...handlers, ...refillDay(day)], serviceWorkerUrl);
}

/** Resets the reminder's engine to `day` (noon China time) and returns its handlers. */
export function refillDay(day: string): RequestHandler[] {
  today = new Date(`${day}T04:00:00Z`);
  refillMock.reset();
  return refillMock.handlers;
}

let serviceWorker: string | undefined;

/** Replaces the per-test handlers, keeping the engine and its state. */
export async function overrideRefill(...handlers: RequestHandler[]): Promise<void> {
  await useHandlers([...handlers, ...refillMock.handlers], serviceWorker);
}

/**
 * A widget session for `patientId` with the prescription-read and refill scopes, minted against
 * the reminder's engine the way a partner's server would.
 */
export async function mintRefillSession(patientId = WANGFANG): Promise<string> {
  const response = await refillMock.platform.handle(
    new Request(`${API_BASE}/v1/widget-sessions`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer sk_test_apotheca_sandbox',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        patient_id: patientId,
        scopes: ['prescriptions:read', 'refill_requests:write'],
        allowed_origin: location.origin,
      }),
    }),
  );
  return ((await response.json()) as { token: string }).token;
}
