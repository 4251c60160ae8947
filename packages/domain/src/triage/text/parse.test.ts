import { describe, expect, it } from 'vitest';
import { parse } from '../engine';

const choices = (text: string) =>
  Object.fromEntries(parse({ text }).mentions.map((m) => [m.id, m.choice]));

describe('parse', () => {
  it('maps English phrases to concept ids with bilingual names', () => {
    const r = parse({ text: 'Crushing chest pain spreading to my left arm', locale: 'en' });
    const chest = r.mentions.find((m) => m.id === 'chest_pain');
    expect(chest).toEqual({
      id: 'chest_pain',
      name: { en: 'Chest pain', 'zh-CN': '胸痛' },
      choice: 'present',
    });
    expect(r.mentions.map((m) => m.id)).toContain('pain_radiating_arm_jaw');
  });

  it('reads English negation, lists and postposed negation', () => {
    expect(choices('no fever')).toEqual({ fever: 'absent' });
    expect(choices('I do not have a cough')).toEqual({ cough: 'absent' });
    expect(choices('no fever, cough or rash')).toMatchObject({
      fever: 'absent',
      cough: 'absent',
      rash: 'absent',
    });
    expect(choices('photophobia absent')).toEqual({ photophobia: 'absent' });
    expect(choices('afebrile')).toEqual({ fever: 'absent' });
    expect(choices('normal bladder and bowel control')).toEqual({ bladder_bowel_loss: 'absent' });
  });

  it('ends negation at "but" and does not treat "cannot" as a negation', () => {
    expect(choices('no fever but a bad cough')).toMatchObject({
      fever: 'absent',
      cough: 'present',
    });
    expect(choices("I can't finish a sentence")).toEqual({ cannot_complete_sentences: 'present' });
    expect(choices('my inhaler is not helping')).toMatchObject({ reliever_not_working: 'present' });
  });

  it('corrects common misspellings', () => {
    expect(choices('diarhea and nausia')).toMatchObject({
      diarrhoea: 'present',
      nausea_vomiting: 'present',
    });
    expect(choices('short of breth')).toMatchObject({ breathlessness: 'present' });
    expect(choices('hay fevr')).toMatchObject({ seasonal_pattern: 'present' });
  });

  it('reads Chinese without spaces, with negation before and inside phrases', () => {
    expect(choices('不发烧')).toEqual({ fever: 'absent' });
    expect(choices('没有胸痛')).toEqual({ chest_pain: 'absent' });
    expect(choices('胸不痛，头也不疼')).toMatchObject({ chest_pain: 'absent', headache: 'absent' });
    expect(choices('没发烧，但是咳嗽得厉害')).toMatchObject({ fever: 'absent', cough: 'present' });
  });

  it('reads colloquial Chinese where 不 is part of the symptom', () => {
    expect(choices('腿疼，走不了路')).toMatchObject({
      leg_pain: 'present',
      unable_to_bear_weight: 'present',
    });
    expect(choices('心脏时不时扑腾')).toMatchObject({ palpitations: 'present' });
    expect(choices('喘不上气，说不完整一句话')).toMatchObject({
      breathlessness: 'present',
      cannot_complete_sentences: 'present',
    });
  });

  it('extracts ages and durations, and ages are not read as durations', () => {
    const en = parse({ text: 'my 2-month-old baby has had a fever for 3 days' });
    expect(en.age).toEqual({ value: 2, unit: 'month' });
    expect(en.duration).toEqual({ value: 3, unit: 'day' });
    expect(en.mentions.map((m) => m.id)).not.toContain('symptoms_2_weeks');
    const zh = parse({ text: '75岁，咳嗽两个月了' });
    expect(zh.age).toEqual({ value: 75, unit: 'year' });
    expect(zh.duration).toEqual({ value: 2, unit: 'month' });
    expect(zh.mentions.map((m) => m.id)).toContain('cough_3_weeks');
  });

  it('turns measured values into findings', () => {
    expect(choices('temperature 39.4')).toMatchObject({ fever: 'present', high_fever: 'present' });
    expect(choices('temperature 36.8')).toMatchObject({ fever: 'absent' });
    expect(choices('SpO2 89%')).toMatchObject({ low_oxygen: 'present' });
    expect(choices('BP 84/50')).toMatchObject({ low_blood_pressure: 'present' });
  });

  it('prefers the longer phrase: food poisoning is not an overdose', () => {
    expect(choices('food poisoning from a takeaway')).not.toHaveProperty('overdose_poisoning');
  });
});
