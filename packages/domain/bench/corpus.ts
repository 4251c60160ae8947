/**
 * Benchmark corpus: the shared fixture inputs plus deterministic, realistic pharma codes in every
 * input form (scanned element strings with and without symbology identifier, bracketed, Digital
 * Link, China).
 */
import { readFileSync } from 'node:fs';
import { gs1CheckDigit } from '../src/trace/index';

export interface FixtureLine {
  input: string;
  kind: string;
  expect: Record<string, unknown>;
}

export const FIXTURES: FixtureLine[] = readFileSync(
  new URL('../fixtures/trace-codes.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as FixtureLine);

let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const digits = (n: number) => Array.from({ length: n }, () => rand(10)).join('');
const alnum = (n: number) =>
  Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[rand(34)]).join('');
const pad = (n: number) => String(n).padStart(2, '0');

function pack(): { gtin: string; expiry: string; lot: string; serial: string } {
  const body = `0${digits(12)}`;
  return {
    gtin: body + gs1CheckDigit(body),
    expiry: `${pad(25 + rand(6))}${pad(1 + rand(12))}${pad(rand(29))}`,
    lot: alnum(3 + rand(8)),
    serial: alnum(6 + rand(14)),
  };
}

const GS = '\x1d';
/** Scanned GS1 element strings: the form every parser supports. */
export const ELEMENT_STRINGS: string[] = [];
/** Every input form, including ones peers do not support. */
export const MIXED: string[] = [];

for (let i = 0; i < 40; i++) {
  const p = pack();
  const sym = [']d2', ']Q3', ']C1', ''][i % 4];
  const es = `${sym}01${p.gtin}17${p.expiry}10${p.lot}${GS}21${p.serial}${i % 3 === 0 ? `${GS}714${digits(7)}` : ''}`;
  ELEMENT_STRINGS.push(es);
  MIXED.push(es);
  if (i % 4 === 1) MIXED.push(`(01)${p.gtin}(17)${p.expiry}(10)${p.lot}(21)${p.serial}`);
  if (i % 4 === 2)
    MIXED.push(`https://id.gs1.org/01/${p.gtin}/10/${p.lot}/21/${p.serial}?17=${p.expiry}`);
  if (i % 4 === 3) MIXED.push(`8${digits(19)}`);
}
for (const f of FIXTURES) MIXED.push(f.input);
