import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter, validateResidentId } from './index';

/** A well-formed number for a birth date and sequence. */
function make(region: string, birth: string, seq: string): string {
  const first17 = `${region}${birth.replaceAll('-', '')}${seq}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('validateResidentId', () => {
  it('accepts the GB 11643 example, with its X check character in either case', () => {
    expect(validateResidentId('11010519491231002X')).toEqual({
      valid: true,
      number: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(validateResidentId('11010519491231002x').valid).toBe(true);
  });

  it('says what is wrong', () => {
    expect(validateResidentId('11010519491231002')).toEqual({ valid: false, reason: 'length' });
    expect(validateResidentId('1101051949123100XX')).toEqual({ valid: false, reason: 'format' });
    expect(validateResidentId('01010519491231002X')).toEqual({ valid: false, reason: 'format' });
    expect(validateResidentId('110105194912310021')).toEqual({
      valid: false,
      reason: 'check_character',
    });
    expect(validateResidentId(make('440300', '1956-02-30', '001'))).toEqual({
      valid: false,
      reason: 'birth_date',
    });
    expect(
      validateResidentId(make('440300', '2030-01-01', '001'), { today: '2026-06-01' }),
    ).toEqual({
      valid: false,
      reason: 'birth_date',
    });
  });

  it('checks the birth date on record', () => {
    const id = make('440300', '1956-03-14', '002');
    expect(validateResidentId(id, { birthDate: '1956-03-14' }).valid).toBe(true);
    expect(validateResidentId(id, { birthDate: '1956-03-15' })).toEqual({
      valid: false,
      reason: 'birth_date_mismatch',
    });
  });

  const birthArb = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const regionArb = fc.integer({ min: 110000, max: 659999 }).map(String);
  const seqArb = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));

  it('property: every generated number is valid and decodes its birth date and sex', () => {
    fc.assert(
      fc.property(regionArb, birthArb, seqArb, (region, birth, seq) => {
        const r = validateResidentId(make(region, birth, seq), { birthDate: birth });
        expect(r).toMatchObject({
          valid: true,
          birthDate: birth,
          sex: Number(seq[2]) % 2 ? 'male' : 'female',
        });
      }),
    );
  });

  it('property: changing any one digit of the first 17 breaks the check character', () => {
    fc.assert(
      fc.property(
        regionArb,
        birthArb,
        seqArb,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (region, birth, seq, pos, delta) => {
          const id = make(region, birth, seq);
          const digit = (Number(id[pos]) + delta) % 10;
          const changed = id.slice(0, pos) + digit + id.slice(pos + 1);
          const r = validateResidentId(changed);
          // MOD 11-2 catches every single-digit substitution: the number is never valid.
          expect(r.valid).toBe(false);
        },
      ),
    );
  });
});
