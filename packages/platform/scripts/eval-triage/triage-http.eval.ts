import {
  type EvalRow,
  formatTable,
  scoreVignette,
  summarize,
  type VignetteOutcome,
} from '@apotheca/domain/triage';
import { startTestSandbox } from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, type Language, loadVignettes, pool, runVignette } from './run';

const SETS = [
  { set: 'sample', vignettes: loadVignettes('triage-vignettes.jsonl') },
  { set: 'authored', vignettes: loadVignettes('triage-vignettes.authored.jsonl') },
];
const LANGUAGES: Language[] = ['en', 'zh-CN'];

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
const rows: EvalRow[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const call: Call = async (method, path, json, idempotencyKey) => {
    const res = await sandbox.api(method, path, {
      json,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    return { status: res.status, body: res.body };
  };
  const misses: string[] = [];
  for (const { set, vignettes } of SETS) {
    for (const language of LANGUAGES) {
      const outcomes = await pool(
        4,
        vignettes.map((v) => () => runVignette(call, v, language)),
      );
      const scored: VignetteOutcome[] = outcomes.map((o, i) => scoreVignette(vignettes[i]!, o));
      for (const s of scored) {
        if (!s.acceptable || !s.departmentOk)
          misses.push(`${set} ${language} ${s.id}: ${s.level} ${s.department}`);
      }
      rows.push(summarize(set, language, vignettes, scored));
    }
  }
  console.log(
    `\n${formatTable(rows)}\n${misses.length > 0 ? `misses:\n${misses.join('\n')}\n` : ''}`,
  );
}, 600_000);

afterAll(async () => {
  await sandbox?.close();
});

describe('triage over HTTP (goals from issue 9)', () => {
  for (const { set } of SETS) {
    for (const language of LANGUAGES) {
      it(`${set} ${language}: ≥ 90% acceptable, no under-triaged emergency, ≥ 85% department`, () => {
        const row = rows.find((r) => r.set === set && r.language === language)!;
        expect(row.n).toBeGreaterThan(0);
        expect(row.underTriaged).toBe(0);
        expect(row.acceptable).toBeGreaterThanOrEqual(90);
        expect(row.department).toBeGreaterThanOrEqual(85);
      });
    }
  }
});
