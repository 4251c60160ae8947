import type { Concept } from '../knowledge/concept-table';
import type { Bilingual } from '../types';

/** One concept found in free text. */
export interface Mention {
  id: string;
  name: Bilingual;
  choice: 'present' | 'absent';
}

interface Span {
  id: string;
  start: number;
  end: number;
  contiguous: boolean;
  negated: boolean;
}

const STOP = new Set(
  'a an the my his her their our your its this that these those i me he she we they it is am are was were be been being of to in on at and or so really quite bit little just also some'.split(
    ' ',
  ),
);
const EN_NEG = new Set([
  'no',
  'not',
  'normal',
  'normally',
  'without',
  'denies',
  'deny',
  'denied',
  'never',
  'nor',
  'none',
  'neither',
  'negative',
]);
const EN_SCOPE_END = new Set(['but', 'however', 'although', 'though', 'except', 'apart', '|']);
/** Common words never "corrected" into vocabulary words. */
const KEEP = new Set(
  'staring stare crazy okay also been vital signs sign nocturnal word single plan with what when then them they have from this that were will your been into more much only over some such than well went come came take took make made feel felt hurt left both each even ever here just keep kept last like long mild most must near next once open part past same seem side soon sure tell told turn upon used want week when wife work year heard hear heart head years year month months weeks week since there their other about after again always around before being below could doesnt every first hours start started still though three today while would yesterday morning evening night daughter mother father little slept times think thing things right left water where which whole whose lying sitting standing worse better eating drinking playing lifting hurts lately later house house hours minutes people person started'.split(
    ' ',
  ),
);

/** Tiny stemmer: enough to fold plurals and -ing/-ed forms onto one token. */
export function stem(word: string): string {
  let w = word;
  if (w === 'tearing' || w === 'tears') return w;
  if (w === 'swollen' || w === 'swelling' || w === 'swells' || w === 'swelled' || w === 'swolen')
    return 'swell';
  if (w.length > 6 && w.endsWith('ness')) w = w.slice(0, -4);
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ion')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('y')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function normalizeEn(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(
      /\b(can't|cant|cannot|can not|couldn't|couldnt|could not|unable to|not able to)\b/g,
      ' unable ',
    )
    .replace(/\b(won't)\b/g, ' will not ')
    .replace(/n't\b/g, ' not ')
    .replace(/\b(dont|doesnt|didnt|havent|hasnt|isnt|wasnt|arent)\b/g, ' not ')
    .replace(/'(s|m|re|ve|d|ll)\b/g, ' ')
    .replace(/[.;!?\n]+/g, ' | ')
    .replace(/,/g, ' , ')
    .replace(/[^a-z0-9|, ]+/g, ' ');
}

/** Tokens with clause markers ('|' ends a clause, ',' ends a negation scope unless a list). */
function tokenizeEn(text: string): string[] {
  return normalizeEn(text)
    .split(/\s+/)
    .filter((t) => t !== '' && !STOP.has(t));
}

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A text token matches a pattern token when equal, or when a long pattern stem is its prefix. */
function same(tok: string, pat: string): boolean {
  return tok === pat || (pat.length >= 5 && tok.startsWith(pat));
}

interface ZhPattern {
  id: string;
  re: RegExp;
  len: number;
  /** Matches the phrase with a negation inside it ("头不疼" for "头疼"). */
  innerNeg: boolean;
}

const ZH_GAP = '[^，。,.;；！!？?|]{0,6}';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A compiled vocabulary: build once per concept list. */
export class ConceptMatcher {
  private readonly en: { id: string; tokens: string[]; neg: boolean }[] = [];
  private readonly vocab = new Set<string>();
  private readonly zh: ZhPattern[] = [];
  private readonly byId = new Map<string, Concept>();
  private readonly fixCache = new Map<string, string>();

  constructor(concepts: readonly Concept[]) {
    for (const c of concepts) {
      this.byId.set(c.id, c);
      for (const phrase of c.en) {
        // A leading '-' marks a phrase that says the concept is absent ("can bear weight").
        const neg = phrase.startsWith('-');
        const tokens = tokenizeEn(neg ? phrase.slice(1) : phrase).map(stem);
        if (tokens.length === 0) continue;
        this.en.push({ id: c.id, tokens, neg });
        for (const t of tokens) this.vocab.add(t);
      }
      for (const phrase of c.zh) {
        const parts = phrase.split('*').map(escapeRe);
        const len = phrase.replace(/\*/g, '').length;
        this.zh.push({ id: c.id, re: new RegExp(parts.join(ZH_GAP), 'g'), len, innerNeg: false });
        if (parts.length === 1 && len >= 2 && len <= 3) {
          const inner = `${escapeRe(phrase[0]!)}(?:也|都|并|还)?(?:不|没有|没)${escapeRe(phrase.slice(1))}`;
          this.zh.push({ id: c.id, re: new RegExp(inner, 'g'), len: len + 1, innerNeg: true });
        }
      }
    }
    // Longer phrases first so they win overlaps.
    this.en.sort((a, b) => b.tokens.length - a.tokens.length);
    this.zh.sort((a, b) => b.len - a.len);
  }

  concept(id: string): Concept | undefined {
    return this.byId.get(id);
  }

  /** Fix a misspelt token to the nearest vocabulary token (edit distance 1, or 2 for long words). */
  private fix(token: string): string {
    const s = stem(token);
    if (this.vocab.has(s) || token.length < 4 || KEEP.has(token) || /\d/.test(token)) return s;
    const cached = this.fixCache.get(token);
    if (cached !== undefined) return cached;
    const max = s.length >= 8 ? 2 : 1;
    const short = token.length === 4;
    let best = s;
    let bestD = max + 1;
    for (const v of this.vocab) {
      // Typos rarely hit the first letter; short words only fix to short words.
      if (v.length < 4 || v[0] !== token[0] || (short && v.length > 5)) continue;
      // The stem only helps for long words: short stems ("star" from "staring") collide.
      const d =
        s.length >= 5
          ? Math.min(editDistance(token, v, max), editDistance(s, v, max))
          : editDistance(token, v, max);
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    this.fixCache.set(token, best);
    return best;
  }

  /** Find concepts in English text. */
  matchEn(text: string): Span[] {
    const toks = tokenizeEn(text).map((t) => (t === '|' || t === ',' ? t : this.fix(t)));
    const spans: Span[] = [];
    for (const p of this.en) {
      for (let i = 0; i < toks.length; i++) {
        if (!same(toks[i]!, p.tokens[0]!)) continue;
        let j = i;
        let gaps = 0;
        let ok = true;
        for (let k = 1; k < p.tokens.length && ok; k++) {
          let n = j + 1;
          while (
            n < toks.length &&
            !same(toks[n]!, p.tokens[k]!) &&
            toks[n] !== '|' &&
            toks[n] !== ','
          ) {
            n++;
            gaps++;
          }
          if (n >= toks.length || !same(toks[n]!, p.tokens[k]!) || gaps > 2) ok = false;
          else j = n;
        }
        if (ok)
          spans.push({ id: p.id, start: i, end: j + 1, contiguous: gaps === 0, negated: p.neg });
      }
    }
    const kept = dropContained(spans);
    for (const s of kept) s.negated = s.negated || negatedEn(toks, s, kept);
    return kept;
  }

  /** Find concepts in Chinese text (no spaces needed). */
  matchZh(text: string): Span[] {
    const t = text.replace(/\s+/g, '');
    const spans: (Span & { innerNeg: boolean })[] = [];
    for (const p of this.zh) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(t); m !== null; m = p.re.exec(t)) {
        const contiguous = p.innerNeg || m[0].length === p.len;
        spans.push({
          id: p.id,
          start: m.index,
          end: m.index + m[0].length,
          contiguous,
          negated: false,
          innerNeg: p.innerNeg,
        });
        if (m[0].length === 0) p.re.lastIndex++;
      }
    }
    const kept = dropContained(spans) as (Span & { innerNeg: boolean })[];
    for (const s of kept) s.negated = s.innerNeg || negatedZh(t, s, kept);
    return kept;
  }

  /** English and Chinese both run: mixed-language text is common in chat. */
  mentions(text: string): Mention[] {
    const spans = [
      ...this.matchEn(text),
      ...(/[\u4e00-\u9fff]/.test(text) ? this.matchZh(text) : []),
    ];
    const out = new Map<string, Mention>();
    for (const s of spans) {
      const c = this.byId.get(s.id)!;
      const choice = s.negated ? 'absent' : 'present';
      const prev = out.get(s.id);
      // A concept said both ways ("no fever yesterday, feverish now") counts as present.
      if (!prev || (prev.choice === 'absent' && choice === 'present')) {
        out.set(s.id, { id: s.id, name: c.name, choice });
      }
    }
    return [...out.values()];
  }
}

/** A contiguous longer match hides shorter ones inside it ("food poisoning" is not poisoning). */
function dropContained<T extends Span>(spans: T[]): T[] {
  return spans.filter(
    (s) =>
      !spans.some(
        (o) =>
          o !== s &&
          o.contiguous &&
          o.start <= s.start &&
          o.end >= s.end &&
          (o.end - o.start > s.end - s.start ||
            (!s.contiguous && o.id !== s.id && o.end - o.start === s.end - s.start)),
      ),
  );
}

function inside(pos: number, spans: Span[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

const EN_POST_NEG = new Set(['absent', 'negative', 'none', 'denied', 'no', 'nil']);

function negatedEn(toks: string[], span: Span, spans: Span[]): boolean {
  // "photophobia absent", "rash: none"
  const after = toks[span.end];
  if (after !== undefined && EN_POST_NEG.has(after) && !inside(span.end, spans)) return true;
  for (let i = span.start - 1; i >= 0 && i >= span.start - 8; i--) {
    const t = toks[i]!;
    if (EN_SCOPE_END.has(t)) return false;
    // "no fever, cough or rash": a comma continues a list that started with a cue.
    if (t === ',') {
      if (!listContinues(toks, i, spans)) return false;
      continue;
    }
    if (EN_NEG.has(t) && !inside(i, spans)) return true;
  }
  return false;
}

function listContinues(toks: string[], comma: number, spans: Span[]): boolean {
  for (let i = comma - 1; i >= 0 && i >= comma - 4; i--) {
    const t = toks[i]!;
    if (t === '|' || t === ',') return false;
    if (EN_NEG.has(t) && !inside(i, spans)) return true;
  }
  return false;
}

const ZH_NEG = ['没有', '并无', '从未', '否认', '不是', '没', '无', '不', '未'];
const ZH_NOT_NEG =
  /^(不时|不停|不断|不止|不适|不舒服|不规律|不规则|不了|不清|不到|不少|不好|不能|不住|不管用|不行|不起|不下|不上|不出|不过|不动|不敢|不对|不得|无力|无法|无缘无故|没劲|没力|没精神|没胃口|没用|没法|没办法)/;
const ZH_BREAK = /[，,。；;！!？?|、]|但|可是|却|现在|还有|又/;

function negatedZh(text: string, span: Span, spans: Span[]): boolean {
  const from = Math.max(0, span.start - 8);
  for (let pos = span.start - 1; pos >= from; pos--) {
    const ch = text[pos]!;
    if (ZH_BREAK.test(ch) && ch !== '、') return false;
    // "没发烧有咳嗽": a fresh 有 right before opens a positive statement.
    if (ch === '有' && text[pos - 1] !== '没' && pos < span.start - 1) return false;
    for (const cue of ZH_NEG) {
      if (text.startsWith(cue, pos) && !inside(pos, spans) && !ZH_NOT_NEG.test(text.slice(pos)))
        return true;
    }
  }
  return false;
}
