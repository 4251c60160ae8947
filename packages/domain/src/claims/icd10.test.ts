import { describe, expect, it } from 'vitest';
import { getIcd10, listIcd10, searchIcd10, suggestIcd10 } from './icd10';

describe('ICD-10 table', () => {
  it('holds a few hundred well-formed codes with both names, no duplicates', () => {
    const all = listIcd10();
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const e of all) {
      expect(e.code).toMatch(/^[A-Z][0-9]{2}(\.[0-9])?$/);
      expect(e.name.en.length).toBeGreaterThan(2);
      expect(e.name['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(all.map((e) => e.code)).size).toBe(all.length);
  });

  it('finds a code written with or without the dot, in any case', () => {
    expect(getIcd10('j069')?.code).toBe('J06.9');
    expect(getIcd10(' J06.9 ')?.name['zh-CN']).toBe('急性上呼吸道感染');
    expect(getIcd10('E11')?.name.en).toBe('Type 2 diabetes mellitus');
    expect(getIcd10('Q99.9')).toBeUndefined();
  });

  it('searches codes and names in both languages', () => {
    expect(searchIcd10('肺炎').map((e) => e.code)).toEqual(['J12.9', 'J15.9', 'J18.9']);
    expect(searchIcd10('migraine').map((e) => e.code)).toEqual(['G43.9']);
    expect(searchIcd10('J45').map((e) => e.code)).toEqual(['J45', 'J45.9']);
    expect(searchIcd10('  ')).toEqual([]);
  });

  it('suggests close matches for an unknown code, none for a known one', () => {
    expect(suggestIcd10('J06.8')[0]?.code).toBe('J06.9');
    expect(suggestIcd10('J60.9').map((e) => e.code)).toContain('J06.9'); // swapped digits
    expect(suggestIcd10('I1O').map((e) => e.code)).toContain('I10'); // letter O for zero
    expect(suggestIcd10('J06.9')).toEqual([]);
    expect(suggestIcd10('ZZZZZZ')).toEqual([]);
  });
});
