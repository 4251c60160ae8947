/** Text normalisation and edit distance shared by catalogue search and safety-check resolution. */

const CJK = /[\u3400-\u9fff]/;

/** True when the text contains Chinese characters. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Folds text for matching: NFKC (full-width → ASCII), lower case, Greek/ASCII apostrophes
 * dropped, every run of non-letter/non-digit characters removed.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const EN_NOISE =
  /\b(tablets?|tabs?|capsules?|caps?|injection|inj|for|oral|solution|suspension|syrup|granules?|sachets?|film[- ]coated|enteric[- ]coated|dispersible|chewable|extended[- ]release|sustained[- ]release|modified[- ]release|controlled[- ]release|er|sr|xr|xl|cr|mr|ec|hydrochloride|hcl|sodium|potassium|calcium|magnesium|maleate|besylate|besilate|mesylate|mesilate|tartrate|succinate|fumarate|citrate|phosphate|sulfate|sulphate|hydrobromide|bromide|acetate|dihydrate|trihydrate|anhydrous|generic|brand)\b/g;
const ZH_FORM =
  /(注射用|缓释片|控释片|肠溶片|分散片|咀嚼片|泡腾片|口崩片|薄膜衣片|缓释胶囊|肠溶胶囊|软胶囊|胶囊|片剂|片|颗粒剂|颗粒|干混悬剂|混悬液|口服溶液|口服液|糖浆|注射液|粉针|吸入气雾剂|吸入粉雾剂|气雾剂|粉雾剂|贴剂|乳膏|软膏|凝胶|滴眼液|栓剂|栓|散剂|丸)$/;
const ZH_SALT_PREFIX =
  /^(盐酸|硫酸氢|硫酸|马来酸|枸橼酸|苯磺酸|甲磺酸|酒石酸|琥珀酸|富马酸|磷酸|氢溴酸|草酸|醋酸|乳酸|硝酸|门冬氨酸)/;
const ZH_SALT_SUFFIX = /(钠|钾|钙|镁)$/;
/** Doses, frequencies and units that free text carries around a drug name. */
const DOSE =
  /(\d+(\.\d+)?\s*(mg|g|ug|µg|mcg|iu|u|ml|%|毫克|克|微克|单位|毫升)?(\/\w+)?)|\b(once|twice|daily|bid|tid|qid|qd|qn|prn|od|bd|nocte|mane|po|iv|im|sc|at night|a day|per day)\b|(每日|每天|一日|每晚|每次|口服|静滴|静注|肌注|[一二三四]次|tid|bid)/gi;

/** Removes dose, frequency and route noise from free text (`aspirin 100 mg daily` → `aspirin`). */
export function stripDose(text: string): string {
  return text.replace(DOSE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Folded variants of a name to try, most specific first: as written, without English dose-form
 * and salt words, and for Chinese without the dose-form suffix and salt (`华法林钠片` → `华法林`).
 */
export function variants(text: string): string[] {
  const out: string[] = [];
  const add = (v: string): void => {
    if (v.length >= 2 && !out.includes(v)) out.push(v);
  };
  const lower = text.normalize('NFKC').toLowerCase();
  add(fold(lower));
  add(fold(stripDose(lower)));
  add(fold(stripDose(lower).replace(EN_NOISE, ' ')));
  for (const v of [...out]) {
    if (!hasCjk(v)) continue;
    let z = v;
    for (let i = 0; i < 2; i++) z = z.replace(ZH_FORM, '');
    add(z);
    const unsalted = z.replace(ZH_SALT_PREFIX, '');
    add(unsalted);
    const noCation = unsalted.replace(ZH_SALT_SUFFIX, '');
    if (noCation.length >= 2) add(noCation);
  }
  return out;
}

// Rows reused across calls: a search runs this tens of thousands of times per request, and
// allocating three arrays each time cost more than the comparisons (grown as needed; no reentrancy).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance, giving up above `max`
 * (any larger distance is answered as `max + 1`). Transpositions count 1, so `ibuprofne` is one
 * edit from `ibuprofen`. Only the diagonal band |i − j| ≤ max is computed: a cell outside it is
 * at least |i − j| > max, so it can lie on no alignment within `max` edits.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const over = max + 1;
  if (rowA.length < n + 2) {
    rowA = new Int32Array(2 * (n + 2));
    rowB = new Int32Array(2 * (n + 2));
    rowC = new Int32Array(2 * (n + 2));
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  prev[n + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    // The cells just outside the band count as "too far", for this row's and the next rows' reads.
    cur[lo - 1] = lo === 1 ? i : over;
    cur[hi + 1] = over;
    let rowMin = lo === 1 ? i : over;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  return Math.min(prev[n]!, over);
}

/** Edits tolerated for a folded query of this length (none for very short or Chinese ≤ 2 chars). */
export function tolerance(q: string): number {
  if (hasCjk(q)) return q.length >= 3 ? 1 : 0;
  if (q.length < 4) return 0;
  if (q.length < 7) return 1;
  return 2;
}
