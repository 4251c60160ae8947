/**
 * The adjudication invariants over HTTP: fast-check generates claims (any seeded patient and
 * policy, hospital, categories, quantities and prices), the SDK submits them to the real sandbox,
 * the host's due work adjudicates them, and a sweep then checks every claim in the store: per
 * line `benefit + patient_share = eligible` and `patient_share = deductible + copay + over_limit`,
 * claim totals are the sums of the lines (so no largest-remainder split lost or invented a fen),
 * and a paid claim pays exactly its benefit.
 */
import { ApothecaClient } from '@apotheca/core';
import { adjudicationViolations, listServiceCodes } from '@apotheca/domain/claims';
import {
  createClock,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
} from '@apotheca/testing/node';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdjudicationAmounts, Claim, ClaimCreateParams } from '../index';
import { type ClaimsResource, claims } from './claims';
import { START } from './fixtures';

const clock = createClock(START);
let sandbox: SandboxHarness;
let api: ClaimsResource;

beforeAll(async () => {
  sandbox = await startTestSandbox({ now: clock.now, dueWorkIntervalMs: 0 });
  api = claims(new ApothecaClient({ baseUrl: sandbox.url, apiKey: SECRET_KEY, browser: false }));
});
afterAll(() => sandbox.close());

const POLICIES = [
  ['pat_test_wangfang', 'pol_test_wangfang_active'],
  ['pat_test_wangfang', 'pol_test_wangfang_fastpath'],
  ['pat_test_liqiang', 'pol_test_liqiang_deductible'],
  ['pat_test_zhangxiaoming', 'pol_test_zhangxiaoming_limit'],
  ['pat_test_davidchen', 'pol_test_davidchen_exclusions'],
  ['pat_test_mariagarcia', 'pol_test_mariagarcia_global'],
  ['pat_test_mariagarcia', 'pol_test_mariagarcia_lapsed'],
] as const;
const PROVIDERS = [
  'hosp_test_bj_capital',
  'hosp_test_sh_intl',
  'hosp_test_gz_city',
  'hosp_test_cd_clinic',
] as const;
const SERVICE_CODES = listServiceCodes().map((s) => s.code);

const draftArb: fc.Arbitrary<ClaimCreateParams> = fc
  .record({
    policy: fc.constantFrom(...POLICIES),
    provider: fc.constantFrom(...PROVIDERS),
    day: fc.integer({ min: 0, max: 300 }),
    items: fc.array(
      fc.record({
        code: fc.constantFrom(...SERVICE_CODES),
        quantity: fc.integer({ min: 1, max: 9 }),
        amount: fc.integer({ min: 1, max: 2_000_000 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    attach: fc.boolean(),
  })
  .map(({ policy, provider, day, items, attach }) => ({
    patient_id: policy[0],
    policy_id: policy[1],
    provider,
    service_date: new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    diagnoses: ['J06.9'],
    items: items.map((item) => ({
      code_system: 'service' as const,
      code: item.code,
      quantity: item.quantity,
      unit_price: { amount: item.amount, currency: 'CNY' },
    })),
    attachments: attach ? ['file_invoice_001'] : [],
  }));

/** The contract's Money amounts back to integers. */
function ints(a: { [K in keyof AdjudicationAmounts]: { amount: number } }) {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.amount])) as {
    [K in keyof AdjudicationAmounts]: number;
  };
}

/** Everything wrong with one stored claim's numbers. */
function violations(claim: Claim): string[] {
  if (!claim.adjudication) return [];
  const { lines, totals } = claim.adjudication;
  const out = adjudicationViolations({
    lines: lines.map((l) => ({ ...ints(l), sequence: l.sequence })),
    totals: ints(totals),
  }).map((v) => `${claim.id}: ${v}`);
  if (claim.payment && claim.payment.amount.amount !== totals.benefit.amount)
    out.push(`${claim.id}: paid ${claim.payment.amount.amount} ≠ benefit ${totals.benefit.amount}`);
  return out;
}

describe('adjudication invariants on every claim', () => {
  it('hold on generated claims, submitted over HTTP and adjudicated by due work', async () => {
    const submitted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(draftArb, async (draft) => {
        const claim = await api.claims.create(draft);
        submitted.add(claim.id);
        expect(violations(claim)).toEqual([]);
      }),
      { numRuns: 80, seed: 20261204 },
    );
    // Past the 24 hours a likely duplicate is held for review.
    clock.advance(25 * 3600_000);
    await sandbox.platform.runDueWork();

    // The sweep: every claim in the store, whatever made it.
    const all: Claim[] = [];
    for await (const claim of api.claims.list({ limit: 100 })) all.push(claim);
    // (The same generated draft twice is one call retried: the same claim.)
    expect(new Set(all.map((c) => c.id))).toEqual(submitted);
    const adjudicated = all.filter((c) => c.adjudication);
    expect(adjudicated.length).toBe(all.length);
    // The generator reached every outcome, so the sweep checked more than one path.
    expect(new Set(adjudicated.map((c) => c.adjudication!.outcome))).toEqual(
      new Set(['approved', 'partially_approved', 'denied']),
    );
    expect(all.flatMap(violations)).toEqual([]);
  }, 120_000);
});
