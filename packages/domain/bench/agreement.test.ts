/**
 * How many shared fixture cases each parser gets right (fields in `expect` equal, or an error
 * where an error is expected). Run: npx vitest run --config bench/vitest.config.ts
 */
import { expect, it } from 'vitest';
import { safeParseTraceCode, type TraceCode } from '../src/trace/index';
import { FIXTURES } from './corpus';
import { PEERS, type PeerParse } from './peers';

type Fields = Record<string, unknown>;

function oursFields(code: TraceCode): Fields {
  if (code.format === 'china') {
    return {
      code: code.code,
      drug_id: code.productCode,
      serial: code.serial,
      check: code.checkCode,
      label_serial: code.serial + code.checkCode,
    };
  }
  return {
    ...code,
    prod_date: code.productionDate,
    expiry_raw: code.ais.find(([ai]) => ai === '17')?.[1],
  };
}

function peerFields(p: PeerParse): Fields {
  const get = (ai: string) => p.ais.find(([a]) => a === ai)?.[1];
  const nhrn = Object.fromEntries(p.ais.filter(([a]) => /^71\d$/.test(a)));
  return {
    ais: p.ais,
    gtin: get('01'),
    sscc: get('00'),
    lot: get('10'),
    serial: get('21'),
    expiry: p.dates['17'],
    expiry_raw: get('17'),
    prod_date: p.dates['11'],
    nhrn: Object.keys(nhrn).length ? nhrn : undefined,
    symbology: p.symbology,
  };
}

function right(expected: Fields, result: Fields | null): boolean {
  if ('error' in expected) return result === null;
  if (result === null) return false;
  return Object.entries(expected).every(
    ([k, v]) => JSON.stringify(result[k]) === JSON.stringify(v),
  );
}

const parsers: Record<string, (s: string) => Fields | null> = {
  '@apotheca/trace': (s) => {
    const r = safeParseTraceCode(s);
    return r.ok ? oursFields(r.value) : null;
  },
};
for (const [name, peer] of Object.entries(PEERS)) {
  parsers[name] = (s) => {
    try {
      const p = peer.parse(s);
      return p.ais.length ? peerFields(p) : null;
    } catch {
      return null;
    }
  };
}

it('fixture agreement per parser', () => {
  const rows: string[] = [];
  const score: Record<string, number> = {};
  for (const [name, parse] of Object.entries(parsers)) {
    let n = 0;
    const byKind: Record<string, [number, number]> = {};
    for (const f of FIXTURES) {
      const ok = right(f.expect, parse(f.input));
      if (ok) n++;
      const k = byKind[f.kind] ?? [0, 0];
      byKind[f.kind] = k;
      k[0] += ok ? 1 : 0;
      k[1]++;
    }
    score[name] = n;
    const kinds = Object.entries(byKind)
      .map(([k, [a, b]]) => `${k} ${a}/${b}`)
      .join(', ');
    rows.push(`| ${name} | ${n}/${FIXTURES.length} | ${kinds} |`);
  }
  console.log(
    ['| parser | fixture cases right | by kind |', '| --- | --- | --- |', ...rows].join('\n'),
  );
  expect(score['@apotheca/trace']).toBe(FIXTURES.length);
});
