import { buildCatalogue, type CatalogueData } from './build';
import { editDistance, fold, hasCjk, tolerance, variants } from './text';
import type { Ingredient, InsuranceCode, Medication, MedicationMatch } from './types';

interface IndexEntry {
  key: string;
  /** Position of `key` in the distinct keys (many products share an ingredient's names). */
  keyId: number;
  label: string;
  medicationId: string;
  /** 1 for the product's own names; lower when the name is one ingredient of a compound. */
  weight: number;
}

let data: CatalogueData | undefined;
let index: IndexEntry[] | undefined;
let exact: Map<string, IndexEntry[]> | undefined;
let distinctKeys: string[] | undefined;

/** The built catalogue (built on first use, then shared). @internal */
export function catalogueData(): CatalogueData {
  data ??= buildCatalogue();
  return data;
}

function searchIndex(): IndexEntry[] {
  if (index) return index;
  const { medications, ingredients } = catalogueData();
  const entries: IndexEntry[] = [];
  const push = (label: string, medicationId: string, weight: number): void => {
    for (const key of variants(label))
      entries.push({ key, keyId: -1, label, medicationId, weight });
  };
  for (const med of medications.values()) {
    push(med.name.en, med.id, 1);
    push(med.name['zh-CN'], med.id, 1);
    for (const b of med.brands) {
      push(b.en, med.id, 1);
      if (b['zh-CN'] !== b.en) push(b['zh-CN'], med.id, 1);
    }
    const single = med.ingredients.length === 1;
    for (const item of med.ingredients) {
      const ing = ingredients.get(item.ingredient_id)!;
      const weight = single ? 1 : 0.6;
      for (const name of [ing.name.en, ing.name['zh-CN'], ...ing.synonyms])
        push(name, med.id, weight);
    }
  }
  index = entries;
  exact = new Map();
  distinctKeys = [];
  for (const e of entries) {
    const list = exact.get(e.key);
    if (list) {
      e.keyId = list[0]!.keyId;
      list.push(e);
    } else {
      e.keyId = distinctKeys.push(e.key) - 1;
      exact.set(e.key, [e]);
    }
  }
  return entries;
}

/**
 * Exact (folded) name matches only, best first: the fast path for resolving free text. @internal
 */
export function exactMatches(text: string): MedicationMatch[] {
  searchIndex();
  const { medications } = catalogueData();
  const best = new Map<string, MedicationMatch>();
  for (const key of variants(text)) {
    for (const e of exact!.get(key) ?? []) {
      const prev = best.get(e.medicationId);
      if (!prev || e.weight > prev.score) {
        best.set(e.medicationId, {
          medication: medications.get(e.medicationId)!,
          score: e.weight,
          matched: e.label,
          via: 'exact',
        });
      }
    }
    if (best.size > 0) break;
  }
  return [...best.values()].sort(
    (a, b) =>
      b.score - a.score ||
      a.medication.ingredients.length - b.medication.ingredients.length ||
      (a.medication.id < b.medication.id ? -1 : 1),
  );
}

/** A folded query with what scoring needs of it, worked out once rather than per key. */
interface PreparedQuery {
  q: string;
  minLen: number;
  max: number;
}

function prepareQuery(q: string): PreparedQuery {
  return { q, minLen: hasCjk(q) ? 2 : 3, max: tolerance(q) };
}

type KeyScore = { score: number; via: MedicationMatch['via'] } | null;

function scoreKey({ q, minLen, max }: PreparedQuery, key: string): KeyScore {
  if (q === key) return { score: 1, via: 'exact' };
  if (q.length >= minLen && key.startsWith(q)) {
    return { score: 0.7 + 0.2 * (q.length / key.length), via: 'prefix' };
  }
  if (q.length >= minLen + 1 && key.includes(q)) {
    return { score: 0.6 + 0.2 * (q.length / key.length), via: 'contains' };
  }
  if (max > 0) {
    const d = editDistance(q, key, max);
    if (d <= max) return { score: 0.85 - 0.1 * d, via: 'fuzzy' };
    // A typo in a query that is only the start of a long name (`amoxicilin` for a product name).
    if (key.length > q.length + 1) {
      const head = key.slice(0, q.length);
      const dh = editDistance(q, head, max);
      if (dh <= max && dh < q.length / 3) return { score: 0.7 - 0.1 * dh, via: 'fuzzy' };
    }
  }
  return null;
}

/** Options for {@link searchMedications}. */
export interface SearchOptions {
  /** Maximum hits (default 20). */
  limit?: number;
}

/**
 * Searches the catalogue by generic name, brand, ingredient or synonym, in English or Chinese,
 * tolerating typos (one edit for short names, two for long ones; transpositions count one).
 * Results are ordered by score, then single-ingredient products first, then id (deterministic).
 *
 * @example
 * ```ts
 * searchMedications('华法林')[0]?.medication.id; // 'med_warfarin'
 * searchMedications('ibuprofne')[0]?.medication.id; // 'med_ibuprofen'
 * searchMedications('泰诺')[0]?.medication.ingredients.map((i) => i.ingredient_id);
 * // ['paracetamol', 'pseudoephedrine', 'dextromethorphan', 'chlorphenamine']
 * ```
 */
export function searchMedications(q: string, options: SearchOptions = {}): MedicationMatch[] {
  const limit = options.limit ?? 20;
  const queries = variants(q);
  if (queries.length === 0) return [];
  const best = new Map<string, MedicationMatch>();
  const { medications } = catalogueData();
  const entries = searchIndex();
  // Each distinct key scored once per query; the entries are then visited in index order as
  // before, so ties still resolve to the same entry.
  const scores = queries.map((query) => {
    const prepared = prepareQuery(query);
    return distinctKeys!.map((key) => scoreKey(prepared, key));
  });
  for (const entry of entries) {
    for (const byKey of scores) {
      const s = byKey[entry.keyId];
      if (!s) continue;
      const score = Math.round(s.score * entry.weight * 1000) / 1000;
      const prev = best.get(entry.medicationId);
      if (!prev || score > prev.score) {
        best.set(entry.medicationId, {
          medication: medications.get(entry.medicationId)!,
          score,
          matched: entry.label,
          via: s.via,
        });
      }
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.medication.ingredients.length - b.medication.ingredients.length ||
        (a.medication.id < b.medication.id ? -1 : 1),
    )
    .slice(0, limit);
}

/**
 * A catalogue entry by id (`med_…`), or `undefined`.
 *
 * @example
 * ```ts
 * getMedication('med_co_trimoxazole')?.ingredients.length; // 2
 * ```
 */
export function getMedication(id: string): Medication | undefined {
  return catalogueData().medications.get(id);
}

/** Every catalogue entry in a stable order (for `GET /v1/medications` pagination). */
export function listMedications(): Medication[] {
  return [...catalogueData().medications.values()];
}

/** An ingredient by slug (`warfarin`), with its class and knowledge tags. */
export function getIngredient(id: string): Ingredient | undefined {
  return catalogueData().ingredients.get(id);
}

/** Every ingredient in a stable order. */
export function listIngredients(): Ingredient[] {
  return [...catalogueData().ingredients.values()];
}

/** The answer of {@link lookupInsuranceCode}. */
export interface InsuranceCodeLookup {
  medication: Medication;
  /** The code as found. */
  code: InsuranceCode;
  /** The code to bill with now (the same code when it is current). */
  current: string;
}

/**
 * Finds a medication by national insurance code, current or superseded; a superseded code
 * answers with its replacement so a claim can suggest the corrected code.
 *
 * @example
 * ```ts
 * const hit = lookupInsuranceCode(oldCode);
 * if (hit && hit.code.status === 'superseded') suggest(hit.current);
 * ```
 */
export function lookupInsuranceCode(code: string): InsuranceCodeLookup | undefined {
  const normalized = code.trim().toUpperCase();
  const id = catalogueData().byInsuranceCode.get(normalized);
  if (!id) return undefined;
  const medication = catalogueData().medications.get(id)!;
  const found = medication.insurance_codes.find((c) => c.code === normalized)!;
  return { medication, code: found, current: found.replaced_by ?? found.code };
}

let byIngredientSet: Map<string, string> | undefined;

/**
 * The product made of exactly these ingredients (`['piperacillin', 'tazobactam']` →
 * piperacillin/tazobactam), so a combination written as its parts resolves. @internal
 */
export function productWithIngredients(ids: string[]): Medication | undefined {
  if (!byIngredientSet) {
    byIngredientSet = new Map();
    for (const med of catalogueData().medications.values()) {
      const key = med.ingredients
        .map((i) => i.ingredient_id)
        .sort()
        .join('+');
      if (!byIngredientSet.has(key)) byIngredientSet.set(key, med.id);
    }
  }
  const id = byIngredientSet.get([...new Set(ids)].sort().join('+'));
  return id ? catalogueData().medications.get(id) : undefined;
}

/**
 * Ingredients named inside a Chinese text without separators (`哌拉西林他唑巴坦`), longest
 * names first, non-overlapping. @internal
 */
export function ingredientsInChinese(text: string): string[] {
  let rest = text;
  const found: string[] = [];
  const names = [...catalogueData().ingredients.values()]
    .filter((i) => !i.tags.includes('herbal'))
    .flatMap((i) => [i.name['zh-CN'], ...i.synonyms.filter(hasCjk)].map((n) => ({ n, id: i.id })))
    .filter(({ n }) => n.length >= 2)
    .sort((a, b) => b.n.length - a.n.length);
  for (const { n, id } of names) {
    if (rest.includes(n)) {
      if (!found.includes(id)) found.push(id);
      rest = rest.split(n).join('|');
    }
  }
  return found;
}

/** Folded exact-name lookup of an ingredient (English, Chinese or synonym). @internal */
export function ingredientByName(name: string): Ingredient | undefined {
  const keys = variants(name);
  for (const ing of catalogueData().ingredients.values()) {
    for (const n of [ing.name.en, ing.name['zh-CN'], ...ing.synonyms]) {
      if (keys.includes(fold(n))) return ing;
    }
  }
  return undefined;
}
