import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe';
import { $, focused, record, shadow, text, until } from '../test-support/dom';
import { API_BASE, requests, requestsTo } from '../test-support/mock-api';
import { overrideRefill } from './stories/session';
import {
  AMLODIPINE,
  card,
  cardText,
  DAVIDCHEN,
  DAVIDCHEN_ADDRESS,
  DAYS,
  inCard,
  mountReminder,
  refillMock,
  resetPage,
  sendRefill,
  settled,
} from './test-support';

beforeEach(() => resetPage(DAYS.eligible));

const progress = (element: HTMLElement) =>
  $<HTMLProgressElement>(element, `[id="${AMLODIPINE}-days"]`);

describe('<apotheca-refill-reminder> medicines', () => {
  it('shows days left as a progress bar, the run-out date and adherence, accessible (en)', async () => {
    const element = await mountReminder();
    expect($(element, 'h2').textContent).toBe('Your medicines');
    expect($(element, `[id="${AMLODIPINE}-name"]`).textContent).toBe('Amlodipine tablets');
    // 28 days from 2026-09-29, seen on 2026-10-21: 6 left.
    expect(progress(element).value).toBe(6);
    expect(progress(element).max).toBe(28);
    expect(progress(element).getAttribute('aria-valuetext')).toBe('6 days left');
    expect(cardText(element)).toContain('Runs out on Oct 27, 2026');
    expect(cardText(element)).toContain('1 refill left');
    expect(inCard(element, '.status').textContent).toBe('You can refill now');
    expect(cardText(element)).toMatch(/You had this medicine on 100% of the last \d+ days/);
    expect(shadow(element).querySelector('button.refill')).not.toBeNull();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('speaks Chinese from the page lang', async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await mountReminder();
    expect($(element, 'h2').textContent).toBe('我的药品');
    expect($(element, `[id="${AMLODIPINE}-name"]`).textContent).toBe('氨氯地平片');
    expect(inCard(element, '.status').textContent).toBe('现在可以续方');
    expect(cardText(element)).toContain('还剩 6 天');
    expect(inCard(element, 'button.refill').textContent?.trim()).toBe('立即续方');
    expect(await axeViolations(element)).toEqual([]);
  });

  it.each([
    [DAYS.too_soon, 'Enough for now', 'You can refill from Oct 20, 2026.', false],
    [DAYS.due, 'Refill due', undefined, true],
    [DAYS.overdue, 'Overdue: your supply has run out', undefined, true],
  ])('on %s reads %s', async (day, status, when, refill) => {
    await resetPage(day);
    const element = await mountReminder();
    expect(inCard(element, '.status').textContent).toBe(status);
    if (when) expect(inCard(element, '.when').textContent).toBe(when);
    expect(card(element).querySelector('button.refill') !== null).toBe(refill);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('shows an empty list, and a load failure with a retry that recovers', async () => {
    await overrideRefill(
      http.get(
        `${API_BASE}/v1/prescriptions`,
        () => HttpResponse.json({ error: 'x' }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const element = await mountReminder(DAVIDCHEN, DAVIDCHEN_ADDRESS);
    // Core retried the 503 until its attempts ran out; the once-handler answered only the first.
    expect(shadow(element).querySelector('.medicines, [part="notice"]')).not.toBeNull();
    await overrideRefill(
      http.get(`${API_BASE}/v1/prescriptions`, () =>
        HttpResponse.json({ object: 'list', data: [], has_more: false, next_cursor: null }),
      ),
    );
    await element.reload();
    await until(() => shadow(element).querySelector('.empty') !== null);
    expect($(element, '.empty').textContent).toBe('You have no medicines to refill.');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('a load that fails for good says so and offers a retry', async () => {
    await overrideRefill(http.get(`${API_BASE}/v1/prescriptions`, () => HttpResponse.error()));
    const element = await mountReminder();
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect($(element, '[part="notice"]').getAttribute('role')).toBe('alert');
    await overrideRefill();
    await userEvent.click($(element, '.notice-action'));
    await until(() => shadow(element).querySelector('.medicines') !== null);
    expect(card(element)).not.toBeNull();
  });
});

describe('refill', () => {
  it('confirms the address on record and sends exactly one refill, then asks for renewal', async () => {
    const element = await mountReminder();
    const requested = record(element, 'apotheca-refill-requested');
    await userEvent.click(inCard(element, 'button.refill'));
    await until(() => shadow(element).querySelector('[part="address-form"]') !== null);
    expect(focused(element)?.id).toBe(`${AMLODIPINE}-address-heading`);
    expect($<HTMLInputElement>(element, `[id="${AMLODIPINE}-line1"]`).value).toBe(
      '朝阳区建国路88号3单元501',
    );
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.click($(element, '[part="address-form"] button[type="submit"]'));
    await settled(element);
    await until(() => shadow(element).querySelector(`[id="${AMLODIPINE}-outcome"]`) !== null);
    expect(cardText(element)).toContain('Refill of Amlodipine tablets is on its way.');
    expect(cardText(element)).toContain('Your supply now lasts until Nov 24, 2026.');
    expect(requested.map((e) => e.detail)).toEqual([
      {
        refill_request_id: expect.stringMatching(/^rr_/),
        prescription_id: AMLODIPINE,
        status: 'accepted',
      },
    ]);
    const sent = requestsTo('/v1/refill-requests');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.idempotencyKey).toBeTruthy();
    expect(sent[0]?.body).toEqual({
      prescription_id: AMLODIPINE,
      delivery_address: {
        line1: '朝阳区建国路88号3单元501',
        city: '北京',
        province: '北京',
        postal_code: '100022',
        country: 'CN',
      },
    });
    // That was the last repeat: the card reloads as needing a renewal visit.
    await until(() => card(element).querySelector('button.renewal') !== null);
    expect(inCard(element, '.status').textContent).toBe('Needs a renewal visit');
    expect(focused(element)?.id).toBe(`${AMLODIPINE}-outcome`);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('holds a new address for an essential medicine until the patient confirms it', async () => {
    const element = await mountReminder();
    const requested = record(element, 'apotheca-refill-requested');
    await sendRefill(element, AMLODIPINE, '海淀区中关村大街1号');
    await until(() => shadow(element).querySelector('[part="address-review"]') !== null);
    expect($(element, '[part="address-review"] h4').textContent).toContain('New delivery address');
    expect(text(element)).toContain('海淀区中关村大街1号');
    expect(focused(element)?.id).toBe(`${AMLODIPINE}-review-heading`);
    expect(requested.map((e) => e.detail.status)).toEqual(['address_change_review']);
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.click($(element, '[part="address-review"] button.primary'));
    await until(() => shadow(element).querySelector(`[id="${AMLODIPINE}-outcome"]`) !== null);
    expect(requested.map((e) => e.detail.status)).toEqual(['address_change_review', 'accepted']);
    const bodies = requestsTo('/v1/refill-requests').map((r) => r.body as Record<string, unknown>);
    expect(bodies.map((b) => b.confirm_new_address)).toEqual([undefined, true]);
    expect(new Set(requestsTo('/v1/refill-requests').map((r) => r.idempotencyKey)).size).toBe(2);
  });

  it('asks for the street and city before sending anything', async () => {
    const element = await mountReminder();
    await userEvent.click(inCard(element, 'button.refill'));
    await userEvent.fill($(element, `[id="${AMLODIPINE}-line1"]`), '');
    await userEvent.click($(element, '[part="address-form"] button[type="submit"]'));
    expect($(element, '[part="address-form"] .error').textContent).toBe(
      'Enter the street address and the city.',
    );
    expect($(element, `[id="${AMLODIPINE}-line1"]`).getAttribute('aria-invalid')).toBe('true');
    expect(requestsTo('/v1/refill-requests')).toEqual([]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('shows the earliest date when the API answers 409 refill_too_soon', async () => {
    const element = await mountReminder();
    // Another device refilled meanwhile: the engine now answers too soon.
    await refillMock.platform.handle(
      new Request(`${API_BASE}/v1/refill-requests`, {
        method: 'POST',
        headers: {
          Authorization: 'Bearer sk_test_apotheca_sandbox',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          prescription_id: AMLODIPINE,
          delivery_address: {
            line1: '朝阳区建国路88号3单元501',
            city: '北京',
            province: '北京',
            postal_code: '100022',
            country: 'CN',
          },
        }),
      }),
    );
    await overrideRefill(
      http.post(`${API_BASE}/v1/refill-requests`, () =>
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
        ),
      ),
    );
    await sendRefill(element);
    await until(() => card(element).querySelector('[part="notice"]') !== null);
    expect(cardText(element)).toContain(
      'It is too early to refill. You can refill from Nov 17, 2026.',
    );
    expect(await axeViolations(element)).toEqual([]);
  });

  it('retries through 5xx and a dropped connection with one key: one refill', async () => {
    const element = await mountReminder();
    let calls = 0;
    await overrideRefill(
      http.post(`${API_BASE}/v1/refill-requests`, () => {
        calls += 1;
        if (calls === 1) return HttpResponse.json({ code: 'internal' }, { status: 500 });
        if (calls === 2) return HttpResponse.error();
        return undefined; // the engine answers
      }),
    );
    await sendRefill(element);
    await until(() => shadow(element).querySelector(`[id="${AMLODIPINE}-outcome"]`) !== null);
    const keys = requestsTo('/v1/refill-requests').map((r) => r.idempotencyKey);
    expect(keys.length).toBe(3);
    expect(new Set(keys).size).toBe(1);
    const stored = await refillMock.platform.handle(
      new Request(`${API_BASE}/v1/prescriptions/${AMLODIPINE}`, {
        headers: { Authorization: 'Bearer sk_test_apotheca_sandbox' },
      }),
    );
    const rx = (await stored.json()) as { fills: unknown[] };
    expect(rx.fills).toHaveLength(3);
  });

  it('after the retries run out: a message, and Retry reuses the key', async () => {
    const element = await mountReminder();
    await overrideRefill(http.post(`${API_BASE}/v1/refill-requests`, () => HttpResponse.error()));
    await sendRefill(element);
    await until(
      () => shadow(element).querySelector('[part="address-form"] [part="notice"]') !== null,
    );
    expect(focused(element)?.classList.contains('notice-action')).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
    const firstKey = requestsTo('/v1/refill-requests')[0]?.idempotencyKey;
    await overrideRefill();
    await userEvent.click($(element, '.notice-action'));
    await until(() => shadow(element).querySelector(`[id="${AMLODIPINE}-outcome"]`) !== null);
    expect(requestsTo('/v1/refill-requests').at(-1)?.idempotencyKey).toBe(firstKey);
  });
});

describe('renewal and calendar', () => {
  it('offers Book a renewal visit when no refills are left and emits the request', async () => {
    const element = await mountReminder();
    await sendRefill(element);
    await until(() => card(element).querySelector('button.renewal') !== null);
    const renewal = record(element, 'apotheca-renewal-requested');
    inCard(element, 'button.renewal').focus();
    await userEvent.keyboard('{Enter}');
    expect(renewal.map((e) => e.detail)).toEqual([
      { prescription_id: AMLODIPINE, renewal_reason: 'repeats_exhausted' },
    ]);
    await until(() => cardText(element).includes('We told your care team'));
    expect(await axeViolations(element)).toEqual([]);
  });

  it('downloads the refill reminders as an .ics file with TZID and alarms', async () => {
    const element = await mountReminder();
    const downloaded = record(element, 'apotheca-calendar-downloaded');
    await userEvent.click(inCard(element, '.calendar-button'));
    await until(() => shadow(element).querySelector(`[id="${AMLODIPINE}-calendar"]`) !== null);
    const link = $<HTMLAnchorElement>(element, `[id="${AMLODIPINE}-calendar"]`);
    expect(link.href).toMatch(/^blob:/);
    expect(link.getAttribute('download')).toBe(`${AMLODIPINE}-refills.ics`);
    expect(focused(element)).toBe(link);
    const ics = await (await fetch(link.href)).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('TZID');
    expect(ics).toContain('BEGIN:VALARM');
    expect(downloaded.map((e) => e.detail)).toEqual([{ prescription_id: AMLODIPINE }]);
    expect(await axeViolations(element)).toEqual([]);
  });
});

describe('keyboard and privacy', () => {
  it('refills with the keyboard alone', async () => {
    const element = await mountReminder();
    inCard(element, 'button.refill').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => focused(element)?.id === `${AMLODIPINE}-address-heading`);
    // Tab through the five fields to Send refill.
    for (let i = 0; i < 6; i++) await userEvent.keyboard('{Tab}');
    expect(focused(element)?.textContent?.trim()).toBe('Send refill');
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector(`[id="${AMLODIPINE}-outcome"]`) !== null);
    expect(requestsTo('/v1/refill-requests')).toHaveLength(1);
  });

  it("a session for 王芳 never reads David Chen's medicines", async () => {
    const element = await mountReminder();
    expect(
      shadow(element).querySelector('[data-prescription="rx_test_davidchen_atorvastatin"]'),
    ).toBeNull();
    expect(requests.every((r) => !r.path.includes('davidchen'))).toBe(true);
  });
});
