import type { Schema } from '@apotheca/api-spec';
import {
  type AdjudicationAmounts,
  adjudicationViolations,
  listServiceCodes,
} from '@apotheca/domain/claims';
import { listMedications } from '@apotheca/domain/medications';
import {
  createClock,
  createTestPlatform,
  mintWidgetSession,
  PATIENTS,
} from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../storage/memory-storage';
import type { Collection, Doc, Storage } from '../../storage/types';
import { CLAIMS, CLAIMS_POLICIES, type PolicyDoc } from './store';

type Claim = Schema<'Claim'>;
type Problem = {
  code: string;
  errors?: { path: string; code: string; message: string }[];
  issues?: Schema<'ClaimIssue'>[];
  claim_status?: string;
};
type Sandbox = ReturnType<typeof createTestPlatform>;

const START = '2026-11-20T08:00:00Z';
const MIN = 60_000;
const superseded = listMedications()
  .flatMap((m) => m.insurance_codes)
  .find((c) => c.status === 'superseded')!;
const currentMed = listMedications()[1]!.insurance_codes[0]!.code;
expect(listServiceCodes().length).toBeGreaterThan(20);

const draft = (over: Record<string, unknown> = {}) => ({
  patient_id: PATIENTS.wangfang,
  policy_id: 'pol_test_wangfang_active',
  provider: 'hosp_test_bj_capital',
  service_date: '2026-11-19',
  diagnoses: ['J06.9'],
  items: [
    {
      code_system: 'service',
      code: 'SVC-CONSULT-GP',
      quantity: 1,
      unit_price: { amount: 5000, currency: 'CNY' },
    },
    {
      code_system: 'medication_insurance',
      code: currentMed,
      quantity: 2,
      unit_price: { amount: 1233, currency: 'CNY' },
    },
  ],
  attachments: ['file_invoice_001'],
  ...over,
});

function setup() {
  const clock = createClock(START);
  const sandbox = createTestPlatform({ now: clock.now });
  return { clock, sandbox };
}

const submit = (sandbox: Sandbox, json: unknown, key?: string, token?: string) =>
  sandbox.api<Claim & Problem>('POST', '/v1/claims', {
    json,
    ...(key ? { idempotencyKey: key } : {}),
    ...(token ? { token } : {}),
  });
const get = (sandbox: Sandbox, id: string) => sandbox.api<Claim>('GET', `/v1/claims/${id}`);

/** The contract's Money amounts back to integers, for the invariant check. */
function ints(a: Schema<'AdjudicationAmounts'>): AdjudicationAmounts {
  return Object.fromEntries(
    Object.entries(a).map(([k, v]) => [k, v.amount]),
  ) as unknown as AdjudicationAmounts;
}
function expectInvariants(claim: Claim): void {
  if (!claim.adjudication) return;
  const { lines, totals } = claim.adjudication;
  expect(
    adjudicationViolations({
      lines: lines.map((l) => ({ ...ints(l), sequence: l.sequence })),
      totals: ints(totals),
    }),
  ).toEqual([]);
}

describe('claims: adjudication and payout in due work (ADR 0023)', () => {
  /** A GET straight to the engine, past the harness's before-request runner. */
  const rawGet = async (sandbox: Sandbox, id: string) => {
    const res = await sandbox.platform.handle(
      new Request(`http://localhost:4010/v1/claims/${id}`, {
        headers: { authorization: 'Bearer sk_test_apotheca_sandbox' },
      }),
    );
    return (await res.json()) as Claim;
  };

  it('leaves a claim where it is on reads; runDueWork moves it and emits each event once', async () => {
    const { clock, sandbox } = setup();
    const created = await submit(sandbox, draft());
    clock.advance(31 * MIN);
    expect((await rawGet(sandbox, created.body.id)).status).toBe('submitted');
    expect(await sandbox.platform.runDueWork()).toBe(2);
    const paid = await rawGet(sandbox, created.body.id);
    expect(paid.status).toBe('paid');
    expect(paid.payment!.reference).toMatch(/^PAY-/);
    // Idempotent: running again emits nothing and changes nothing.
    expect(await sandbox.platform.runDueWork()).toBe(0);
    const claimEvents = sandbox.events().filter((e) => e.type.startsWith('claim.'));
    expect(claimEvents.map((e) => e.type)).toEqual([
      'claim.submitted',
      'claim.adjudicated',
      'claim.paid',
    ]);
    // Ids and statuses only: no items, amounts, diagnoses or attachments.
    for (const e of claimEvents) {
      expect(Object.keys(e.data.object as object).sort()).toEqual(
        expect.arrayContaining(['id', 'insurer_id', 'object', 'patient_id', 'policy_id', 'status']),
      );
      for (const hidden of ['items', 'diagnoses', 'attachments', 'adjudication', 'payment'])
        expect(e.data.object).not.toHaveProperty(hidden);
    }
  });

  it('pays on a test clock’s advance, with no read in between', async () => {
    const { sandbox } = setup();
    const tc = (
      await sandbox.api<{ id: string }>('POST', '/v1/test-helpers/test-clocks', {
        json: { frozen_time: '2027-03-01T10:00:00Z' },
      })
    ).body;
    const patient = (
      await sandbox.api<{ id: string }>('POST', '/v1/patients', {
        json: { name: 'Clocked', birth_date: '1990-01-01', test_clock: tc.id },
      })
    ).body;
    sandbox.platform.storage.transaction((tx) => {
      const template = tx.collection<PolicyDoc>(CLAIMS_POLICIES).get('pol_test_wangfang_active')!;
      tx.collection<PolicyDoc>(CLAIMS_POLICIES).put({
        ...template,
        id: 'pol_test_clocked_due',
        patient_id: patient.id,
      });
    });
    const created = await submit(
      sandbox,
      draft({
        patient_id: patient.id,
        policy_id: 'pol_test_clocked_due',
        service_date: '2027-02-28',
      }),
    );
    const advance = await sandbox.platform.handle(
      new Request(`http://localhost:4010/v1/test-helpers/test-clocks/${tc.id}/advance`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer sk_test_apotheca_sandbox',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ frozen_time: '2027-03-01T10:30:00Z' }),
      }),
    );
    expect(advance.status).toBe(200);
    expect(sandbox.events('claim.paid').map((e) => (e.data.object as Claim).id)).toEqual([
      created.body.id,
    ]);
    const paid = await rawGet(sandbox, created.body.id);
    expect(paid.payment!.paid_at).toBe('2027-03-01T10:30:00Z');
  });
});

describe('claims: lifecycle on the clock', () => {
  it('approves a clean in-network claim after 10 minutes and pays it within 30', async () => {
    const { clock, sandbox } = setup();
    const created = await submit(sandbox, draft(), 'k1');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'submitted',
      adjudication: null,
      insurer_id: 'ins_test_huaxia',
      duplicate_of: null,
    });
    expect(created.body.id).toMatch(/^clm_/);
    clock.advance(MIN);
    expect((await get(sandbox, created.body.id)).body.status).toBe('in_review');
    clock.advance(9 * MIN);
    const approved = (await get(sandbox, created.body.id)).body;
    expect(approved.status).toBe('approved');
    // 5000 + 2466 = 7466; 10% co-insurance = 747 (half up), benefit 6719.
    expect(approved.adjudication!.totals).toMatchObject({
      submitted: { amount: 7466, currency: 'CNY' },
      eligible: { amount: 7466 },
      deductible: { amount: 0 },
      copay: { amount: 747 },
      benefit: { amount: 6719 },
      patient_share: { amount: 747 },
    });
    expectInvariants(approved);
    clock.advance(20 * MIN);
    const paid = (await get(sandbox, created.body.id)).body;
    expect(paid.status).toBe('paid');
    expect(paid.payment).toMatchObject({
      amount: { amount: 6719, currency: 'CNY' },
      paid_at: '2026-11-20T08:30:00Z',
    });
    expect(paid.payment!.reference).toMatch(/^PAY-/);
    expect(paid.status_history.map((h) => [h.status, h.at])).toEqual([
      ['submitted', '2026-11-20T08:00:00Z'],
      ['in_review', '2026-11-20T08:01:00Z'],
      ['approved', '2026-11-20T08:10:00Z'],
      ['paid', '2026-11-20T08:30:00Z'],
    ]);
    expect(
      sandbox
        .events()
        .filter((e) => e.type.startsWith('claim.'))
        .map((e) => [e.type, (e.data.object as { status: string }).status]),
    ).toEqual([
      ['claim.submitted', 'submitted'],
      ['claim.adjudicated', 'approved'],
      ['claim.paid', 'paid'],
    ]);
  });

  it('moves with the patient’s test clock, not the platform clock', async () => {
    const { sandbox } = setup();
    const clock = (
      await sandbox.api<{ id: string }>('POST', '/v1/test-helpers/test-clocks', {
        json: { frozen_time: '2027-03-01T10:00:00Z' },
      })
    ).body;
    const patient = (
      await sandbox.api<{ id: string }>('POST', '/v1/patients', {
        json: { name: 'Clocked', birth_date: '1990-01-01', test_clock: clock.id },
      })
    ).body;
    sandbox.platform.storage.transaction((tx) => {
      const template = tx.collection<PolicyDoc>(CLAIMS_POLICIES).get('pol_test_wangfang_active')!;
      tx.collection<PolicyDoc>(CLAIMS_POLICIES).put({
        ...template,
        id: 'pol_test_clocked',
        patient_id: patient.id,
      });
    });
    const created = await submit(
      sandbox,
      draft({ patient_id: patient.id, policy_id: 'pol_test_clocked', service_date: '2027-02-28' }),
    );
    expect(created.body.created_at).toBe('2027-03-01T10:00:00Z');
    await sandbox.api('POST', `/v1/test-helpers/test-clocks/${clock.id}/advance`, {
      json: { frozen_time: '2027-03-01T10:31:00Z' },
    });
    expect((await get(sandbox, created.body.id)).body.status).toBe('paid');
  });

  it('pays a fast-path policy’s claim at once', async () => {
    const { sandbox } = setup();
    const created = await submit(sandbox, draft({ policy_id: 'pol_test_wangfang_fastpath' }));
    expect(created.body.status).toBe('paid');
    expect(created.body.status_history.map((h) => h.status)).toEqual([
      'submitted',
      'in_review',
      'approved',
      'paid',
    ]);
  });
});

describe('claims: exactly once', () => {
  it('returns the same claim for a retried key and denies the same content under another key', async () => {
    const { sandbox } = setup();
    const first = await submit(sandbox, draft(), 'same-key');
    const retry = await submit(sandbox, draft(), 'same-key');
    expect(retry.body.id).toBe(first.body.id);
    const again = await submit(
      sandbox,
      draft({ items: [...draft().items].reverse() }),
      'other-key',
    );
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ status: 'denied', duplicate_of: first.body.id });
    expect(again.body.adjudication!.reasons[0]).toMatchObject({
      code: 'duplicate',
      duplicate_of: first.body.id,
    });
    expect(again.body.adjudication!.totals.benefit.amount).toBe(0);
  });

  it('ends 50 concurrent identical submissions with one paid claim', async () => {
    const { clock, sandbox } = setup();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => submit(sandbox, draft(), `concurrent-${i}`)),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    clock.advance(31 * MIN);
    const list = await sandbox.api<{ data: Claim[] }>(
      'GET',
      `/v1/claims?patient_id=${PATIENTS.wangfang}&limit=100`,
    );
    const statuses = list.body.data.map((c) => c.status);
    expect(statuses.filter((s) => s === 'paid')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'denied')).toHaveLength(49);
    for (const claim of list.body.data) expectInvariants(claim);
    const paid = await sandbox.api<{ data: Claim[] }>('GET', '/v1/claims?status=paid');
    expect(paid.body.data).toHaveLength(1);
  });

  it('holds a likely duplicate (same visit, overlapping items) for review instead of paying it', async () => {
    const { clock, sandbox } = setup();
    await submit(sandbox, draft());
    const similar = await submit(sandbox, draft({ items: [draft().items[0]] }));
    clock.advance(31 * MIN);
    const held = (await get(sandbox, similar.body.id)).body;
    expect(held.status).toBe('in_review');
    expect(held.status_history[1]).toMatchObject({
      status: 'in_review',
      reason_code: 'possible_duplicate',
    });
  });

  // Regression: the likely-duplicate check and the due work listed (and parsed) every stored
  // claim, so `POST /v1/claims` slowed as the store grew (62 req/s at 600 claims on SQLite).
  it('finds a likely duplicate and settles claims through indexes, without listing the claims', async () => {
    const memory = new MemoryStorage();
    const listed: string[] = [];
    const storage: Storage = {
      sync: () => memory.sync(),
      close: () => memory.close(),
      transaction: (fn) =>
        memory.transaction((tx) =>
          fn({
            ...tx,
            blobs: tx.blobs,
            collection: <T extends Doc>(name: string): Collection<T> => {
              const inner = tx.collection<T>(name);
              return {
                get: (id) => inner.get(id),
                put: (doc) => inner.put(doc),
                delete: (id) => inner.delete(id),
                list: (options) => {
                  listed.push(name);
                  return inner.list(options);
                },
              };
            },
          }),
        ),
    };
    const clock = createClock(START);
    const sandbox = createTestPlatform({ now: clock.now, storage });
    await submit(sandbox, draft());
    listed.length = 0;
    const similar = await submit(sandbox, draft({ items: [draft().items[0]] }));
    const other = await submit(sandbox, draft({ service_date: '2026-11-03' }));
    clock.advance(31 * MIN);
    const held = (await get(sandbox, similar.body.id)).body;
    const clean = (await get(sandbox, other.body.id)).body;
    expect(listed).not.toContain(CLAIMS);
    expect(held.status).toBe('in_review');
    expect(held.status_history[1]?.reason_code).toBe('possible_duplicate');
    expect(clean.status).toBe('paid');
  });
});

describe('claims: validation and corrections', () => {
  it('suggests the current code for a superseded one; a submitted superseded code is denied, and a correction replaces it', async () => {
    const { clock, sandbox } = setup();
    const bad = draft({
      items: [
        {
          code_system: 'medication_insurance',
          code: superseded.code,
          quantity: 1,
          unit_price: { amount: 900, currency: 'CNY' },
        },
      ],
    });
    const checked = await sandbox.api<Schema<'ClaimValidation'>>('POST', '/v1/claims/validate', {
      json: bad,
    });
    expect(checked.body.valid).toBe(false);
    expect(checked.body.issues[0]).toMatchObject({
      code: 'superseded_code',
      path: '/items/0/code',
      suggestion: { replacement_code: superseded.replaced_by, changed_on: '2025-01-01' },
    });
    const original = await submit(sandbox, bad);
    clock.advance(10 * MIN);
    const denied = (await get(sandbox, original.body.id)).body;
    expect(denied.status).toBe('denied');
    expect(denied.adjudication!.reasons[0]).toMatchObject({
      code: 'superseded_code',
      sequence: 1,
      suggestion: { replacement_code: superseded.replaced_by },
    });
    const fixed = draft({
      items: [
        {
          code_system: 'medication_insurance',
          code: superseded.replaced_by,
          quantity: 1,
          unit_price: { amount: 900, currency: 'CNY' },
        },
      ],
      related_claim_id: original.body.id,
    });
    const correction = await submit(sandbox, fixed);
    expect(correction.body).toMatchObject({
      related_claim_id: original.body.id,
      duplicate_of: null,
    });
    expect((await get(sandbox, original.body.id)).body).toMatchObject({
      status: 'replaced',
      replaced_by_claim_id: correction.body.id,
    });
    clock.advance(30 * MIN);
    expect((await get(sandbox, correction.body.id)).body.status).toBe('paid');
    const again = await submit(sandbox, fixed);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'related_claim_not_replaceable',
      claim_status: 'replaced',
    });
  });

  it('refuses field errors with the issues and close ICD-10 matches, writing nothing', async () => {
    const { sandbox } = setup();
    const res = await submit(
      sandbox,
      draft({ diagnoses: ['J06.8'], service_date: '2026-12-01', provider: 'hosp_test_nowhere' }),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('claim_invalid');
    expect(res.body.errors!.map((e) => [e.path, e.code])).toEqual([
      ['/body/provider', 'unknown_provider'],
      ['/body/service_date', 'service_date_in_future'],
      ['/body/diagnoses/0', 'unknown_diagnosis_code'],
    ]);
    expect(res.body.issues![2]!.suggestion!.matches![0]!.code).toBe('J06.9');
    const list = await sandbox.api<{ data: Claim[] }>('GET', '/v1/claims');
    expect(list.body.data).toEqual([]);
    expect(sandbox.events('claim.submitted')).toEqual([]);
  });

  it('denies a claim without an invoice for missing information', async () => {
    const { clock, sandbox } = setup();
    const created = await submit(sandbox, draft({ attachments: [] }));
    clock.advance(10 * MIN);
    const claim = (await get(sandbox, created.body.id)).body;
    expect(claim.status).toBe('denied');
    expect(claim.adjudication!.reasons[0]!.code).toBe('missing_information');
    expect(claim.adjudication!.reasons[0]!.explanation['zh-CN']).toContain('发票');
  });
});

describe('claims: policies', () => {
  const decided = async (over: Record<string, unknown>) => {
    const { clock, sandbox } = setup();
    const created = await submit(sandbox, draft(over));
    expect(created.status).toBe(201);
    clock.advance(10 * MIN);
    const claim = (await get(sandbox, created.body.id)).body;
    expectInvariants(claim);
    return claim;
  };

  it('denies on a lapsed policy and on a used-up annual limit', async () => {
    const lapsed = await decided({
      patient_id: PATIENTS.mariagarcia,
      policy_id: 'pol_test_mariagarcia_lapsed',
    });
    expect(lapsed).toMatchObject({
      status: 'denied',
      adjudication: { reasons: [{ code: 'policy_inactive' }] },
    });
    const limit = await decided({
      patient_id: PATIENTS.zhangxiaoming,
      policy_id: 'pol_test_zhangxiaoming_limit',
    });
    expect(limit).toMatchObject({
      status: 'denied',
      adjudication: { reasons: [{ code: 'limit_exceeded' }] },
    });
  });

  it('applies the deductible left and the co-pay, and reduces an excluded category', async () => {
    const deductible = await decided({
      patient_id: PATIENTS.liqiang,
      policy_id: 'pol_test_liqiang_deductible',
    });
    expect(deductible.adjudication!.totals).toMatchObject({
      deductible: { amount: 7466 },
      benefit: { amount: 0 },
    });
    expect(deductible.status).toBe('approved');
    const excluded = await decided({
      patient_id: PATIENTS.davidchen,
      policy_id: 'pol_test_davidchen_exclusions',
      items: [
        ...draft().items,
        {
          code_system: 'service',
          code: 'SVC-DENTAL-FILL',
          quantity: 1,
          unit_price: { amount: 30000, currency: 'CNY' },
        },
      ],
    });
    expect(excluded.status).toBe('partially_approved');
    expect(excluded.adjudication!.reasons).toEqual([
      expect.objectContaining({ code: 'not_covered', sequence: 3 }),
    ]);
  });

  it('covers the international insurer’s partner hospitals fully and others at 30%', async () => {
    const partner = await decided({
      patient_id: PATIENTS.mariagarcia,
      policy_id: 'pol_test_mariagarcia_global',
      provider: 'hosp_test_sh_intl',
    });
    expect(partner.adjudication!.totals.benefit.amount).toBe(7466);
    const outside = await decided({
      patient_id: PATIENTS.mariagarcia,
      policy_id: 'pol_test_mariagarcia_global',
      provider: 'hosp_test_gz_city',
    });
    expect(outside.adjudication!.totals).toMatchObject({
      copay: { amount: 2240 },
      benefit: { amount: 5226 },
    });
    expect(outside.adjudication!.reasons[0]!.code).toBe('out_of_network');
    const domestic = await decided({ provider: 'hosp_test_cd_clinic' });
    expect(domestic).toMatchObject({
      status: 'denied',
      adjudication: { reasons: [{ code: 'out_of_network' }] },
    });
  });

  it('checks coverage and estimates without writing', async () => {
    const { sandbox } = setup();
    const check = await sandbox.api<Schema<'CoverageCheck'>>('POST', '/v1/coverage-checks', {
      json: {
        patient_id: PATIENTS.davidchen,
        policy_id: 'pol_test_davidchen_exclusions',
        service_date: '2026-11-19',
        provider: 'hosp_test_cd_clinic',
        items: [
          {
            code_system: 'service',
            code: 'SVC-GLASSES',
            quantity: 1,
            unit_price: { amount: 50000, currency: 'CNY' },
          },
        ],
      },
    });
    expect(check.body).toMatchObject({
      active: true,
      policy_status: 'active',
      excluded_categories: ['dental', 'vision', 'cosmetic'],
      network: { status: 'out_of_network' },
      items: [{ category: 'vision', covered: false, reason_code: 'not_covered' }],
    });
    const lapsed = await sandbox.api<Schema<'CoverageCheck'>>('POST', '/v1/coverage-checks', {
      json: {
        patient_id: PATIENTS.mariagarcia,
        policy_id: 'pol_test_mariagarcia_lapsed',
        service_date: '2026-11-19',
      },
    });
    expect(lapsed.body).toMatchObject({ active: false, policy_status: 'lapsed' });
    const { attachments: _a, ...estimateBody } = draft({
      patient_id: PATIENTS.liqiang,
      policy_id: 'pol_test_liqiang_deductible',
    });
    const estimate = await sandbox.api<Schema<'ClaimEstimate'>>('POST', '/v1/claim-estimates', {
      json: estimateBody,
    });
    expect(estimate.body).toMatchObject({
      object: 'claim_estimate',
      outcome: 'approved',
      totals: { deductible: { amount: 7466 } },
    });
    // Nothing was taken from the policy.
    const after = await sandbox.api<Schema<'CoverageCheck'>>('POST', '/v1/coverage-checks', {
      json: {
        patient_id: PATIENTS.liqiang,
        policy_id: 'pol_test_liqiang_deductible',
        service_date: '2026-11-19',
      },
    });
    expect(after.body.deductible.remaining.amount).toBe(60_000);
  });
});

describe('claims: cancel and access', () => {
  it('cancels before adjudication only, giving back the deductible taken', async () => {
    const { clock, sandbox } = setup();
    const body = draft({ patient_id: PATIENTS.liqiang, policy_id: 'pol_test_liqiang_deductible' });
    const created = await submit(sandbox, body);
    const cancelled = await sandbox.api<Claim>('POST', `/v1/claims/${created.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect(
      (await sandbox.api<Claim>('POST', `/v1/claims/${created.body.id}/cancel`)).body.status,
    ).toBe('cancelled');
    const check = await sandbox.api<Schema<'CoverageCheck'>>('POST', '/v1/coverage-checks', {
      json: {
        patient_id: PATIENTS.liqiang,
        policy_id: 'pol_test_liqiang_deductible',
        service_date: '2026-11-19',
      },
    });
    expect(check.body.deductible.remaining.amount).toBe(60_000);
    // The same content again is a new claim, not a duplicate of the cancelled one.
    const resubmitted = await submit(sandbox, body);
    expect(resubmitted.body.duplicate_of).toBeNull();
    clock.advance(10 * MIN);
    const late = await sandbox.api<Problem>('POST', `/v1/claims/${resubmitted.body.id}/cancel`);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'claim_not_cancellable', claim_status: 'approved' });
    expect(sandbox.events('claim.cancelled')).toHaveLength(1);
  });

  it('shows a widget session only its patient’s claims and an insurer only its policies’', async () => {
    const { sandbox } = setup();
    const own = await submit(sandbox, draft());
    const maria = await submit(
      sandbox,
      draft({ patient_id: PATIENTS.mariagarcia, policy_id: 'pol_test_mariagarcia_global' }),
    );
    const session = await mintWidgetSession(sandbox.fetch, {
      patientId: PATIENTS.wangfang,
      scopes: ['claims:read'],
      origin: 'https://portal.example',
    });
    const asWidget = (path: string) =>
      sandbox.api<{ data?: Claim[] }>('GET', path, {
        token: session.token,
        origin: 'https://portal.example',
      });
    expect((await asWidget(`/v1/claims/${own.body.id}`)).status).toBe(200);
    expect((await asWidget(`/v1/claims/${maria.body.id}`)).status).toBe(404);
    expect((await asWidget('/v1/claims')).body.data!.map((c) => c.id)).toEqual([own.body.id]);
    const token = (
      await sandbox.api<{ access_token: string }>('POST', '/v1/oauth/token', {
        token: null,
        body: 'grant_type=client_credentials&client_id=client_test_insurer_global&client_secret=cs_test_insurer_global_secret',
        contentType: 'application/x-www-form-urlencoded',
      })
    ).body.access_token;
    const asInsurer = (path: string) => sandbox.api<{ data?: Claim[] }>('GET', path, { token });
    expect((await asInsurer('/v1/claims')).body.data!.map((c) => c.id)).toEqual([maria.body.id]);
    expect((await asInsurer(`/v1/claims/${own.body.id}`)).status).toBe(404);
    const foreignPolicy = await submit(sandbox, draft(), undefined, token);
    expect(foreignPolicy.status).toBe(404);
  });
});
