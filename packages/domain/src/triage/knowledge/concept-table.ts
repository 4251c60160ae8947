/**
 * How concept vocabulary is written: one row per concept, synonyms separated by `|`, so the tables
 * stay readable and small enough for the offline red-flag entry.
 */

/** `[id, English name, Chinese name, English synonyms, Chinese synonyms]`. Names are synonyms too. */
export type ConceptRow = readonly [
  id: string,
  en: string,
  zh: string,
  enSyn?: string,
  zhSyn?: string,
];

/** A finding the engine knows (symptom, sign, risk factor), with bilingual names and synonyms. */
export interface Concept {
  id: string;
  name: { en: string; 'zh-CN': string };
  /** English phrases (the name first). */
  en: string[];
  /** Chinese phrases (the name first). */
  zh: string[];
}

export function toConcepts(rows: readonly ConceptRow[]): Concept[] {
  return rows.map(([id, en, zh, enSyn, zhSyn]) => ({
    id,
    name: { en, 'zh-CN': zh },
    en: [en, ...(enSyn ? enSyn.split('|') : [])],
    zh: [zh, ...(zhSyn ? zhSyn.split('|') : [])],
  }));
}
