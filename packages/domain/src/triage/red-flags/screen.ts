import type { EvidenceItem } from '../types';
import type { RedFlagRule } from './rules';

/** Who the screen is about: age in months and sex narrow some rules (infants, pregnancy). */
export interface ScreenPatient {
  ageMonths?: number;
  sex?: 'male' | 'female';
}

function applies(rule: RedFlagRule, p: ScreenPatient): boolean {
  if (rule.sex && p.sex && rule.sex !== p.sex) return false;
  if (rule.ageMonths) {
    // Age-bound rules (infant fever, older adults' falls) need a known age.
    if (p.ageMonths === undefined) return false;
    if (p.ageMonths < rule.ageMonths[0] || p.ageMonths >= rule.ageMonths[1]) return false;
  }
  return true;
}

/** Rules that hold on this evidence. Present means present; unknown never triggers. */
export function triggeredRules(
  rules: readonly RedFlagRule[],
  evidence: readonly EvidenceItem[],
  patient: ScreenPatient = {},
): RedFlagRule[] {
  const present = new Set(evidence.filter((e) => e.choice === 'present').map((e) => e.id));
  return rules.filter(
    (r) => applies(r, patient) && r.when.every((clause) => clause.some((id) => present.has(id))),
  );
}

/**
 * Rules still open for this patient: every clause has a present or unknown concept and at least
 * one clause is already met. Their unknown concepts are the red-flag questions to ask.
 */
export function openRules(
  rules: readonly RedFlagRule[],
  evidence: readonly EvidenceItem[],
  patient: ScreenPatient,
): RedFlagRule[] {
  const present = new Set(evidence.filter((e) => e.choice === 'present').map((e) => e.id));
  const known = new Set(evidence.filter((e) => e.choice !== 'unknown').map((e) => e.id));
  return rules.filter(
    (r) =>
      applies(r, patient) &&
      r.when.some((c) => c.some((id) => present.has(id))) &&
      r.when.every((c) => c.some((id) => present.has(id) || !known.has(id))),
  );
}
