import type { Concept } from '../knowledge/concept-table';
import type { Age } from '../types';
import { ConceptMatcher, type Mention } from './matcher';
import {
  type Duration,
  durationHours,
  extractAge,
  extractDuration,
  vitalSignConcepts,
} from './quantities';

const AGE_TEXT = /\b\d+(?:\.\d+)?[- ]?(?:year|month|week|day)s?[- ]?old\b|\d+(?:岁|个月大|周大)/gi;

/** Request body of parsing free text: the text and, optionally, its locale. */
export interface ParseRequest {
  text: string;
  locale?: 'en' | 'zh-CN';
}

/** What `POST /v1/triage/parse` returns. */
export interface ParseResult {
  mentions: Mention[];
  age?: Age;
  duration?: Duration;
}

/** Builds a parser over a vocabulary (compiled on first use). */
export function createParser(concepts: readonly Concept[]): (req: ParseRequest) => ParseResult {
  let matcher: ConceptMatcher | undefined;
  return ({ text }) => {
    matcher ??= new ConceptMatcher(concepts);
    const m = matcher;
    const age = extractAge(text);
    const duration = extractDuration(text);
    // Ages are not durations or symptoms: "2-month-old" must not read as "for two months".
    const mentions = m.mentions(text.replace(AGE_TEXT, ' '));
    const byId = new Map(mentions.map((x) => [x.id, x]));
    const add = (id: string, choice: 'present' | 'absent', override: boolean) => {
      const c = m.concept(id);
      if (!c) return;
      if (byId.has(id) && !override) return;
      byId.set(id, { id, name: c.name, choice });
    };
    for (const v of vitalSignConcepts(text)) add(v.id, v.choice, true);
    if (duration) {
      const h = durationHours(duration);
      const cough = byId.get('cough')?.choice === 'present';
      if (h <= 24 && (duration.unit === 'minute' || duration.unit === 'hour'))
        add('onset_within_hours', 'present', false);
      if (h >= 14 * 24) add('symptoms_2_weeks', 'present', false);
      if (cough && h >= 21 * 24) add('cough_3_weeks', 'present', false);
    }
    const result: ParseResult = { mentions: [...byId.values()] };
    if (age) result.age = age;
    if (duration) result.duration = duration;
    return result;
  };
}
