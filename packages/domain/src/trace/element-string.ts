import { fail } from './errors';
import { AI_LENGTH, type AiEntry, aiKey, aiStringByKey, entryByKey, lookupAi } from './table';
import type { AiPair } from './types';
import { describeChar, nameOf, validateValue } from './validate';

const GS = 0x1d;

/** Parsed elements with the input position of each AI. */
export interface Elements {
  ais: AiPair[];
  positions: number[];
}

/** Reads the AI at `s[pos..end)` and returns its table key; throws `unknown_ai` / `invalid_character`. */
function readAi(s: string, pos: number, end: number): number {
  let n = 0;
  let len = 2;
  for (let i = pos; i < pos + len; i++) {
    if (i >= end) fail('unknown_ai', `incomplete AI ${JSON.stringify(s.slice(pos, end))}`, pos);
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) {
      fail(
        i === pos ? 'invalid_character' : 'unknown_ai',
        `expected an AI (digits), found ${describeChar(s, i)}`,
        i,
      );
    }
    n = n * 10 + d;
    if (i === pos + 1) {
      len = AI_LENGTH[n] as number;
      if (len === 0)
        fail('unknown_ai', `unknown AI: no GS1 AI starts with ${s.slice(pos, pos + 2)}`, pos);
    }
  }
  const key = aiKey(len, n);
  if (entryByKey(key) === undefined)
    fail('unknown_ai', `unknown AI ${s.slice(pos, pos + len)}`, pos, s.slice(pos, pos + len));
  return key;
}

/** True when `s[from..end)` is a complete, valid element string (used for separator hints). */
function parsesCleanly(s: string, from: number, end: number): boolean {
  try {
    parseElementString(s, from, end, { ais: [], positions: [] }, false);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses a GS1 element string (FNC1 transmitted as GS) in `s[start..end)` into `out`. Leading,
 * doubled and trailing GS are tolerated, as is a superfluous GS after a predefined-length AI.
 */
export function parseElementString(
  s: string,
  start: number,
  end: number,
  out: Elements,
  hints = true,
): void {
  let pos = start;
  while (pos < end) {
    if (s.charCodeAt(pos) === GS) {
      pos++;
      continue;
    }
    const key = readAi(s, pos, end);
    const e = entryByKey(key) as AiEntry;
    const ai = aiStringByKey(key);
    const vstart = pos + ai.length;
    let vend: number;
    if (e.fixed) {
      vend = vstart + e.max;
      let i = vstart;
      while (i < vend && i < end && s.charCodeAt(i) !== GS) i++;
      if (i < vend)
        fail(
          'invalid_length',
          `${nameOf(ai)} must be ${e.max} digits, got ${i - vstart}${i < end ? ' before GS' : ''}`,
          vstart,
          ai,
        );
    } else {
      vend = s.indexOf('\x1d', vstart);
      if (vend < 0 || vend > end) vend = end;
    }
    if (!e.fixed && vend - vstart > e.max) {
      for (let k = e.min; hints && k <= e.max; k++) {
        const d0 = s.charCodeAt(vstart + k) - 48;
        const d1 = s.charCodeAt(vstart + k + 1) - 48;
        if (
          d0 >= 0 &&
          d0 <= 9 &&
          d1 >= 0 &&
          d1 <= 9 &&
          AI_LENGTH[d0 * 10 + d1] &&
          parsesCleanly(s, vstart + k, end)
        ) {
          fail(
            'missing_separator',
            `${nameOf(ai)} is ${vend - vstart} characters, max ${e.max}: GS separator missing before AI ${s.slice(vstart + k, vstart + k + 2)}…?`,
            vstart + k,
            ai,
          );
        }
      }
      fail(
        'invalid_length',
        `${nameOf(ai)} must be at most ${e.max} ${e.label}, got ${vend - vstart}`,
        vstart,
        ai,
      );
    }
    validateValue(ai, e, s, vstart, vend, vstart);
    out.ais.push([ai, s.slice(vstart, vend)]);
    out.positions.push(pos);
    pos = vend;
  }
}

/** Width of `(digits)` at `s[i..]` when it is a bracketed AI (2–4 digits), else 0. */
function bracketAiAt(s: string, i: number, end: number): number {
  if (s.charCodeAt(i) !== 40) return 0;
  for (let j = i + 1; j < end && j <= i + 5; j++) {
    const c = s.charCodeAt(j);
    if (c === 41) return j - i > 2 ? j - i + 1 : 0;
    if (c < 48 || c > 57) return 0;
  }
  return 0;
}

/**
 * Parses bracketed GS1 data `(01)09506000134352(17)261231…` in `s[start..end)`. Spaces around
 * AIs and values are ignored; `(` inside a value is data unless it starts `(digits)`, and `\(` is
 * always data.
 */
export function parseBracketed(s: string, start: number, end: number, out: Elements): void {
  let pos = start;
  while (pos < end) {
    if (s.charCodeAt(pos) === 32) {
      pos++;
      continue;
    }
    const w = bracketAiAt(s, pos, end);
    if (w === 0)
      fail(
        'unknown_ai',
        `expected an AI in brackets such as (01), found ${describeChar(s, pos)}`,
        pos,
      );
    const ai = s.slice(pos + 1, pos + w - 1);
    const e = lookupAi(ai);
    if (e === undefined) fail('unknown_ai', `unknown AI (${ai})`, pos, ai);
    let vstart = pos + w;
    while (vstart < end && s.charCodeAt(vstart) === 32) vstart++;
    let i = vstart;
    let escaped = false;
    while (i < end && !bracketAiAt(s, i, end)) {
      if (s.charCodeAt(i) === 92 && s.charCodeAt(i + 1) === 40) {
        escaped = true;
        i++;
      }
      i++;
    }
    let vend = i;
    while (vend > vstart && s.charCodeAt(vend - 1) === 32) vend--;
    let value = s.slice(vstart, vend);
    if (escaped) value = value.replace(/\\\(/g, '(');
    validateValue(ai, e, value, 0, value.length, vstart);
    out.ais.push([ai, value]);
    out.positions.push(pos + 1);
    pos = i;
  }
}
