import { describe, expect, it } from 'vitest';
import { listIngredients } from '../medications/index';
import { ALLERGY_CLASSES } from './knowledge/allergy';
import { DISEASE_RULES } from './knowledge/conditions';
import { INTERACTIONS } from './knowledge/interactions';
import { AGE_RULES, PREGNANCY_RULES, RENAL_RULES } from './knowledge/patient';

const known = new Set(listIngredients().flatMap((i) => i.tags));

describe('knowledge tables', () => {
  it('select only on tags some ingredient carries (a typo would silently disable a rule)', () => {
    const used = [
      ...INTERACTIONS.flatMap((r) => [...r.a, ...r.b, ...(r.notB ?? [])]),
      ...DISEASE_RULES.flatMap((r) => [...r.drugs, ...(r.notDrugs ?? [])]),
      ...PREGNANCY_RULES.flatMap((r) => r.drugs),
      ...RENAL_RULES.flatMap((r) => [...r.drugs, ...(r.notDrugs ?? [])]),
      ...AGE_RULES.flatMap((r) => r.drugs),
      ...ALLERGY_CLASSES.flatMap((c) => c.members),
    ];
    expect(used.filter((t) => !known.has(t))).toEqual([]);
  });

  it('suggest only alternatives that exist in the catalogue', () => {
    const slugs = [...INTERACTIONS, ...DISEASE_RULES].flatMap((r) => r.alternatives ?? []);
    const ids = new Set(listIngredients().map((i) => i.id));
    expect(slugs.filter((s) => !ids.has(s))).toEqual([]);
  });

  it('give every rule a source and both languages', () => {
    for (const r of [...INTERACTIONS, ...DISEASE_RULES]) {
      expect(r.source, r.id).not.toBe('');
      expect(r.mechanism[1], r.id).toMatch(/[\u4e00-\u9fff]/);
      expect(r.management[1], r.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
