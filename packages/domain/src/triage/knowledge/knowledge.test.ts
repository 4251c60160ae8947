import { describe, expect, it } from 'vitest';
import { RED_FLAG_RULES } from '../red-flags/rules';
import { CONCEPTS, conceptById } from './concepts';
import { CONDITIONS } from './conditions';
import { PATHWAYS } from './follow-ups';
import { TESTS } from './tests';
import { KNOWLEDGE_VERSION } from './version';

const DEPARTMENTS = new Set([
  'emergency',
  'cardiology',
  'respiratory',
  'gastroenterology',
  'neurology',
  'orthopedics',
  'rheumatology',
  'dermatology',
  'ENT',
  'ophthalmology',
  'pediatrics',
  'obstetrics_gynecology',
  'urology',
  'endocrinology',
  'psychiatry',
  'general_internal_medicine',
]);

describe('triage knowledge integrity', () => {
  it('has a version', () => {
    expect(KNOWLEDGE_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
  });

  it('concept ids are unique and every concept is bilingual', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONCEPTS) {
      expect(c.name.en.length, c.id).toBeGreaterThan(0);
      expect(c.name['zh-CN'], c.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('every red-flag rule cites a source and names only known concepts', () => {
    for (const r of RED_FLAG_RULES) {
      expect(r.source.length, r.id).toBeGreaterThan(5);
      for (const id of r.when.flat()) expect(conceptById(id), `${r.id} → ${id}`).toBeDefined();
    }
    expect(new Set(RED_FLAG_RULES.map((r) => r.id)).size).toBe(RED_FLAG_RULES.length);
  });

  it('every condition pattern cites a source, a valid department and known concepts and tests', () => {
    for (const c of CONDITIONS) {
      expect(c.source.length, c.id).toBeGreaterThan(5);
      expect(DEPARTMENTS.has(c.department), c.id).toBe(true);
      for (const d of c.also ?? []) expect(DEPARTMENTS.has(d), c.id).toBe(true);
      for (const id of c.gate) expect(conceptById(id), `${c.id} gate → ${id}`).toBeDefined();
      for (const part of c.features.split(' ')) {
        const [raw, w] = part.split(':');
        expect(conceptById(raw!.replace(/^!/, '')), `${c.id} → ${raw}`).toBeDefined();
        expect(Number.isFinite(Number(w)), `${c.id} → ${part}`).toBe(true);
      }
      for (const t of c.tests ?? []) expect(TESTS[t], `${c.id} test ${t}`).toBeDefined();
    }
    expect(new Set(CONDITIONS.map((c) => c.id)).size).toBe(CONDITIONS.length);
  });

  it('pathways name only known concepts', () => {
    for (const p of PATHWAYS) {
      for (const id of [...p.when, ...p.screen, ...(p.follow ?? []).flatMap((g) => g.items)]) {
        expect(conceptById(id), id).toBeDefined();
      }
    }
  });

  it('knowledge holds no vignette ids', () => {
    const text = JSON.stringify([CONCEPTS, RED_FLAG_RULES, CONDITIONS, PATHWAYS]);
    expect(text).not.toMatch(/"[ENS]\d{2}"|\bA[ENS]\d{2}\b/);
  });
});
