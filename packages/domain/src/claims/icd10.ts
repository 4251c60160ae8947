import { ICD10_ROWS } from './data/icd10';
import type { Icd10Entry } from './types';

let table: Map<string, Icd10Entry> | undefined;

function icd10Table(): Map<string, Icd10Entry> {
  if (!table) {
    table = new Map();
    for (const row of ICD10_ROWS.split('\n')) {
      const [code, en, zh] = row.split('|') as [string, string, string];
      table.set(compact(code), { code, name: { en, 'zh-CN': zh } });
    }
  }
  return table;
}

/** `j06.9`, `J069`, ` J06.9 ` → `J069` (the key the table is indexed by). */
function compact(code: string): string {
  return code.trim().toUpperCase().replace('.', '');
}

/**
 * The ICD-10 entry for a code, written with or without the dot and in any case, or `undefined`
 * when the compact table does not hold it.
 *
 * @example
 * ```ts
 * getIcd10('j069')?.name['zh-CN']; // '急性上呼吸道感染'
 * ```
 */
export function getIcd10(code: string): Icd10Entry | undefined {
  return icd10Table().get(compact(code));
}

/** Every entry of the table, in code order. */
export function listIcd10(): Icd10Entry[] {
  return [...icd10Table().values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * Entries whose code starts with the query or whose English or Chinese name contains it, codes
 * first, for a diagnosis search box in either language.
 *
 * @example
 * ```ts
 * searchIcd10('肺炎').map((e) => e.code); // ['J12.9', 'J15.9', 'J18.9']
 * ```
 */
export function searchIcd10(query: string, limit = 10): Icd10Entry[] {
  const q = query.trim();
  if (q === '') return [];
  const key = compact(q);
  const lower = q.toLowerCase();
  const byCode: Icd10Entry[] = [];
  const byName: Icd10Entry[] = [];
  for (const entry of listIcd10()) {
    if (compact(entry.code).startsWith(key)) byCode.push(entry);
    else if (entry.name.en.toLowerCase().includes(lower) || entry.name['zh-CN'].includes(q))
      byName.push(entry);
  }
  return [...byCode, ...byName].slice(0, limit);
}

/**
 * Close matches for a code the table does not hold: codes of the same three-character category
 * and codes within two edits (a typo, a swapped pair of characters, a missing digit), nearest
 * first. Empty for a known code.
 *
 * @example
 * ```ts
 * suggestIcd10('J06.8').map((e) => e.code); // ['J06.9', …]
 * ```
 */
export function suggestIcd10(code: string, limit = 5): Icd10Entry[] {
  const key = compact(code);
  if (key === '' || icd10Table().has(key)) return [];
  const scored: { entry: Icd10Entry; score: number }[] = [];
  for (const [k, entry] of icd10Table()) {
    const distance = editDistance(key, k);
    const sameCategory = k.slice(0, 3) === key.slice(0, 3);
    if (distance <= 2 || sameCategory)
      scored.push({ entry, score: distance - (sameCategory ? 1 : 0) });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.entry.code < b.entry.code ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.entry);
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
