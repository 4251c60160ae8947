import type { Clock } from '@apotheca/core';
import { userEvent } from 'vitest/browser';
import { $, mount, shadow, text, until } from '../test-support/dom';
import { API_BASE, instantRetries, useHandlers } from '../test-support/mock-api';
import type { ApothecaClaimForm } from './claim-form';
import {
  ACTIVE_POLICY,
  invoicePhoto,
  mintClaimSession,
  SANDBOX_HOSPITALS,
  WANGFANG,
} from './stories/session';
import './define';

export * from './stories/session';

const SERVICE_WORKER = '/mockServiceWorker.js';

/** A clock whose timers fire only when the test moves it on (the estimate's debounce). */
export class ManualClock implements Clock {
  #now: number;
  #timers: { at: number; fire: () => void }[] = [];
  constructor(iso = '2026-12-04T04:00:00Z') {
    this.#now = Date.parse(iso);
  }
  now(): number {
    return this.#now;
  }
  setTimer(fire: () => void, ms: number): () => void {
    const timer = { at: this.#now + ms, fire };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  }
  /** Timers still waiting. */
  get pending(): number {
    return this.#timers.length;
  }
  advance(ms: number): void {
    this.#now += ms;
    const due = this.#timers.filter((t) => t.at <= this.#now);
    this.#timers = this.#timers.filter((t) => t.at > this.#now);
    for (const t of due) t.fire();
  }
}

/** Before each test: an empty page in English, a fresh engine, these handlers in front. */
export async function resetPage(
  ...handlers: Parameters<typeof useHandlers>[0] & unknown[]
): Promise<void> {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  await useHandlers(handlers, SERVICE_WORKER);
}

/** Mounts a real form for Wang Fang with a session, against the in-page mock API. */
export async function mountClaimForm(
  options: {
    policy?: string;
    clock?: ManualClock;
    parent?: HTMLElement;
    attributes?: Record<string, string>;
  } = {},
): Promise<ApothecaClaimForm> {
  return mount(
    'apotheca-claim-form',
    {
      'api-base': API_BASE,
      'patient-id': WANGFANG,
      'policy-id': options.policy ?? ACTIVE_POLICY,
      ...options.attributes,
    },
    {
      clientOptions: instantRetries,
      clock: options.clock ?? new ManualClock(),
      providers: SANDBOX_HOSPITALS,
      sessionToken: await mintClaimSession(),
    },
    options.parent,
  );
}

/** Clicks Next and waits for the step heading to change. */
export async function next(form: HTMLElement): Promise<void> {
  const before = $(form, '#step-heading').textContent;
  await userEvent.click($(form, '#next'));
  await until(() => shadow(form).querySelector('#step-heading')?.textContent !== before);
}

/** Fills every step with a clean claim (one invoice photo, ibuprofen, J06.9) up to the review. */
export async function fillClaim(
  form: ApothecaClaimForm,
  clock: ManualClock,
  medicine = 'ibuprofen',
): Promise<void> {
  await next(form);
  await userEvent.selectOptions($<HTMLSelectElement>(form, '#provider'), 'hosp_test_bj_capital');
  await userEvent.fill($(form, '#service-date'), '2026-12-01');
  $(form, '#service-date').dispatchEvent(new Event('change'));
  await next(form);
  const input = $<HTMLInputElement>(form, '#photos');
  await userEvent.upload(input, await invoicePhoto());
  await until(() => text(form).includes('1 of 1 uploaded'));
  await next(form);
  await userEvent.fill($(form, '#item-search'), medicine);
  await userEvent.keyboard('{Enter}');
  await until(() => shadow(form).querySelector('.matches .match') !== null);
  await userEvent.click($(form, '.matches .match'));
  await userEvent.fill($(form, '#price-0'), '25.00');
  $(form, '#price-0').dispatchEvent(new Event('change'));
  clock.advance(1000);
  await next(form);
  await userEvent.fill($(form, '#diagnosis-search'), 'J06');
  await until(() => shadow(form).querySelector('.matches .match') !== null);
  await userEvent.click($(form, '.matches .match'));
  await next(form);
}
