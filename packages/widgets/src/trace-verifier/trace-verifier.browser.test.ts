import { problemResponse } from '@apotheca/mock';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SEEDED_TRACE_CODES } from '../../test/kit';
import { axeViolations } from '../test-support/axe';
import { $, deferred, focused, record, shadow, text, until } from '../test-support/dom';
import { API_BASE, mock, requestsTo, useHandlers } from '../test-support/mock-api';
import { BAD_CHECK_DIGIT_CODE, VALID_CODE, verification } from '../test-support/verifications';
import type { TraceStatus, TraceVerification } from './api/trace-api';
import { mintVerifierSession, mountVerifier, VERIFICATIONS, DISPENSATIONS } from './test-support';
import './define';

/** A seeded pack for every status: the real engine decides each outcome. */
const STATUS_CODES: Record<TraceStatus, string> = {
  verified: SEEDED_TRACE_CODES.verified,
  already_dispensed: SEEDED_TRACE_CODES.alreadyDispensed,
  recalled: SEEDED_TRACE_CODES.recalled,
  expired: SEEDED_TRACE_CODES.expired,
  suspect: SEEDED_TRACE_CODES.suspect,
  not_found: SEEDED_TRACE_CODES.notFound,
  mismatch: SEEDED_TRACE_CODES.mismatch,
  data_incomplete: SEEDED_TRACE_CODES.dataIncomplete,
  secondary_verification_required: SEEDED_TRACE_CODES.secondaryVerificationRequired,
};
const LOCATION = 'loc_bjxicheng01';

beforeEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  await useHandlers([], '/mockServiceWorker.js');
});

/** Types a code into the manual field and submits it with Enter. */
async function typeAndSubmit(element: HTMLElement, code: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#code');
  input.focus();
  await userEvent.fill(input, code);
  await userEvent.keyboard('{Enter}');
}

/** Answers verifications with `result` (for data the seed has no pack for). */
async function answerWith(result: TraceVerification): Promise<void> {
  await useHandlers(
    [http.post(VERIFICATIONS, () => HttpResponse.json(result, { status: 201 }))],
    '/mockServiceWorker.js',
  );
}

async function showResult(code: string, attributes: Record<string, string> = {}) {
  const element = await mountVerifier(attributes, { sessionToken: await mintVerifierSession() });
  await typeAndSubmit(element, code);
  await until(() => shadow(element).querySelector('#result-heading') !== null);
  return element;
}

describe('<apotheca-trace-verifier> entry (empty state)', () => {
  it('offers camera, upload and a labelled manual field, accessibly', async () => {
    const element = await mountVerifier();
    expect($(element, 'h2').textContent).toBe('Check a medicine pack');
    expect($(element, '#camera-button').textContent).toContain('Scan with camera');
    expect($(element, '#upload-button').textContent).toContain('Upload a photo');
    expect($(element, 'label[for="code"]').textContent).toBe('Trace code');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('speaks the nearest lang and follows it when the portal switches language', async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await mountVerifier();
    expect($(element, 'h2').textContent).toBe('药品追溯查验');
    expect($(element, '.base').getAttribute('lang')).toBe('zh-CN');
    expect(await axeViolations(element)).toEqual([]);
    document.documentElement.lang = 'en';
    await until(() => $(element, 'h2').textContent === 'Check a medicine pack');
  });

  it('lets the locale attribute override lang', async () => {
    document.documentElement.lang = 'en';
    const element = await mountVerifier({ locale: 'zh-CN' });
    expect($(element, 'h2').textContent).toBe('药品追溯查验');
  });
});

describe('offline check before any network call', () => {
  it('explains a wrong check digit, points at it and never calls the API', async () => {
    const element = await mountVerifier({}, { sessionToken: await mintVerifierSession() });
    const scans = record(element, 'apotheca-scan');
    await typeAndSubmit(element, BAD_CHECK_DIGIT_CODE);
    await until(() => shadow(element).querySelector('#code-error') !== null);
    expect($(element, '#code-error').textContent).toContain('check digit does not match');
    expect($(element, '#code-error').textContent).toMatch(/character \d+/);
    const input = $<HTMLInputElement>(element, '#code');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('code-error');
    expect(focused(element)).toBe(input);
    expect(input.selectionEnd! - input.selectionStart!).toBe(1);
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(0);
    expect(scans.map((event) => event.detail)).toEqual([
      { source: 'manual', valid: false, errorCode: 'check_digit' },
    ]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('asks for a code when the field is empty, in Chinese too', async () => {
    const element = await mountVerifier({ locale: 'zh-CN' });
    await typeAndSubmit(element, '   ');
    await until(() => shadow(element).querySelector('#code-error') !== null);
    expect($(element, '#code-error').textContent).toContain('请输入药盒上印刷的追溯码');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('explains a China code of the wrong length', async () => {
    const element = await mountVerifier();
    await typeAndSubmit(element, '8123456789012345678');
    await until(() => shadow(element).querySelector('#code-error') !== null);
    expect($(element, '#code-error').dataset['code']).toBe('china_length');
    expect($(element, '#code-error').textContent).toContain('exactly 20 digits');
  });
});

describe('verification', () => {
  it('shows a loading state, then the result with focus on its heading and an announcement', async () => {
    const release = deferred<void>();
    await useHandlers(
      [
        http.post(VERIFICATIONS, async () => {
          await release.promise;
          return HttpResponse.json(verification('verified'), { status: 201 });
        }),
      ],
      '/mockServiceWorker.js',
    );
    const token = await mintVerifierSession();
    const element = await mountVerifier({ 'location-id': 'loc_riverside' }, { sessionToken: token });
    const verified = record(element, 'apotheca-verified');
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('[part="loading"]') !== null);
    expect(text(element)).toContain('Checking the pack…');
    expect($(element, '[role="status"]').textContent).toBe('Checking the pack…');
    // The field that had focus is gone: focus stays in the widget, on the loading state.
    await until(() => focused(element)?.getAttribute('part') === 'loading');
    expect(await axeViolations(element)).toEqual([]);

    await until(() => requestsTo('/v1/trace/verifications').length === 1);
    const [sent] = requestsTo('/v1/trace/verifications');
    expect(sent?.body).toEqual({ code: VALID_CODE, context: 'inspect', location_id: 'loc_riverside' });
    expect(sent?.authorization).toBe(`Bearer ${token}`);

    release.resolve();
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    await until(() => focused(element)?.id === 'result-heading');
    expect($(element, '#result-heading').textContent).toBe('Genuine pack');
    expect($(element, '[role="status"]').textContent).toBe('Result: Genuine pack');
    expect(verified.map((event) => event.detail)).toEqual([
      {
        verificationId: 'tv_verified',
        status: 'verified',
        dispensable: true,
        packId: 'pack_sn0001',
        productId: 'prod_amlodipine5',
      },
    ]);
    expect(verified[0]?.bubbles && verified[0].composed).toBe(true);
  });

  it('shows product, batch, expiry, alerts and the journey in time order with temperatures', async () => {
    await answerWith(verification('verified'));
    const element = await showResult(VALID_CODE);
    const result = text(element);
    expect(result).toContain('Amlodipine 5 mg tablets');
    expect(result).toContain('ABC123');
    expect(result).toContain('Dec 31, 2029');
    expect(result).toContain('Warning: The pack was above 8 °C during transport.');
    const steps = [...shadow(element).querySelectorAll<HTMLElement>('[part="journey-event"]')];
    expect(steps.map((step) => step.dataset['type'])).toEqual([
      'manufactured',
      'shipped',
      'received',
    ]);
    expect(steps[1]?.textContent).toMatch(
      /Temperature 2\.4\s?°C to 9\.1\s?°C \(allowed 2\s?°C to 8\s?°C\)/,
    );
    expect(steps[1]?.textContent).toContain('Outside the allowed temperature');
    expect(shadow(element).querySelector('ol[part="journey"]')).not.toBeNull();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('renders the result in Chinese with localized product, journey and alert text', async () => {
    await answerWith(verification('recalled'));
    const element = await showResult(VALID_CODE, { locale: 'zh-CN' });
    const result = text(element);
    expect($(element, '#result-heading').textContent).toBe('已召回，请勿使用');
    expect(result).toContain('苯磺酸氨氯地平片 5 mg');
    expect(result).toContain('严重： 批次 ABC123 已于 2026-04-01 召回。');
    expect(result).toContain('生产');
    expect(result).toContain('2029年12月31日');
    expect(await axeViolations(element)).toEqual([]);
  });

  for (const locale of ['en', 'zh-CN']) {
    it(`gives every status words and an icon, not colour alone (${locale})`, async () => {
      for (const [status, code] of Object.entries(STATUS_CODES)) {
        const element = await showResult(code, { locale });
        const box = $(element, '[part="status"]');
        expect(box.dataset['status']).toBe(status);
        expect(box.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
        expect($(element, '#result-heading').textContent?.trim()).not.toBe('');
        expect(await axeViolations(element), status).toEqual([]);
        element.remove();
      }
    });
  }

  it('does not reassure in green when a genuine pack has a critical alert', async () => {
    await answerWith(
      verification('verified', {
        dispensable: false,
        alerts: [
          {
            code: 'temperature_excursion',
            severity: 'critical',
            message: { en: 'Stored too warm.', 'zh-CN': '储存温度过高。' },
          },
        ],
      }),
    );
    const element = await showResult(VALID_CODE);
    expect($(element, '[part="status"]').classList.contains('tone-warning')).toBe(true);
    expect(text(element)).toContain('Read the alerts below before using this pack.');
    expect(text(element)).toContain('Critical: Stored too warm.');
  });

  it('highlights an expired pack with the word, not only colour', async () => {
    await answerWith(verification('expired'));
    const element = await showResult(VALID_CODE);
    const expired = $(element, '.expired');
    expect(expired.textContent).toContain('Jun 30, 2024');
    expect(expired.textContent).toContain('(expired)');
  });

  it('says so when no journey was recorded', async () => {
    await answerWith(verification('not_found'));
    const element = await showResult(VALID_CODE);
    expect(text(element)).toContain('No journey has been recorded for this pack.');
    expect(shadow(element).querySelector('[part="product"]')).toBeNull();
  });

  it('explains a network failure in plain words, reports it and retries', async () => {
    let offline = true;
    // Falls through to the engine once the network is back.
    await useHandlers(
      [http.post(VERIFICATIONS, () => (offline ? HttpResponse.error() : undefined))],
      '/mockServiceWorker.js',
    );
    const element = await mountVerifier({}, { sessionToken: await mintVerifierSession() });
    const errors = record(element, 'apotheca-error');
    await typeAndSubmit(element, SEEDED_TRACE_CODES.verified);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect($(element, '[part="notice"]').getAttribute('role')).toBe('alert');
    expect(text(element)).toContain('We could not reach the service.');
    expect(errors.map((event) => event.detail)).toEqual([
      { operation: 'verify', kind: 'offline', code: 'connection_error' },
    ]);
    // Core retried twice first, on the injected clock (no real waiting).
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(3);
    await until(() => focused(element)?.classList.contains('notice-action') === true);
    expect(await axeViolations(element)).toEqual([]);
    offline = false;
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    expect($(element, '#result-heading').textContent).toBe('Genuine pack');
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(4);
  });

  it('explains a server error in Chinese, with the request reference', async () => {
    await useHandlers(
      [
        http.post(VERIFICATIONS, () =>
          problemResponse(503, 'service_unavailable', { requestId: 'req_test503' }),
        ),
      ],
      '/mockServiceWorker.js',
    );
    const element = await mountVerifier({ locale: 'zh-CN' }, { sessionToken: await mintVerifierSession() });
    const errors = record(element, 'apotheca-error');
    await typeAndSubmit(element, SEEDED_TRACE_CODES.verified);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(text(element)).toContain('我们这边出了点问题');
    expect(text(element)).toContain('重试');
    expect(text(element)).toContain('参考编号：req_test503');
    expect(errors.map((event) => event.detail)).toEqual([
      {
        operation: 'verify',
        kind: 'server',
        code: 'service_unavailable',
        status: 503,
        requestId: 'req_test503',
      },
    ]);
  });
});

describe('session', () => {
  it('keeps the token out of the DOM: the attribute is read and removed at once', async () => {
    const token = await mintVerifierSession();
    const element = await mountVerifier({ 'session-token': token });
    expect(element.hasAttribute('session-token')).toBe(false);
    expect(element.sessionToken).toBe(token);
    expect(element.outerHTML).not.toContain(token);
    expect(shadow(element).innerHTML).not.toContain(token);
  });

  it('asks the token provider once after a 401 (in core) and retries with the fresh token', async () => {
    const fresh = await mintVerifierSession();
    let asked = 0;
    const element = await mountVerifier(
      { 'session-token': 'wst_test_expired_session' },
      {
        tokenProvider: async () => {
          asked += 1;
          return fresh;
        },
      },
    );
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, SEEDED_TRACE_CODES.verified);
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    expect(asked).toBe(1);
    expect(requestsTo('/v1/trace/verifications').map((request) => request.authorization)).toEqual([
      'Bearer wst_test_expired_session',
      `Bearer ${fresh}`,
    ]);
    expect(expired).toHaveLength(0);
  });

  it('fires apotheca-session-expired when no fresh token comes, and says so', async () => {
    const element = await mountVerifier(
      { 'session-token': 'wst_test_expired_session' },
      { tokenProvider: () => Promise.reject(new Error('portal logged out')) },
    );
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, SEEDED_TRACE_CODES.verified);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(expired.map((event) => event.detail)).toEqual([{ reason: 'expired' }]);
    expect(expired[0]?.composed).toBe(true);
    expect(text(element)).toContain('Your session has ended.');
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(1);
  });

  it('fires apotheca-session-expired once when the fresh token is refused too', async () => {
    const element = await mountVerifier(
      { 'session-token': 'wst_test_expired_session' },
      { tokenProvider: async () => 'wst_test_also_expired' },
    );
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, SEEDED_TRACE_CODES.verified);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(expired.map((event) => event.detail)).toEqual([{ reason: 'expired' }]);
    expect(text(element)).toContain('Your session has ended.');
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(2);
  });

  it('fires apotheca-session-expired (missing) without any token or provider', async () => {
    const element = await mountVerifier();
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, SEEDED_TRACE_CODES.verified);
    await until(() => expired.length === 1);
    expect(expired[0]?.detail).toEqual({ reason: 'missing' });
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(0);
  });

  it('gets its first token from the provider', async () => {
    const token = await mintVerifierSession();
    const element = await mountVerifier({}, { tokenProvider: async () => token });
    await typeAndSubmit(element, SEEDED_TRACE_CODES.verified);
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    expect(requestsTo('/v1/trace/verifications')[0]?.authorization).toBe(`Bearer ${token}`);
  });
});

describe('dispensing', () => {
  it('offers Dispense only in dispense mode with a location for a dispensable pack', async () => {
    const inspect = await showResult(SEEDED_TRACE_CODES.dispensable, { 'location-id': LOCATION });
    expect(shadow(inspect).querySelector('[part="dispense"]')).toBeNull();
    inspect.remove();
    const recalled = await showResult(SEEDED_TRACE_CODES.recalled, {
      mode: 'dispense',
      'location-id': LOCATION,
    });
    expect($(recalled, '[part="status"]').dataset['status']).toBe('recalled');
    expect(shadow(recalled).querySelector('[part="dispense"]')).toBeNull();
  });

  it('dispenses, fires apotheca-dispensed and reuses the idempotency key on every retry', async () => {
    let slow = true;
    await useHandlers(
      [http.post(DISPENSATIONS, () => (slow ? problemResponse(408, 'request_timeout') : undefined))],
      '/mockServiceWorker.js',
    );
    const element = await mountVerifier(
      { mode: 'dispense', 'location-id': LOCATION },
      { sessionToken: await mintVerifierSession() },
    );
    const dispensed = record(element, 'apotheca-dispensed');
    const verified = record(element, 'apotheca-verified');
    await typeAndSubmit(element, SEEDED_TRACE_CODES.dispensable);
    await until(() => shadow(element).querySelector('[part="dispense"] button') !== null);
    expect(requestsTo('/v1/trace/verifications')[0]?.body).toMatchObject({ context: 'dispense' });
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.click($(element, '[part="dispense"] button'));
    await until(() => text(element).includes('The service took too long to answer.'));
    await until(() => focused(element)?.classList.contains('notice-action') === true);
    slow = false;
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector('#dispensed-heading') !== null);
    await until(() => focused(element)?.id === 'dispensed-heading');
    const attempts = requestsTo('/v1/trace/dispensations');
    // Three attempts by core (two retries), one after the person's retry: one key for all.
    expect(attempts).toHaveLength(4);
    expect(attempts[0]?.idempotencyKey).toBeTruthy();
    expect(new Set(attempts.map((attempt) => attempt.idempotencyKey)).size).toBe(1);
    expect(attempts[0]?.body).toEqual({ code: SEEDED_TRACE_CODES.dispensable, location_id: LOCATION });
    expect(dispensed).toHaveLength(1);
    const detail = dispensed[0]!.detail;
    expect(detail.dispensationId).toMatch(/^disp_/);
    expect(detail).toMatchObject({
      verificationId: verified[0]?.detail.verificationId,
      packId: verified[0]?.detail.packId,
      productId: verified[0]?.detail.productId,
      locationId: LOCATION,
    });
    expect(Date.parse(detail.reversibleUntil)).toBeGreaterThan(Date.now());
    expect(text(element)).toContain('It can be undone until');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('explains a pack that another counter dispensed meanwhile (409 from the engine)', async () => {
    const element = await mountVerifier(
      { mode: 'dispense', 'location-id': LOCATION },
      { sessionToken: await mintVerifierSession() },
    );
    await typeAndSubmit(element, SEEDED_TRACE_CODES.dispensable);
    await until(() => shadow(element).querySelector('[part="dispense"] button') !== null);
    const elsewhere = await mock.platform.handle(
      new Request(`${API_BASE}/v1/trace/dispensations`, {
        method: 'POST',
        headers: {
          Authorization: 'Bearer sk_test_apotheca_sandbox',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ code: SEEDED_TRACE_CODES.dispensable, location_id: LOCATION }),
      }),
    );
    expect(elsewhere.status).toBe(201);
    const errors = record(element, 'apotheca-error');
    await userEvent.click($(element, '[part="dispense"] button'));
    await until(() => text(element).includes('can no longer be dispensed'));
    expect(errors[0]?.detail).toMatchObject({ operation: 'dispense', kind: 'conflict', status: 409 });
  });
});

describe('keyboard only', () => {
  it('runs the whole flow with Tab and Enter: type, check, dispense, check another', async () => {
    const element = await mountVerifier(
      { mode: 'dispense', 'location-id': LOCATION },
      { sessionToken: await mintVerifierSession() },
    );
    const before = document.createElement('button');
    before.textContent = 'portal';
    element.before(before);
    before.focus();
    // Camera, upload, then the code field.
    await userEvent.tab();
    expect(focused(element)?.id).toBe('camera-button');
    await userEvent.tab();
    expect(focused(element)?.id).toBe('upload-button');
    await userEvent.tab();
    expect(focused(element)?.id).toBe('code');
    await userEvent.keyboard(SEEDED_TRACE_CODES.dispensable);
    await userEvent.keyboard('{Enter}');
    await until(() => focused(element)?.id === 'result-heading');
    await userEvent.tab();
    expect(focused(element)?.textContent?.trim()).toBe('Dispense this pack');
    await userEvent.keyboard('{Enter}');
    await until(() => focused(element)?.id === 'dispensed-heading');
    await userEvent.tab();
    expect(focused(element)?.textContent?.trim()).toBe('Check another pack');
    await userEvent.keyboard('{Enter}');
    await until(() => focused(element)?.id === 'code');
    expect(requestsTo('/v1/trace/dispensations')).toHaveLength(1);
  });
});

describe('theming', () => {
  it('maps appearance onto --apotheca-* through an adopted stylesheet, never a style attribute', async () => {
    const element = await mountVerifier();
    element.appearance = { variables: { colorPrimary: 'rgb(0, 119, 170)', radius: '2px' } };
    await element.updateComplete;
    const styles = getComputedStyle(element);
    expect(styles.getPropertyValue('--apotheca-color-primary').trim()).toBe('rgb(0, 119, 170)');
    expect(getComputedStyle($(element, '#upload-button')).borderTopColor).toBe('rgb(0, 119, 170)');
    expect(element.hasAttribute('style')).toBe(false);
  });

  it('cannot inject CSS through an appearance value', async () => {
    const element = await mountVerifier();
    element.appearance = { variables: { colorPrimary: 'red; } :host { display: none' } };
    await element.updateComplete;
    expect(getComputedStyle(element).display).toBe('block');
  });

  it('follows theme="dark" and "light", and stays axe-clean in dark', async () => {
    const element = await mountVerifier({ theme: 'dark' });
    const dark = getComputedStyle(element).backgroundColor;
    element.setAttribute('theme', 'light');
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(dark).toBe('rgb(22, 27, 34)');
    element.setAttribute('theme', 'dark');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('lets page CSS set the variables', async () => {
    const style = document.createElement('style');
    style.textContent = 'apotheca-trace-verifier { --apotheca-color-surface: rgb(250, 240, 230); }';
    document.head.append(style);
    try {
      const element = await mountVerifier();
      expect(getComputedStyle(element).backgroundColor).toBe('rgb(250, 240, 230)');
    } finally {
      style.remove();
    }
  });
});
