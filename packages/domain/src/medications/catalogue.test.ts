import { describe, expect, it } from 'vitest';
import { CLASS_TABLES } from './data/ingredients';
import {
  getIngredient,
  getMedication,
  listIngredients,
  listMedications,
  lookupInsuranceCode,
  searchMedications,
} from './index';

const top = (q: string): string | undefined => searchMedications(q, { limit: 1 })[0]?.medication.id;

describe('catalogue data', () => {
  it('holds at least 250 ingredients, every one with a bilingual name and a class', () => {
    const all = listIngredients();
    expect(all.length).toBeGreaterThanOrEqual(250);
    for (const i of all) {
      expect(i.name.en, i.id).not.toBe('');
      expect(i.name['zh-CN'], i.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives every non-herbal ingredient a valid ATC code', () => {
    for (const i of listIngredients().filter((x) => !x.tags.includes('herbal'))) {
      expect(i.atc.length, i.id).toBeGreaterThan(0);
      for (const code of i.atc) expect(code, i.id).toMatch(/^[A-Z]\d\d[A-Z]{0,2}(\d\d)?$/);
    }
  });

  it('marks approval numbers as fictitious and keeps insurance codes unique', () => {
    const codes = new Set<string>();
    for (const m of listMedications()) {
      expect(m.approval_number).toMatch(/^国药准字SBX[HZ]\d{8}$/);
      for (const c of m.insurance_codes) {
        expect(codes.has(c.code), c.code).toBe(false);
        codes.add(c.code);
      }
    }
  });

  it('answers a superseded insurance code with its replacement', () => {
    const med = listMedications().find((m) =>
      m.insurance_codes.some((c) => c.status === 'superseded'),
    )!;
    const old = med.insurance_codes.find((c) => c.status === 'superseded')!;
    const hit = lookupInsuranceCode(old.code.toLowerCase());
    expect(hit?.medication.id).toBe(med.id);
    expect(hit?.current).toBe(old.replaced_by);
    expect(lookupInsuranceCode('XSBX-NOPE')).toBeUndefined();
  });

  it('lists every ingredient of a compound cold remedy (paracetamol inside 氨酚伪麻美芬片)', () => {
    const med = searchMedications('氨酚伪麻美芬片')[0]!.medication;
    expect(med.ingredients.map((i) => i.ingredient_id)).toEqual([
      'paracetamol',
      'pseudoephedrine',
      'dextromethorphan',
    ]);
    expect(med.ingredients[0]!.strength).toEqual({ value: 325, unit: 'mg' });
    expect(med.dispensing).toBe('otc_a');
  });

  it('records China control classes and antimicrobial grades', () => {
    expect(getMedication('med_morphine')?.control).toBe('narcotic');
    expect(getMedication('med_triazolam')?.control).toBe('psychotropic_1');
    expect(getMedication('med_alprazolam')?.control).toBe('psychotropic_2');
    expect(getMedication('med_tramadol_paracetamol')?.control).toBe('psychotropic_2');
    expect(getMedication('med_pseudoephedrine')?.control).toBe('precursor');
    // A compound is not controlled just because one ingredient alone is.
    expect(getMedication('med_pseudoephedrine_chlorphenamine')?.control).toBe('none');
    expect(getMedication('med_meropenem')?.antimicrobial_grade).toBe('special');
    expect(getMedication('med_amoxicillin')?.essential).toBe(true);
  });

  it('has one table per class id and keeps the knowledge tags on each ingredient', () => {
    const classes = new Set(CLASS_TABLES.map((t) => t.cls));
    expect(classes.size).toBe(CLASS_TABLES.length);
    expect(getIngredient('clarithromycin')?.tags).toContain('3a4_strong');
  });
});

describe('searchMedications', () => {
  it.each([
    ['warfarin', 'med_warfarin'],
    ['华法林', 'med_warfarin'],
    ['华法林钠片', 'med_warfarin'],
    ['acetaminophen', 'med_paracetamol'],
    ['扑热息痛', 'med_paracetamol'],
    ['Lipitor', 'med_atorvastatin'],
    ['立普妥', 'med_atorvastatin'],
    ['泰诺', 'med_paracetamol_pseudoephedrine_dextromethorphan_chlorphenamine'],
    ['新康泰克', 'med_pseudoephedrine_chlorphenamine'],
    ['Bactrim', 'med_co_trimoxazole'],
    ['aspirin 100 mg daily', 'med_aspirin'],
  ])('finds %s', (q, id) => expect(top(q)).toBe(id));

  it.each([
    ['ibuprofne', 'med_ibuprofen'],
    ['amoxicilin', 'med_amoxicillin'],
    ['clarithromicin', 'med_clarithromycin'],
    ['simvastatine', 'med_simvastatin'],
    ['氯吡格瑞', 'med_clopidogrel'],
  ])('tolerates the typo %s', (q, id) => expect(top(q)).toBe(id));

  it('ranks compounds that contain an ingredient after the single-ingredient product', () => {
    const ids = searchMedications('paracetamol').map((m) => m.medication.id);
    expect(ids[0]).toBe('med_paracetamol');
    expect(ids).toContain('med_paracetamol_pseudoephedrine_dextromethorphan');
  });

  it('returns nothing for text that names no drug', () => {
    expect(searchMedications('zzzzqqq')).toEqual([]);
    expect(searchMedications('')).toEqual([]);
  });
});
