/**
 * The drug-safety eval over HTTP: every case of `@apotheca/domain`'s fixtures becomes a
 * `POST /v1/safety-checks` request (all names in English, or all in Chinese) to a running sandbox,
 * and the answers are scored the way the domain package scores its engine: severity agreement on
 * the case's alert kind, majors flagged, alerts on true negatives, unresolved inputs.
 */
import { readFileSync } from 'node:fs';

type Severity = 'major' | 'moderate' | 'minor';
type Named = { name: string; zh: string };

/** One fixture line (`packages/domain/fixtures/drug-safety-cases*.jsonl`). */
export interface SafetyCase {
  id: string;
  kind: string;
  drugs: Named[];
  current?: Named[];
  conditions?: Named[];
  allergies?: Named[];
  patient?: Record<string, unknown>;
  expect: Severity | 'none';
  acceptable: (Severity | 'none')[];
  contraindicated?: boolean;
}

export type Lang = 'en' | 'zh';

interface Alert {
  kind: string;
  severity: Severity;
  contraindicated: boolean;
}

/** What the API answered (the fields scored). */
export interface SafetyCheckAnswer {
  alerts: Alert[];
  unresolved: { input: string }[];
}

export function readCases(url: URL): SafetyCase[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SafetyCase);
}

/** The fixtures' kind names mapped to the API's alert kinds (renal and age alerts are `dose`). */
const KINDS: Record<string, string> = {
  pregnancy: 'drug_pregnancy',
  renal: 'dose',
  age: 'dose',
  beers: 'dose',
};

/** The request body a case stands for, every name in one language. */
export function caseBody(c: SafetyCase, lang: Lang): Record<string, unknown> {
  const text = (x: Named) => ({ text: lang === 'en' ? x.name : x.zh });
  return {
    medications: c.drugs.map(text),
    patient: {
      ...(c.patient ?? {}),
      allergies: (c.allergies ?? []).map(text),
      conditions: (c.conditions ?? []).map(text),
      current_medications: (c.current ?? []).map(text),
    },
  };
}

export interface Metrics {
  cases: number;
  positives: number;
  severityAgreement: number;
  majors: number;
  majorsFlagged: number;
  negatives: number;
  falseAlerts: number;
  unresolved: number;
  failures: string[];
}

/** Scores one answer into `m`. */
export function score(m: Metrics, c: SafetyCase, lang: Lang, answer: SafetyCheckAnswer): void {
  m.cases++;
  m.unresolved += answer.unresolved.length;
  const tag = `${c.id}/${lang}`;
  if (answer.unresolved.length) {
    m.failures.push(`${tag}: unresolved ${answer.unresolved.map((u) => u.input).join(', ')}`);
  }
  const alerts = answer.alerts.map((a) => `${a.kind}:${a.severity}${a.contraindicated ? '!' : ''}`);
  if (c.kind === 'none') {
    m.negatives++;
    if (answer.alerts.length) {
      m.falseAlerts++;
      m.failures.push(`${tag}: false alert ${alerts.join(', ')}`);
    }
    return;
  }
  m.positives++;
  const kind = KINDS[c.kind] ?? c.kind;
  const relevant = answer.alerts.filter((a) => a.kind === kind);
  // Alerts come most severe first, as the engine orders them.
  const observed = relevant[0]?.severity ?? 'none';
  const ok =
    c.acceptable.includes(observed) &&
    (!c.contraindicated || relevant.some((a) => a.contraindicated));
  if (ok) m.severityAgreement++;
  else {
    m.failures.push(
      `${tag}: ${c.kind} expected ${c.acceptable.join('|')}${c.contraindicated ? ' (contraindicated)' : ''}, got ${observed} [${alerts.join(', ')}]`,
    );
  }
  if (c.expect === 'major') {
    m.majors++;
    if (observed === 'major') m.majorsFlagged++;
  }
}

/** Runs every case in one language through `post` (one safety check per case). */
export async function evaluateOverHttp(
  cases: readonly SafetyCase[],
  lang: Lang,
  post: (body: Record<string, unknown>) => Promise<{ status: number; body: unknown }>,
): Promise<Metrics> {
  const m: Metrics = {
    cases: 0,
    positives: 0,
    severityAgreement: 0,
    majors: 0,
    majorsFlagged: 0,
    negatives: 0,
    falseAlerts: 0,
    unresolved: 0,
    failures: [],
  };
  for (const c of cases) {
    const res = await post(caseBody(c, lang));
    if (res.status !== 201) throw new Error(`${c.id}/${lang}: HTTP ${res.status}`);
    score(m, c, lang, res.body as SafetyCheckAnswer);
  }
  return m;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** The Markdown table of the README ("Safety-check eval"). */
export function table(rows: readonly { set: string; lang: Lang; m: Metrics }[]): string {
  const lines = [
    '| set | language | cases | severity in acceptable range | majors flagged | false alerts on true negatives | unresolved inputs |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { set, lang, m } of rows) {
    lines.push(
      `| ${set} | ${lang === 'en' ? 'English' : 'Chinese'} | ${m.cases} | ${m.severityAgreement}/${m.positives} (${pct(m.severityAgreement, m.positives)}) | ${m.majorsFlagged}/${m.majors} (${pct(m.majorsFlagged, m.majors)}) | ${m.falseAlerts}/${m.negatives} | ${m.unresolved} |`,
    );
  }
  return lines.join('\n');
}
