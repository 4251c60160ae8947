import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { API_BASE, instantRetries } from '../test-support/mock-api';
import './define';
import type { ApothecaRefillReminder } from './refill-reminder';
import {
  DAVIDCHEN,
  DAVIDCHEN_ADDRESS,
  DAYS,
  mintRefillSession,
  refillDay,
  WANGFANG,
  WANGFANG_ADDRESS,
} from './stories/session';

interface Args {
  locale: 'en' | 'zh-CN';
  patientId: string;
}
type Story = StoryObj<Args>;

const AMLODIPINE = 'rx_test_wangfang_amlodipine';
/** The reminder's engine on `day` (each story's own clock and fresh seed data). */
const on = (day: string) => ({ mswSetup: () => refillDay(day) });

// Every story name is a state of REFILL_REMINDER_STATES (states.ts) or a variant of one; the
// Storybook test fails when a state has no story.
const meta: Meta<Args> = {
  title: 'Widgets/Refill reminder',
  component: 'apotheca-refill-reminder',
  args: { locale: 'en', patientId: WANGFANG },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    patientId: { control: 'inline-radio', options: [WANGFANG, DAVIDCHEN] },
  },
  parameters: on(DAYS.eligible),
  render: (args) => html`<apotheca-refill-reminder
    api-base=${API_BASE}
    locale=${args.locale}
    patient-id=${args.patientId}
    .deliveryAddress=${args.patientId === DAVIDCHEN ? DAVIDCHEN_ADDRESS : WANGFANG_ADDRESS}
    .tokenProvider=${() => mintRefillSession(args.patientId)}
    .clientOptions=${instantRetries}
  ></apotheca-refill-reminder>`,
};
export default meta;

function root(canvas: HTMLElement): ShadowRoot {
  const element = canvas.querySelector<ApothecaRefillReminder>('apotheca-refill-reminder');
  if (!element?.shadowRoot) throw new Error('reminder not rendered');
  return element.shadowRoot;
}
function find<T extends Element = HTMLElement>(canvas: HTMLElement, selector: string): T {
  const found = root(canvas).querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}
const waitForSelector = (canvas: HTMLElement, selector: string) =>
  waitFor(() => expect(root(canvas).querySelector(selector)).not.toBeNull(), { timeout: 5000 });
const status = async (canvas: HTMLElement, words: string) => {
  await waitForSelector(canvas, '.medicines');
  await expect(find(canvas, `[data-prescription="${AMLODIPINE}"] .status`).textContent).toBe(words);
};

async function openRefill(canvas: HTMLElement): Promise<void> {
  await waitForSelector(canvas, 'button.refill');
  await userEvent.click(find(canvas, 'button.refill'));
  await waitForSelector(canvas, '[part="address-form"]');
}
async function sendRefill(canvas: HTMLElement, street?: string): Promise<void> {
  await openRefill(canvas);
  if (street !== undefined) {
    const line1 = find<HTMLInputElement>(canvas, `[id="${AMLODIPINE}-line1"]`);
    // Typed over the prefilled street, as a patient would.
    await userEvent.type(line1, street, {
      initialSelectionStart: 0,
      initialSelectionEnd: line1.value.length,
    });
  }
  await userEvent.click(find(canvas, '[part="address-form"] button[type="submit"]'));
}

/** Before the medicines have loaded (the list request never answers). */
export const Loading: Story = {
  parameters: {
    ...on(DAYS.eligible),
    msw: [http.get(`${API_BASE}/v1/prescriptions`, () => new Promise<never>(() => undefined))],
  },
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '.loading');
  },
};

export const LoadingChinese: Story = { ...Loading, args: { locale: 'zh-CN' } };

/** The API cannot be reached: the reason and Retry. */
export const LoadFailed: Story = {
  parameters: {
    ...on(DAYS.eligible),
    msw: [http.get(`${API_BASE}/v1/prescriptions`, () => HttpResponse.error())],
  },
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '[part="notice"]');
  },
};
export const LoadFailedChinese: Story = { ...LoadFailed, args: { locale: 'zh-CN' } };

/** No medicines to refill. */
export const Empty: Story = {
  parameters: {
    ...on(DAYS.eligible),
    msw: [
      http.get(`${API_BASE}/v1/prescriptions`, () =>
        HttpResponse.json({ object: 'list', data: [], has_more: false, next_cursor: null }),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '.empty');
  },
};
export const EmptyChinese: Story = { ...Empty, args: { locale: 'zh-CN' } };

/** Enough left: the earliest refill date instead of Refill now. */
export const TooSoon: Story = {
  parameters: on(DAYS.too_soon),
  play: async ({ canvasElement }) => status(canvasElement, 'Enough for now'),
};
export const TooSoonChinese: Story = {
  ...TooSoon,
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => status(canvasElement, '药量充足'),
};

/** 75% of the supply used: Refill now. */
export const Eligible: Story = {
  play: async ({ canvasElement }) => status(canvasElement, 'You can refill now'),
};
export const EligibleChinese: Story = {
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => status(canvasElement, '现在可以续方'),
};

/** Within 3 days of running out. */
export const Due: Story = {
  parameters: on(DAYS.due),
  play: async ({ canvasElement }) => status(canvasElement, 'Refill due'),
};
export const DueChinese: Story = {
  ...Due,
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => status(canvasElement, '该续方了'),
};

/** The supply has run out. */
export const Overdue: Story = {
  parameters: on(DAYS.overdue),
  play: async ({ canvasElement }) => status(canvasElement, 'Overdue: your supply has run out'),
};
export const OverdueChinese: Story = {
  ...Overdue,
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => status(canvasElement, '已逾期：您的药已经用完'),
};

/** No refills left: Book a renewal visit (after the last refill). */
export const RenewalNeeded: Story = {
  play: async ({ canvasElement }) => {
    await sendRefill(canvasElement);
    await waitForSelector(canvasElement, 'button.renewal');
  },
};
export const RenewalNeededChinese: Story = { ...RenewalNeeded, args: { locale: 'zh-CN' } };

/** The delivery address form, prefilled from the address on record. */
export const ConfirmAddress: Story = {
  play: async ({ canvasElement }) => openRefill(canvasElement),
};
export const ConfirmAddressChinese: Story = { ...ConfirmAddress, args: { locale: 'zh-CN' } };

/** A new address for an essential medicine: held until the patient confirms. */
export const AddressChangeReview: Story = {
  play: async ({ canvasElement }) => {
    await sendRefill(canvasElement, '海淀区中关村大街1号');
    await waitForSelector(canvasElement, '[part="address-review"]');
  },
};
export const AddressChangeReviewChinese: Story = {
  ...AddressChangeReview,
  args: { locale: 'zh-CN' },
};

/** The refill is on its way. */
export const RefillAccepted: Story = {
  play: async ({ canvasElement }) => {
    await sendRefill(canvasElement);
    await waitForSelector(canvasElement, `[id="${AMLODIPINE}-outcome"]`);
  },
};
export const RefillAcceptedChinese: Story = { ...RefillAccepted, args: { locale: 'zh-CN' } };

const tooSoonProblem = () =>
  HttpResponse.json(
    {
      type: 'https://docs.apotheca.dev/errors/refill_too_soon',
      title: 'Too soon to refill',
      status: 409,
      code: 'refill_too_soon',
      detail: 'Too soon.',
      earliest_refill_date: '2026-11-17',
    },
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** The API answered 409 `refill_too_soon` (refilled elsewhere meanwhile): the earliest date. */
export const RefillTooSoon: Story = {
  parameters: {
    ...on(DAYS.eligible),
    msw: [http.post(`${API_BASE}/v1/refill-requests`, tooSoonProblem)],
  },
  play: async ({ canvasElement }) => {
    await sendRefill(canvasElement);
    await waitForSelector(canvasElement, `[data-prescription="${AMLODIPINE}"] [part="notice"]`);
  },
};
export const RefillTooSoonChinese: Story = { ...RefillTooSoon, args: { locale: 'zh-CN' } };

/** The refill could not be sent: the reason, and Retry with the same idempotency key. */
export const RefillFailed: Story = {
  parameters: {
    ...on(DAYS.eligible),
    msw: [http.post(`${API_BASE}/v1/refill-requests`, () => HttpResponse.error())],
  },
  play: async ({ canvasElement }) => {
    await sendRefill(canvasElement);
    await waitForSelector(canvasElement, '[part="address-form"] [part="notice"]');
  },
};
export const RefillFailedChinese: Story = { ...RefillFailed, args: { locale: 'zh-CN' } };

/** The portal was asked to book a renewal visit. */
export const RenewalRequested: Story = {
  play: async ({ canvasElement }) => {
    await sendRefill(canvasElement);
    await waitForSelector(canvasElement, 'button.renewal');
    await userEvent.click(find(canvasElement, 'button.renewal'));
    await waitForSelector(canvasElement, `p[id="${AMLODIPINE}-outcome"]`);
  },
};
export const RenewalRequestedChinese: Story = { ...RenewalRequested, args: { locale: 'zh-CN' } };

/** The refill reminders as a calendar file, ready to download. */
export const CalendarReady: Story = {
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '.calendar-button');
    await userEvent.click(find(canvasElement, '.calendar-button'));
    await waitForSelector(canvasElement, '[part="calendar-link"]');
  },
};
export const CalendarReadyChinese: Story = { ...CalendarReady, args: { locale: 'zh-CN' } };
