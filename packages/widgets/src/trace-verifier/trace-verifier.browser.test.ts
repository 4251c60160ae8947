import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe';
import { $, focused, record, shadow, text, until } from '../test-support/dom';
import {
  apiError,
  createTestVerifier,
  deferred,
  FakeTraceApi,
  type TestTraceVerifier,
} from '../test-support/fake-trace-api';
import {
  BAD_CHECK_DIGIT_CODE,
  dispensation,
  VALID_CODE,
  verification,
} from '../test-support/verifications';
import type { TraceStatus, TraceVerification } from './api/trace-api';
import './define';

const TOKEN = 'wst_test_session_token_123';
const STATUSES: TraceStatus[] = [
  'verified',
  'already_dispensed',
  'recalled',
  'expired',
  'suspect',
  'not_found',
  'mismatch',
  'data_incomplete',
  'secondary_verification_required',
];

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

async function mount(
  attributes: Record<string, string> = {},
  api = new FakeTraceApi(),
): Promise<TestTraceVerifier> {
  const element = createTestVerifier({ 'session-token': TOKEN, ...attributes }, api);
  await element.updateComplete;
  return element;
}

/** Types a code into the manual field and submits it with Enter. */
async function typeAndSubmit(element: TestTraceVerifier, code: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#code');
  input.focus();
  await userEvent.fill(input, code);
  await userEvent.keyboard('{Enter}');
}

async function showResult(
  result: TraceVerification,
  attributes: Record<string, string> = {},
): Promise<TestTraceVerifier> {
  const api = new FakeTraceApi();
  api.onVerify = () => result;
  const element = await mount(attributes, api);
  await typeAndSubmit(element, VALID_CODE);
  await until(() => shadow(element).querySelector('#result-heading') !== null);
  return element;
}

describe('<apotheca-trace-verifier> entry (empty state)', () => {
  it('offers camera, upload and a labelled manual field, accessibly', async () => {
    const element = await mount();
    expect($(element, 'h2').textContent).toBe('Check a medicine pack');
    expect($(element, '#camera-button').textContent).toContain('Scan with camera');
    expect($(element, '#upload-button').textContent).toContain('Upload a photo');
    expect($(element, 'label[for="code"]').textContent).toBe('Trace code');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('speaks the nearest lang and follows it when the portal switches language', async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await mount();
    expect($(element, 'h2').textContent).toBe('药品追溯查验');
    expect($(element, '.base').getAttribute('lang')).toBe('zh-CN');
    expect(await axeViolations(element)).toEqual([]);
    document.documentElement.lang = 'en';
    await until(() => $(element, 'h2').textContent === 'Check a medicine pack');
  });

  it('lets the locale attribute override lang', async () => {
    document.documentElement.lang = 'en';
    const element = await mount({ locale: 'zh-CN' });
    expect($(element, 'h2').textContent).toBe('药品追溯查验');
  });
});

describe('offline check before any network call', () => {
  it('explains a wrong check digit, points at it and never calls the API', async () => {
    const api = new FakeTraceApi();
    const element = await mount({}, api);
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
    expect(api.verifyCalls).toHaveLength(0);
    expect(scans.map((event) => event.detail)).toEqual([
      { source: 'manual', valid: false, errorCode: 'check_digit' },
    ]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('asks for a code when the field is empty, in Chinese too', async () => {
    const element = await mount({ locale: 'zh-CN' });
    await typeAndSubmit(element, '   ');
    await until(() => shadow(element).querySelector('#code-error') !== null);
    expect($(element, '#code-error').textContent).toContain('请输入药盒上印刷的追溯码');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('explains a China code of the wrong length', async () => {
    const element = await mount();
    await typeAndSubmit(element, '8123456789012345678');
    await until(() => shadow(element).querySelector('#code-error') !== null);
    expect($(element, '#code-error').dataset['code']).toBe('china_length');
    expect($(element, '#code-error').textContent).toContain('exactly 20 digits');
  });
});

describe('verification', () => {
  it('shows a loading state, then the result with focus on its heading and an announcement', async () => {
    const api = new FakeTraceApi();
    const pending = deferred<TraceVerification>();
    api.onVerify = () => pending.promise;
    const element = await mount({ 'location-id': 'loc_riverside' }, api);
    const verified = record(element, 'apotheca-verified');
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('[part="loading"]') !== null);
    expect(text(element)).toContain('Checking the pack…');
    expect($(element, '[role="status"]').textContent).toBe('Checking the pack…');
    // The field that had focus is gone: focus stays in the widget, on the loading state.
    await until(() => focused(element)?.getAttribute('part') === 'loading');
    expect(await axeViolations(element)).toEqual([]);

    expect(api.verifyCalls[0]?.body).toEqual({
      code: VALID_CODE,
      context: 'inspect',
      location_id: 'loc_riverside',
    });
    expect(api.verifyCalls[0]?.options.token).toBe(TOKEN);

    pending.resolve(verification('verified'));
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
    const element = await showResult(verification('verified'));
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
    const element = await showResult(verification('recalled'), { locale: 'zh-CN' });
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
      for (const status of STATUSES) {
        const element = await showResult(verification(status), { locale });
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
    const result = verification('verified', {
      dispensable: false,
      alerts: [
        {
          code: 'temperature_excursion',
          severity: 'critical',
          message: { en: 'Stored too warm.', 'zh-CN': '储存温度过高。' },
        },
      ],
    });
    const element = await showResult(result);
    expect($(element, '[part="status"]').classList.contains('tone-warning')).toBe(true);
    expect(text(element)).toContain('Read the alerts below before using this pack.');
    expect(text(element)).toContain('Critical: Stored too warm.');
  });

  it('highlights an expired pack with the word, not only colour', async () => {
    const element = await showResult(verification('expired'));
    const expired = $(element, '.expired');
    expect(expired.textContent).toContain('Jun 30, 2024');
    expect(expired.textContent).toContain('(expired)');
  });

  it('says so when no journey was recorded', async () => {
    const element = await showResult(verification('not_found'));
    expect(text(element)).toContain('No journey has been recorded for this pack.');
    expect(shadow(element).querySelector('[part="product"]')).toBeNull();
  });

  it('explains a network failure in plain words, reports it and retries', async () => {
    const api = new FakeTraceApi();
    let calls = 0;
    api.onVerify = () => {
      calls += 1;
      if (calls === 1) throw apiError('ConnectionError', undefined, 'connection_error');
      return verification('verified');
    };
    const element = await mount({}, api);
    const errors = record(element, 'apotheca-error');
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect($(element, '[part="notice"]').getAttribute('role')).toBe('alert');
    expect(text(element)).toContain('We could not reach the service.');
    expect(text(element)).toContain('Reference: req_test123');
    expect(errors.map((event) => event.detail)).toEqual([
      {
        operation: 'verify',
        kind: 'offline',
        code: 'connection_error',
        requestId: 'req_test123',
      },
    ]);
    await until(() => focused(element)?.classList.contains('notice-action') === true);
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    expect(api.verifyCalls).toHaveLength(2);
  });

  it('explains a server error in Chinese', async () => {
    const api = new FakeTraceApi();
    api.onVerify = () => {
      throw apiError('ServerError', 503, 'service_unavailable');
    };
    const element = await mount({ locale: 'zh-CN' }, api);
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(text(element)).toContain('我们这边出了点问题');
    expect(text(element)).toContain('重试');
  });
});

describe('session', () => {
  it('keeps the token out of the DOM: the attribute is read and removed at once', async () => {
    const element = await mount();
    expect(element.hasAttribute('session-token')).toBe(false);
    expect(element.outerHTML).not.toContain(TOKEN);
    expect(shadow(element).innerHTML).not.toContain(TOKEN);
  });

  it('asks the token provider once after a 401 and retries with the fresh token', async () => {
    const api = new FakeTraceApi();
    api.onVerify = (_body, { token }) => {
      if (token !== 'wst_fresh') throw apiError('AuthenticationError', 401, 'token_expired');
      return verification('verified');
    };
    const element = await mount({}, api);
    let asked = 0;
    element.tokenProvider = async () => {
      asked += 1;
      return 'wst_fresh';
    };
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    expect(asked).toBe(1);
    expect(api.verifyCalls.map((call) => call.options.token)).toEqual([TOKEN, 'wst_fresh']);
    expect(expired).toHaveLength(0);
  });

  it('fires apotheca-session-expired when no fresh token comes, and says so', async () => {
    const api = new FakeTraceApi();
    api.onVerify = () => {
      throw apiError('AuthenticationError', 401, 'token_expired');
    };
    const element = await mount({}, api);
    element.tokenProvider = () => Promise.reject(new Error('portal logged out'));
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(expired.map((event) => event.detail)).toEqual([{ reason: 'expired' }]);
    expect(expired[0]?.composed).toBe(true);
    expect(text(element)).toContain('Your session has ended.');
  });

  it('fires apotheca-session-expired (missing) without any token or provider', async () => {
    const api = new FakeTraceApi();
    const element = createTestVerifier({}, api);
    await element.updateComplete;
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, VALID_CODE);
    await until(() => expired.length === 1);
    expect(expired[0]?.detail).toEqual({ reason: 'missing' });
    expect(api.verifyCalls).toHaveLength(0);
  });

  it('gets its first token from the provider', async () => {
    const api = new FakeTraceApi();
    const element = createTestVerifier({}, api);
    element.tokenProvider = async () => 'wst_from_provider';
    await element.updateComplete;
    await typeAndSubmit(element, VALID_CODE);
    await until(() => api.verifyCalls.length === 1);
    expect(api.verifyCalls[0]?.options.token).toBe('wst_from_provider');
  });
});

describe('dispensing', () => {
  it('offers Dispense only in dispense mode with a location for a dispensable pack', async () => {
    const inspect = await showResult(verification('verified'), { 'location-id': 'loc_riverside' });
    expect(shadow(inspect).querySelector('[part="dispense"]')).toBeNull();
    inspect.remove();
    const recalled = await showResult(verification('recalled', { dispensable: false }), {
      mode: 'dispense',
      'location-id': 'loc_riverside',
    });
    expect(shadow(recalled).querySelector('[part="dispense"]')).toBeNull();
  });

  it('dispenses, fires apotheca-dispensed and reuses the idempotency key on retry', async () => {
    const api = new FakeTraceApi();
    let attempts = 0;
    api.onDispense = () => {
      attempts += 1;
      if (attempts === 1) throw apiError('TimeoutError', undefined, 'timeout');
      return dispensation();
    };
    const element = await mount({ mode: 'dispense', 'location-id': 'loc_riverside' }, api);
    const dispensed = record(element, 'apotheca-dispensed');
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('[part="dispense"] button') !== null);
    expect(api.verifyCalls[0]?.body).toMatchObject({ context: 'dispense' });
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.click($(element, '[part="dispense"] button'));
    await until(() => text(element).includes('The service took too long to answer.'));
    await until(() => focused(element)?.classList.contains('notice-action') === true);
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector('#dispensed-heading') !== null);
    await until(() => focused(element)?.id === 'dispensed-heading');
    expect(api.dispenseCalls).toHaveLength(2);
    const [first, second] = api.dispenseCalls;
    expect(first?.options.idempotencyKey).toBeTruthy();
    expect(second?.options.idempotencyKey).toBe(first?.options.idempotencyKey);
    expect(first?.body).toEqual({ code: VALID_CODE, location_id: 'loc_riverside' });
    expect(dispensed.map((event) => event.detail)).toEqual([
      {
        dispensationId: 'disp_0001',
        verificationId: 'tv_verified',
        packId: 'pack_sn0001',
        productId: 'prod_amlodipine5',
        locationId: 'loc_riverside',
        reversibleUntil: '2026-05-11T10:01:00Z',
      },
    ]);
    expect(text(element)).toContain('It can be undone until');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('explains a pack that is no longer active', async () => {
    const api = new FakeTraceApi();
    api.onDispense = () => {
      throw apiError('ConflictError', 409, 'pack_not_active');
    };
    const element = await mount({ mode: 'dispense', 'location-id': 'loc_riverside' }, api);
    await typeAndSubmit(element, VALID_CODE);
    await until(() => shadow(element).querySelector('[part="dispense"] button') !== null);
    await userEvent.click($(element, '[part="dispense"] button'));
    await until(() => text(element).includes('can no longer be dispensed'));
  });
});

describe('keyboard only', () => {
  it('runs the whole flow with Tab and Enter: type, check, dispense, check another', async () => {
    const api = new FakeTraceApi();
    const element = await mount({ mode: 'dispense', 'location-id': 'loc_riverside' }, api);
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
    await userEvent.keyboard(VALID_CODE);
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
    expect(api.dispenseCalls).toHaveLength(1);
  });
});

describe('theming', () => {
  it('maps appearance onto --apotheca-* through an adopted stylesheet, never a style attribute', async () => {
    const element = await mount();
    element.appearance = { variables: { colorPrimary: 'rgb(0, 119, 170)', radius: '2px' } };
    await element.updateComplete;
    const styles = getComputedStyle(element);
    expect(styles.getPropertyValue('--apotheca-color-primary').trim()).toBe('rgb(0, 119, 170)');
    expect(getComputedStyle($(element, '#upload-button')).borderTopColor).toBe('rgb(0, 119, 170)');
    expect(element.hasAttribute('style')).toBe(false);
  });

  it('cannot inject CSS through an appearance value', async () => {
    const element = await mount();
    element.appearance = { variables: { colorPrimary: 'red; } :host { display: none' } };
    await element.updateComplete;
    expect(getComputedStyle(element).display).toBe('block');
  });

  it('follows theme="dark" and "light", and stays axe-clean in dark', async () => {
    const element = await mount({ theme: 'dark' });
    const dark = getComputedStyle(element).backgroundColor;
    element.setAttribute('theme', 'light');
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(dark).toBe('rgb(22, 27, 34)');
    element.setAttribute('theme', 'dark');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('lets page CSS set the variables', async () => {
    const style = document.createElement('style');
    style.textContent = 'test-trace-verifier { --apotheca-color-surface: rgb(250, 240, 230); }';
    document.head.append(style);
    try {
      const element = await mount();
      expect(getComputedStyle(element).backgroundColor).toBe('rgb(250, 240, 230)');
    } finally {
      style.remove();
    }
  });
});
