/**
 * The resource against msw with `@apotheca/mock` (the sandbox engine in memory): request shapes,
 * typed errors, cursor lists, the lifecycle on the injected clock, and one claim after a lost
 * response.
 */
import { ApothecaClient, NotFoundError } from '@apotheca/core';
import { createMockPlatform } from '@apotheca/mock';
import { createClock, PATIENTS, SECRET_KEY } from '@apotheca/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { ClaimStatus } from '../index';
import { claims, isClaimConflict, isClaimInvalid } from './claims';
import { draft, START } from './fixtures';

const BASE = 'http://localhost:4010';
const clock = createClock(START);
const mock = createMockPlatform({ baseUrl: BASE, now: clock.now });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const client = new ApothecaClient({
  baseUrl: BASE,
  apiKey: SECRET_KEY,
  browser: false,
  backoff: { sleep: async () => {} },
});
const api = claims(client);
const MIN = 60_000;

describe('claims', () => {
  it('submits, then follows the claim to paid on the clock', async () => {
    const created = await api.claims.create(draft());
    expect(created.id).toMatch(/^clm_/);
    expect(created.status).toBe('submitted');
    expectTypeOf(created.status).toEqualTypeOf<ClaimStatus>();
    clock.advance(31 * MIN);
    const paid = await api.claims.retrieve(created.id);
    expect(paid.status).toBe('paid');
    expect(paid.payment?.reference).toMatch(/^PAY-/);
    expect(paid.adjudication?.totals.benefit.amount).toBe(paid.payment?.amount.amount);
  });

  it('lists with filters across pages', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const items = draft().items.map((item) => ({
        ...item,
        unit_price: { ...item.unit_price, amount: item.unit_price.amount + i },
      }));
      ids.unshift((await api.claims.create(draft({ items, service_date: `2026-11-1${i}` }))).id);
    }
    const seen: string[] = [];
    for await (const claim of api.claims.list({ patient_id: PATIENTS.wangfang, limit: 2 }))
      seen.push(claim.id);
    expect(seen).toEqual(ids);
    expect(await api.claims.list({ status: 'paid' }).toArray({ limit: 100 })).toEqual([]);
  });

  it('cancels before adjudication and refuses afterwards, typed', async () => {
    const created = await api.claims.create(draft());
    expect((await api.claims.cancel(created.id)).status).toBe('cancelled');
    const fast = await api.claims.create(draft({ policy_id: 'pol_test_wangfang_fastpath' }));
    expect(fast.status).toBe('paid');
    const refused = await api.claims.cancel(fast.id).catch((e: unknown) => e);
    expect(isClaimConflict(refused, 'claim_not_cancellable')).toBe(true);
    expect(isClaimConflict(refused, 'related_claim_not_replaceable')).toBe(false);
    if (isClaimConflict(refused)) expect(refused.problem?.claim_status).toBe('paid');
  });

  it('validates without writing and refuses the same errors on create, typed', async () => {
    const bad = draft({ diagnoses: ['J06.99'] });
    const validation = await api.claims.validate(bad);
    expect(validation.valid).toBe(false);
    const issue = validation.issues.find((i) => i.code === 'unknown_diagnosis_code');
    expect(issue?.path).toBe('/diagnoses/0');
    expect(issue?.suggestion?.matches?.length).toBeGreaterThan(0);
    const refused = await api.claims.create(bad).catch((e: unknown) => e);
    expect(isClaimInvalid(refused)).toBe(true);
    if (isClaimInvalid(refused))
      expect(refused.problem?.issues?.map((i) => i.code)).toContain('unknown_diagnosis_code');
    expect(await api.claims.list().toArray({ limit: 100 })).toEqual([]);
  });

  it('answers a claim it may not see with NotFoundError', async () => {
    const missing = await api.claims.retrieve('clm_nope').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it('makes one claim when the first response is lost and the call is retried', async () => {
    const keys: (string | null)[] = [];
    let lose = true;
    server.use(
      http.post(`${BASE}/v1/claims`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (!lose) return undefined;
        lose = false;
        await mock.platform.handle(request.clone()); // stored, but the answer never arrives
        return HttpResponse.error();
      }),
    );
    const created = await api.claims.create(draft());
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect((await api.claims.list().toArray({ limit: 100 })).map((c) => c.id)).toEqual([
      created.id,
    ]);
    expect(created.duplicate_of ?? null).toBeNull();
  });
});

describe('coverage checks and estimates', () => {
  it('checks a policy with deductible left', async () => {
    const coverage = await api.coverageChecks.create({
      patient_id: PATIENTS.liqiang,
      policy_id: 'pol_test_liqiang_deductible',
      service_date: '2026-11-19',
      provider: 'hosp_test_bj_capital',
    });
    expect(coverage.active).toBe(true);
    expect(coverage.deductible.remaining.amount).toBe(60_000);
    expect(coverage.network.status).toBe('in_network');
  });

  it('estimates benefit and patient share without storing a claim', async () => {
    const { attachments: _files, ...estimateDraft } = draft();
    const estimate = await api.claimEstimates.create(estimateDraft);
    const { totals } = estimate;
    expect(totals.benefit.amount + totals.patient_share.amount).toBe(totals.eligible.amount);
    expect(totals.benefit.amount).toBeGreaterThan(0);
    expect(await api.claims.list().toArray({ limit: 100 })).toEqual([]);
  });
});
