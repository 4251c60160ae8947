import { problemResponse } from '@apotheca/mock';
import { TRACE_CODES } from '@apotheca/testing';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe';
import { $, focused, record, shadow, text, until } from '../test-support/dom';
import { API_BASE, mock, requestsTo } from '../test-support/mock-api';
import {
  DISPENSATIONS,
  LOCATION,
  mintVerifierSession,
  mountVerifier,
  override,
  resetPage,
  showResult,
  typeAndSubmit,
} from './test-support';

beforeEach(resetPage);

describe('dispensing', () => {
  it('offers Dispense only in dispense mode with a location for a dispensable pack', async () => {
    const inspect = await showResult(TRACE_CODES.dispensable(3), { 'location-id': LOCATION });
    expect(shadow(inspect).querySelector('[part="dispense"]')).toBeNull();
    inspect.remove();
    const recalled = await showResult(TRACE_CODES.recalled, {
      mode: 'dispense',
      'location-id': LOCATION,
    });
    expect($(recalled, '[part="status"]').dataset['status']).toBe('recalled');
    expect(shadow(recalled).querySelector('[part="dispense"]')).toBeNull();
  });

  it('dispenses, fires apotheca-dispensed and reuses the idempotency key on every retry', async () => {
    let slow = true;
    await override(
      http.post(DISPENSATIONS, () => (slow ? problemResponse(408, 'request_timeout') : undefined)),
    );
    const element = await mountVerifier(
      { mode: 'dispense', 'location-id': LOCATION },
      { sessionToken: await mintVerifierSession() },
    );
    const dispensed = record(element, 'apotheca-dispensed');
    const verified = record(element, 'apotheca-verified');
    await typeAndSubmit(element, TRACE_CODES.dispensable(3));
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
    expect(attempts[0]?.body).toEqual({
      code: TRACE_CODES.dispensable(3),
      location_id: LOCATION,
    });
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
    await typeAndSubmit(element, TRACE_CODES.dispensable(3));
    await until(() => shadow(element).querySelector('[part="dispense"] button') !== null);
    const elsewhere = await mock.platform.handle(
      new Request(`${API_BASE}/v1/trace/dispensations`, {
        method: 'POST',
        headers: {
          Authorization: 'Bearer sk_test_apotheca_sandbox',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ code: TRACE_CODES.dispensable(3), location_id: LOCATION }),
      }),
    );
    expect(elsewhere.status).toBe(201);
    const errors = record(element, 'apotheca-error');
    await userEvent.click($(element, '[part="dispense"] button'));
    await until(() => text(element).includes('can no longer be dispensed'));
    expect(errors[0]?.detail).toMatchObject({
      operation: 'dispense',
      kind: 'conflict',
      status: 409,
    });
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
    await userEvent.keyboard(TRACE_CODES.dispensable(3));
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
