/**
 * Offline red-flag screen: small enough to run in the symptom-checker widget as the patient types.
 * It holds only the red-flag rules and the concepts they mention.
 *
 * @example
 * ```ts
 * import { screenText } from '@apotheca/domain/triage/red-flags';
 * const { flags } = screenText('胸口压榨样疼痛，出冷汗');
 * if (flags.length > 0) showCallEmergencyBanner(flags[0].name);
 * ```
 */
import { toConcepts } from '../knowledge/concept-table';
import { KNOWLEDGE_VERSION } from '../knowledge/version';
import { createParser, type ParseResult } from '../text/parse';
import type { Bilingual, EvidenceItem } from '../types';
import { RED_FLAG_CONCEPT_ROWS } from './concepts';
import { RED_FLAG_RULES, type RedFlagRule } from './rules';
import { type ScreenPatient, triggeredRules } from './screen';

export { KNOWLEDGE_VERSION, RED_FLAG_RULES, type RedFlagRule, type ScreenPatient };

/** A red flag that holds, as the API reports it. */
export interface RedFlag {
  id: string;
  name: Bilingual;
  source: string;
}

/** The bilingual red flag a matched rule reports. */
export function toRedFlag(r: RedFlagRule): RedFlag {
  return { id: r.id, name: { en: r.en, 'zh-CN': r.zh }, source: r.source };
}

/** Red flags that hold on already-coded evidence. */
export function screenRedFlags(
  evidence: readonly EvidenceItem[],
  patient: ScreenPatient = {},
): RedFlag[] {
  return triggeredRules(RED_FLAG_RULES, evidence, patient).map(toRedFlag);
}

const parseRedFlagText = createParser(toConcepts(RED_FLAG_CONCEPT_ROWS));

/** Parses free text (English or Chinese) with the red-flag vocabulary only, then screens it. */
export function screenText(
  text: string,
  patient: ScreenPatient = {},
): { flags: RedFlag[]; parsed: ParseResult } {
  const parsed = parseRedFlagText({ text });
  const ageMonths =
    patient.ageMonths ??
    (parsed.age
      ? parsed.age.unit === 'year'
        ? parsed.age.value * 12
        : parsed.age.value
      : undefined);
  const p: ScreenPatient = { ...patient };
  if (ageMonths !== undefined) p.ageMonths = ageMonths;
  return { flags: screenRedFlags(parsed.mentions, p), parsed };
}
