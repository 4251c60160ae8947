import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EvalRow, formatTable, runVignette, summarize, type Vignette } from './run';

function load(name: string): Vignette[] {
  const url = new URL(`../../../fixtures/${name}`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Vignette);
}

const SETS = [
  { set: 'sample', vignettes: load('triage-vignettes.jsonl') },
  { set: 'authored', vignettes: load('triage-vignettes.authored.jsonl') },
];

const rows: EvalRow[] = [];
const failures: string[] = [];
for (const { set, vignettes } of SETS) {
  for (const language of ['en', 'zh-CN'] as const) {
    const outs = vignettes.map((v) => runVignette(v, language));
    for (const o of outs) {
      if (!o.acceptable || !o.departmentOk)
        failures.push(`${set} ${language} ${o.id}: ${o.level} ${o.department}`);
    }
    rows.push(summarize(set, language, vignettes, outs));
  }
}
console.log(`\n${formatTable(rows)}\n${failures.length ? `misses:\n${failures.join('\n')}` : ''}`);

describe('triage eval (goals from issue 9)', () => {
  for (const r of rows) {
    it(`${r.set} ${r.language}: ≥ 90% acceptable, no under-triaged emergency, ≥ 85% department`, () => {
      expect(r.underTriaged).toBe(0);
      expect(r.acceptable).toBeGreaterThanOrEqual(90);
      expect(r.department).toBeGreaterThanOrEqual(85);
    });
  }
});
