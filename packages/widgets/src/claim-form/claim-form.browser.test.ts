import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe';
import { $, focused, record, shadow, text, until } from '../test-support/dom';
import { API_BASE, requestsTo } from '../test-support/mock-api';
import {
  darkPhoto,
  FASTPATH_POLICY,
  fillClaim,
  ManualClock,
  mountClaimForm,
  next,
  resetPage,
} from './test-support';

beforeEach(() => resetPage());

describe('<apotheca-claim-form> steps', () => {
  it('prefills the policy, checks coverage and is accessible in both locales', async () => {
    const form = await mountClaimForm();
    expect($<HTMLInputElement>(form, '#policy').value).toBe('pol_test_wangfang_active');
    expect(await axeViolations(form)).toEqual([]);
    await next(form);
    await until(() => text(form).includes('Policy active'));
    expect(await axeViolations(form)).toEqual([]);
    document.documentElement.lang = 'zh-CN';
    await until(() => $(form, 'h2').textContent === '保险理赔');
    expect(text(form)).toContain('就诊日保单有效');
    expect(await axeViolations(form)).toEqual([]);
  });

  it('shows its own messages in its locale and focuses the first bad field', async () => {
    document.documentElement.lang = 'zh-CN';
    const form = await mountClaimForm();
    await next(form);
    await userEvent.click($(form, '#next'));
    await until(() => text(form).includes('请选择就诊医院。'));
    expect(focused(form)?.id).toBe('provider');
    expect($(form, '#provider').getAttribute('aria-invalid')).toBe('true');
    expect(form.validationMessage).toBe('请选择就诊医院。');
  });

  it('works keyboard-only: Tab to Next, Enter, focus on the step and on the first bad field', async () => {
    const form = await mountClaimForm();
    $(form, '#policy').focus();
    await userEvent.tab();
    expect(focused(form)?.id).toBe('next');
    await userEvent.keyboard('{Enter}');
    await until(() => $(form, '#step-heading').textContent === 'Visit');
    expect(focused(form)?.id).toBe('step-heading');
    $(form, '#next').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => focused(form)?.id === 'provider');
    await userEvent.keyboard('{ArrowDown}');
    await until(() => $<HTMLSelectElement>(form, '#provider').value !== '');
    expect(text(form)).not.toContain('Choose the hospital you visited.');
  });

  it('asks for a retake of a dark photo and uploads nothing for it', async () => {
    const form = await mountClaimForm();
    await next(form);
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#provider'), 'hosp_test_bj_capital');
    await userEvent.fill($(form, '#service-date'), '2026-12-01');
    $(form, '#service-date').dispatchEvent(new Event('change'));
    await next(form);
    await userEvent.upload($<HTMLInputElement>(form, '#photos'), await darkPhoto());
    await until(() => text(form).includes('Please retake'));
    expect(text(form)).toContain('too dark');
    expect(requestsTo('/v1/files')).toHaveLength(0);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('retries a failed upload with the same idempotency key', async () => {
    let failures = 1;
    await resetPage(
      http.post(`${API_BASE}/v1/files`, () => {
        if (failures-- > 0) return HttpResponse.error();
        return undefined;
      }),
    );
    const form = await mountClaimForm({ attributes: { 'policy-id': 'pol_test_wangfang_active' } });
    form.clientOptions = { maxRetries: 0 };
    await next(form);
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#provider'), 'hosp_test_bj_capital');
    await userEvent.fill($(form, '#service-date'), '2026-12-01');
    $(form, '#service-date').dispatchEvent(new Event('change'));
    await next(form);
    const { invoicePhoto } = await import('./test-support');
    await userEvent.upload($<HTMLInputElement>(form, '#photos'), await invoicePhoto());
    await until(() => text(form).includes('Upload failed'));
    await userEvent.click($(form, '.retry'));
    await until(() => text(form).includes('1 of 1 uploaded'));
    const keys = requestsTo('/v1/files').map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('offers the current code for a superseded one inline', async () => {
    const form = await mountClaimForm();
    await next(form);
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#provider'), 'hosp_test_bj_capital');
    await userEvent.fill($(form, '#service-date'), '2026-12-01');
    $(form, '#service-date').dispatchEvent(new Event('change'));
    await next(form);
    await userEvent.upload(
      $<HTMLInputElement>(form, '#photos'),
      await (await import('./test-support')).invoicePhoto(),
    );
    await until(() => text(form).includes('1 of 1 uploaded'));
    await next(form);
    await userEvent.fill($(form, '#item-search'), 'XSBXM01AE5017');
    await userEvent.click($(form, '.search button[type="submit"]'));
    await userEvent.click($(form, 'button.match'));
    await until(() => shadow(form).querySelector('.use-replacement') !== null);
    expect(text(form)).toContain('Code XSBXM01AE5017 was replaced by XSBXM01AE0017');
    expect(await axeViolations(form)).toEqual([]);
    await userEvent.click($(form, '.use-replacement'));
    await until(() => shadow(form).querySelector('.use-replacement') === null);
    expect(text(form)).toContain('XSBXM01AE0017');
  });

  it('finds medicines in Chinese and debounces the estimate on the clock', async () => {
    const clock = new ManualClock();
    const form = await mountClaimForm({ clock });
    await fillClaim(form, clock, '布洛芬');
    // Searched in Chinese, named in the widget's locale.
    expect(text(form)).toContain('Ibuprofen capsules');
    await until(() => text(form).includes('Insurer pays about'));
    const before = requestsTo('/v1/claim-estimates').length;
    await userEvent.click($(form, 'button.button:not(.primary)'));
    await until(() => $(form, '#step-heading').textContent === 'Diagnoses');
    await userEvent.click($(form, 'button.button:not(.primary)'));
    await until(() => shadow(form).querySelector('#quantity-0') !== null);
    for (const quantity of ['2', '3', '4']) {
      await userEvent.fill($(form, '#quantity-0'), quantity);
      $(form, '#quantity-0').dispatchEvent(new Event('change'));
    }
    expect(requestsTo('/v1/claim-estimates')).toHaveLength(before);
    expect(clock.pending).toBe(1);
    clock.advance(600);
    await until(() => requestsTo('/v1/claim-estimates').length === before + 1);
    const last = requestsTo('/v1/claim-estimates').at(-1)?.body as {
      items: { quantity: number }[];
    };
    expect(last.items[0]?.quantity).toBe(4);
    expect(await axeViolations(form)).toEqual([]);
  });
});

describe('<apotheca-claim-form> submission', () => {
  it('submits exactly once on a double click and tracks the claim to paid', async () => {
    const clock = new ManualClock();
    const form = await mountClaimForm({ clock, policy: FASTPATH_POLICY });
    const submitted = record(form, 'apotheca-claim-submitted');
    const statuses = record(form, 'apotheca-claim-status');
    await fillClaim(form, clock);
    const button = $(form, '#submit');
    button.click();
    button.click();
    const [a, b] = await Promise.all([form.submit(), form.submit()]);
    await until(() => shadow(form).querySelector('#tracker-title') !== null);
    expect(requestsTo('/v1/claims')).toHaveLength(1);
    expect(a.ok && b.ok && a.claim.id === b.claim.id).toBe(true);
    expect(submitted.map((e) => e.detail.claim_id)).toEqual([form.claim?.id]);
    expect(statuses.at(-1)?.detail.status).toBe('paid');
    expect(text(form)).toContain('Payment reference');
    expect(focused(form)?.id).toBe('tracker-title');
    expect(await axeViolations(form)).toEqual([]);
  });

  it('reuses the Idempotency-Key when a dropped connection is retried, and makes one claim', async () => {
    let drops = 1;
    await resetPage(
      http.post(`${API_BASE}/v1/claims`, () => {
        if (drops-- > 0) return HttpResponse.error();
        return undefined;
      }),
    );
    const clock = new ManualClock();
    const form = await mountClaimForm({ clock });
    form.clientOptions = { maxRetries: 0 };
    await fillClaim(form, clock);
    const first = await form.submit();
    expect(first.ok).toBe(false);
    expect(text(form)).toContain('Retrying is safe');
    expect(await axeViolations(form)).toEqual([]);
    await userEvent.click($(form, '.notice-action'));
    await until(() => shadow(form).querySelector('#tracker-title') !== null);
    const keys = requestsTo('/v1/claims').map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(text(form)).toContain('Submitted');
    const statuses = record(form, 'apotheca-claim-status');
    await userEvent.click($(form, '#refresh'));
    await until(() => statuses.length > 0 || requestsTo(`/v1/claims/${form.claim?.id}`).length > 0);
  });

  it('returns typed errors from submit() for an incomplete claim', async () => {
    const form = await mountClaimForm();
    const result = await form.submit();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toContain('provider_required');
    expect(result.errors[0]?.message).toBe('Choose the hospital you visited.');
    expect(requestsTo('/v1/claims')).toHaveLength(0);
  });
});

describe('<apotheca-claim-form> inside a <form>', () => {
  it('reports validity, follows a disabled fieldset and resets with the form', async () => {
    const host = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    host.append(fieldset);
    document.body.append(host);
    const form = await mountClaimForm({ parent: fieldset, attributes: { name: 'claim' } });
    expect(form.form).toBe(host);
    expect(host.checkValidity()).toBe(false);
    expect(form.validationMessage).toBe('Choose the hospital you visited.');
    expect(JSON.parse(String(new FormData(host).get('claim'))).policy_id).toBe(
      'pol_test_wangfang_active',
    );

    fieldset.disabled = true;
    await until(() => $<HTMLFieldSetElement>(form, 'fieldset.step').disabled);
    fieldset.disabled = false;
    await until(() => !$<HTMLFieldSetElement>(form, 'fieldset.step').disabled);

    await next(form);
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#provider'), 'hosp_test_sh_intl');
    host.reset();
    await until(() => $(form, '#step-heading').textContent === 'Policy');
    await next(form);
    expect($<HTMLSelectElement>(form, '#provider').value).toBe('');
  });

  it('is valid and submits the claim id with the host form once the claim is in', async () => {
    const clock = new ManualClock();
    const host = document.createElement('form');
    document.body.append(host);
    const form = await mountClaimForm({
      clock,
      parent: host,
      policy: FASTPATH_POLICY,
      attributes: { name: 'claim' },
    });
    await fillClaim(form, clock);
    expect(host.checkValidity()).toBe(true);
    const result = await form.submit();
    expect(result.ok).toBe(true);
    expect(new FormData(host).get('claim')).toBe(form.claim?.id);
  });
});
