import { problemResponse } from '@apotheca/mock';
import { TRACE_CODES } from '@apotheca/testing';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe';
import { $, deferred, focused, record, shadow, text, until } from '../test-support/dom';
import { requestsTo } from '../test-support/mock-api';
import { BAD_CHECK_DIGIT_CODE, VALID_CODE, verification } from '../test-support/verifications';
import type { TraceStatus } from './api/trace-api';
import {
  answerWith,
  mintVerifierSession,
  mountVerifier,
  override,
  resetPage,
  showResult,
  typeAndSubmit,
  VERIFICATIONS,
} from './test-support';
import './define';

/** A seeded pack for every status: the real engine decides each outcome. */
const STATUS_CODES: Record<TraceStatus, string> = {
  verified: TRACE_CODES.genuine,
  already_dispensed: TRACE_CODES.dispensed,
  recalled: TRACE_CODES.recalled,
  expired: TRACE_CODES.expired,
  suspect: TRACE_CODES.suspect,
  not_found: TRACE_CODES.notFound,
  mismatch: TRACE_CODES.lotMismatch,
  data_incomplete: TRACE_CODES.gap,
  secondary_verification_required: TRACE_CODES.unmapped,
};

beforeEach(resetPage);

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
    await override(
      http.post(VERIFICATIONS, async () => {
        await release.promise;
        return HttpResponse.json(verification('verified'), { status: 201 });
      }),
    );
    const token = await mintVerifierSession();
    const element = await mountVerifier(
      { 'location-id': 'loc_riverside' },
      { sessionToken: token },
    );
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
    expect(sent?.body).toEqual({
      code: VALID_CODE,
      context: 'inspect',
      location_id: 'loc_riverside',
    });
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
    await override(http.post(VERIFICATIONS, () => (offline ? HttpResponse.error() : undefined)));
    const element = await mountVerifier({}, { sessionToken: await mintVerifierSession() });
    const errors = record(element, 'apotheca-error');
    await typeAndSubmit(element, TRACE_CODES.genuine);
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
    await override(
      http.post(VERIFICATIONS, () =>
        problemResponse(503, 'service_unavailable', { requestId: 'req_test503' }),
      ),
    );
    const element = await mountVerifier(
      { locale: 'zh-CN' },
      { sessionToken: await mintVerifierSession() },
    );
    const errors = record(element, 'apotheca-error');
    await typeAndSubmit(element, TRACE_CODES.genuine);
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
