import { describe, expect, it } from 'vitest';
import { checkSafety, type SafetyCheckInput } from './index';

const meds = (...texts: string[]) => texts.map((text) => ({ text }));

describe('duplicate therapy', () => {
  it('finds paracetamol hidden in a compound cold remedy', () => {
    const r = checkSafety({ medications: meds('白加黑', '对乙酰氨基酚') });
    const dup = r.alerts.find((a) => a.kind === 'duplicate_therapy');
    expect(dup?.severity).toBe('major');
    expect(dup?.mechanism.en).toContain('Paracetamol');
    expect(dup?.medications).toEqual([
      'med_paracetamol_pseudoephedrine_dextromethorphan',
      'med_paracetamol',
    ]);
  });

  it('finds two ACE inhibitors when one is inside a combination tablet', () => {
    const r = checkSafety({
      medications: meds('amlodipine and benazepril'),
      patient: { current_medications: meds('enalapril') },
    });
    expect(r.alerts.some((a) => a.kind === 'duplicate_therapy' && a.severity === 'major')).toBe(
      true,
    );
  });

  it('stays silent for intended combinations (basal + prandial insulin, statin + ezetimibe)', () => {
    expect(checkSafety({ medications: meds('insulin glargine', 'insulin aspart') }).alerts).toEqual(
      [],
    );
    expect(checkSafety({ medications: meds('ezetimibe and simvastatin') }).alerts).toEqual([]);
  });
});

describe('allergy cross-sensitivity', () => {
  const withAllergy = (drug: string, allergy: string) =>
    checkSafety({
      medications: meds(drug),
      patient: { allergies: [{ text: allergy }] },
    }).alerts.filter((a) => a.kind === 'drug_allergy');

  it('blocks a penicillin after penicillin anaphylaxis', () => {
    const [a] = withAllergy('amoxicillin', 'penicillin (anaphylaxis)');
    expect(a).toMatchObject({ severity: 'major', contraindicated: true });
  });

  it('treats a mild childhood penicillin rash as a minor note for a dissimilar cephalosporin', () => {
    const [a] = withAllergy('ceftriaxone', 'penicillin (non-severe rash in childhood)');
    expect(a).toMatchObject({ severity: 'minor', contraindicated: false });
  });

  it('raises similar-side-chain cephalosporins above dissimilar ones', () => {
    const similar = withAllergy('cefalexin', 'amoxicillin (anaphylaxis)')[0];
    const dissimilar = withAllergy('ceftriaxone', 'amoxicillin (anaphylaxis)')[0];
    expect(similar?.severity).toBe('major');
    expect(dissimilar?.severity).toBe('moderate');
  });

  it('does not extend a sulfonamide-antibiotic allergy to furosemide, thiazides or celecoxib', () => {
    for (const drug of ['furosemide', 'hydrochlorothiazide', 'celecoxib', 'gliclazide']) {
      expect(withAllergy(drug, 'sulfa (hives)'), drug).toEqual([]);
    }
    expect(withAllergy('co-trimoxazole', 'sulfa (hives)')[0]?.contraindicated).toBe(true);
  });

  it('lets COX-2 inhibitors through an NSAID allergy with a minor note and keeps paracetamol silent', () => {
    expect(withAllergy('celecoxib', 'ibuprofen (urticaria)')[0]?.severity).toBe('minor');
    expect(withAllergy('paracetamol', 'aspirin (asthma attack)')).toEqual([]);
  });

  it('ignores food allergies for drugs (egg and propofol)', () => {
    expect(withAllergy('propofol', '鸡蛋过敏')).toEqual([]);
  });
});

describe('resolution', () => {
  it('lists what it cannot resolve instead of dropping it', () => {
    const r = checkSafety({
      medications: meds('warfarin', 'flibbertigibbet'),
      patient: {
        allergies: [{ text: 'xyzzy allergy' }],
        conditions: [{ text: 'qwerty syndrome' }],
      },
    });
    expect(r.unresolved.map((u) => u.field)).toEqual([
      '/medications/1',
      '/patient/conditions/0',
      '/patient/allergies/0',
    ]);
    expect(r.resolved.find((x) => x.field === '/medications/0')?.id).toBe('med_warfarin');
  });

  it('reads eGFR, pregnancy and age out of condition text', () => {
    const r = checkSafety({
      medications: meds('metformin'),
      patient: { conditions: [{ text: 'eGFR 25' }, { text: '妊娠早期' }, { text: '82岁' }] },
    });
    expect(r.resolved.map((x) => `${x.type}:${x.type === 'medication' ? x.id : x.detail}`)).toEqual(
      ['medication:med_metformin', 'renal_function:25', 'pregnancy:trimester 1', 'age:82'],
    );
    expect(r.alerts[0]).toMatchObject({ kind: 'dose', severity: 'major', contraindicated: true });
  });

  it('says an empty record is empty, never safe', () => {
    const r = checkSafety({ medications: meds('amlodipine') });
    expect(r.outcome).toBe('ready');
    expect(r.notices.map((n) => n.code)).toContain('no_allergies_recorded');
  });

  it('blocks narcotic and psychotropic drugs online', () => {
    const r = checkSafety({ medications: meds('氨酚羟考酮片') });
    expect(r.outcome).toBe('blocked');
    expect(r.alerts[0]?.kind).toBe('online_restricted');
  });
});

describe('determinism', () => {
  it('gives identical output for identical input, whatever the order of calls', () => {
    const input: SafetyCheckInput = {
      medications: meds('clarithromycin', 'ibuprofen'),
      patient: {
        age: 80,
        egfr: 28,
        current_medications: meds('simvastatin', 'warfarin'),
        allergies: [],
        conditions: [{ text: 'heart failure' }],
      },
    };
    const first = JSON.stringify(checkSafety(input));
    checkSafety({ medications: meds('aspirin') });
    expect(JSON.stringify(checkSafety(input))).toBe(first);
    expect(checkSafety(input).outcome).toBe('blocked');
  });
});
