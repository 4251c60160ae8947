import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicate, adjudicationViolations, type BenefitTerms } from './adjudicate';
import { SERVICE_CATEGORIES, type ServiceCategory } from './types';

const terms = (over: Partial<BenefitTerms> = {}): BenefitTerms => ({
  currency: 'CNY',
  active: true,
  deductibleRemaining: 0,
  coinsurancePercent: 0,
  outOfNetworkCoinsurancePercent: null,
  copayPerClaim: 0,
  annualLimitRemaining: 100_000_000,
  excludedCategories: [],
  inNetwork: true,
  ...over,
});

describe('adjudicate', () => {
  it('applies the deductible, then co-insurance, split over lines without losing a fen', () => {
    const result = adjudicate({
      terms: terms({ deductibleRemaining: 10000, coinsurancePercent: 10 }),
      lines: [
        { sequence: 1, category: 'consultation', submitted: 30000 },
        { sequence: 2, category: 'laboratory', submitted: 4999 },
        { sequence: 3, category: 'medication', submitted: 1 },
      ],
    });
    expect(result.outcome).toBe('approved');
    expect(result.totals).toMatchObject({
      submitted: 35000,
      eligible: 35000,
      deductible: 10000,
      copay: 2500,
      benefit: 22500,
    });
    expect(result.lines.map((l) => l.deductible)).toEqual([8572, 1428, 0]);
    expect(adjudicationViolations(result)).toEqual([]);
    expect(result.explanation.en).toBe(
      'Approved: your insurer pays CNY 225.00; your share is CNY 125.00.',
    );
  });

  it('denies an excluded category on its line and partly approves the claim', () => {
    const result = adjudicate({
      terms: terms({ excludedCategories: ['dental'] }),
      lines: [
        { sequence: 1, category: 'consultation', submitted: 5000 },
        { sequence: 2, category: 'dental', submitted: 20000 },
      ],
    });
    expect(result.outcome).toBe('partially_approved');
    expect(result.lines[1]).toMatchObject({ eligible: 0, benefit: 0 });
    expect(result.reasons).toEqual([
      expect.objectContaining({
        code: 'not_covered',
        sequence: 2,
        explanation: expect.objectContaining({ 'zh-CN': '第 2 项：您的保单不保障牙科。' }),
      }),
    ]);
  });

  it('caps the benefit at the annual limit left, the rest is the patient’s', () => {
    const partly = adjudicate({
      terms: terms({ annualLimitRemaining: 1000 }),
      lines: [
        { sequence: 1, category: 'inpatient', submitted: 3000 },
        { sequence: 2, category: 'inpatient', submitted: 3000 },
      ],
    });
    expect(partly.outcome).toBe('partially_approved');
    expect(partly.lines.map((l) => [l.benefit, l.over_limit])).toEqual([
      [500, 2500],
      [500, 2500],
    ]);
    const usedUp = adjudicate({
      terms: terms({ annualLimitRemaining: 0 }),
      lines: [{ sequence: 1, category: 'inpatient', submitted: 3000 }],
    });
    expect(usedUp.outcome).toBe('denied');
    expect(usedUp.reasons.map((r) => r.code)).toEqual(['limit_exceeded']);
  });

  it('denies the whole claim for an inactive policy, a duplicate, or out of network without cover', () => {
    const line = [{ sequence: 1, category: 'consultation' as const, submitted: 5000 }];
    expect(adjudicate({ terms: terms({ active: false }), lines: line }).reasons[0]!.code).toBe(
      'policy_inactive',
    );
    const dup = adjudicate({
      terms: terms(),
      lines: line,
      denial: { code: 'duplicate', details: { duplicateOf: 'clm_1' } },
    });
    expect(dup).toMatchObject({
      outcome: 'denied',
      reasons: [{ code: 'duplicate', duplicate_of: 'clm_1' }],
    });
    expect(dup.reasons[0]!.explanation.en).toContain('clm_1');
    expect(adjudicate({ terms: terms({ inNetwork: false }), lines: line }).outcome).toBe('denied');
    const partly = adjudicate({
      terms: terms({ inNetwork: false, outOfNetworkCoinsurancePercent: 40 }),
      lines: line,
    });
    expect(partly).toMatchObject({ outcome: 'approved', totals: { copay: 2000, benefit: 3000 } });
    expect(partly.reasons[0]!.code).toBe('out_of_network');
  });

  it('denies a superseded-code line with the replacement suggested', () => {
    const result = adjudicate({
      terms: terms(),
      lines: [
        {
          sequence: 1,
          category: 'medication',
          submitted: 800,
          denial: {
            code: 'superseded_code',
            details: { code: 'OLD', replacementCode: 'NEW', changedOn: '2025-01-01' },
          },
        },
      ],
    });
    expect(result.outcome).toBe('denied');
    expect(result.reasons[0]).toMatchObject({
      code: 'superseded_code',
      sequence: 1,
      suggestion: { replacement_code: 'NEW', changed_on: '2025-01-01' },
    });
  });

  it('holds the invariants on every generated claim', () => {
    const category = fc.constantFrom<ServiceCategory>(...SERVICE_CATEGORIES);
    fc.assert(
      fc.property(
        fc.record({
          active: fc.boolean(),
          inNetwork: fc.boolean(),
          deductibleRemaining: fc.integer({ min: 0, max: 2_000_000 }),
          coinsurancePercent: fc.integer({ min: 0, max: 100 }),
          outOfNetworkCoinsurancePercent: fc.option(fc.integer({ min: 0, max: 100 }), {
            nil: null,
          }),
          copayPerClaim: fc.integer({ min: 0, max: 50_000 }),
          annualLimitRemaining: fc.integer({ min: 0, max: 50_000_000 }),
          excludedCategories: fc.subarray([...SERVICE_CATEGORIES]),
        }),
        fc.array(
          fc.record({
            category,
            submitted: fc.integer({ min: 0, max: 100_000_000 }),
            superseded: fc.boolean(),
          }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (t, raw) => {
          const result = adjudicate({
            terms: terms(t),
            lines: raw.map((l, i) => ({
              sequence: i + 1,
              category: l.category,
              submitted: l.submitted,
              ...(l.superseded && i % 3 === 0
                ? { denial: { code: 'superseded_code' as const } }
                : {}),
            })),
          });
          expect(adjudicationViolations(result)).toEqual([]);
          expect(result.totals.benefit).toBeLessThanOrEqual(t.annualLimitRemaining);
          expect(result.totals.deductible).toBeLessThanOrEqual(t.deductibleRemaining);
          if (!t.active) expect(result.totals.benefit).toBe(0);
          if (result.outcome === 'denied') expect(result.totals.benefit).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports broken invariants (the check can fail)', () => {
    const result = adjudicate({
      terms: terms(),
      lines: [{ sequence: 1, category: 'consultation', submitted: 100 }],
    });
    const broken = { ...result, lines: [{ ...result.lines[0]!, benefit: 99 }] };
    expect(adjudicationViolations(broken)).toEqual([
      'line 1: benefit + patient_share ≠ eligible',
      'totals.benefit ≠ Σ lines',
    ]);
  });
});
