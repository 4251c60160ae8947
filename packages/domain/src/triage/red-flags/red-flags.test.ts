import { describe, expect, it } from 'vitest';
import { screenRedFlags, screenText } from './index';

describe('red-flag screen (offline entry)', () => {
  it('flags heart-attack warning signs in English and Chinese', () => {
    expect(screenText('crushing chest pain and I am sweating').flags.map((f) => f.id)).toContain(
      'rf_acs',
    );
    expect(screenText('胸口痛，出冷汗').flags.map((f) => f.id)).toContain('rf_acs');
  });

  it('flags FAST stroke signs from a single finding', () => {
    expect(screenText('her face is drooping on one side').flags.map((f) => f.id)).toEqual([
      'rf_stroke_face',
    ]);
    expect(screenText('说话含糊不清').flags.map((f) => f.id)).toEqual(['rf_stroke_speech']);
  });

  it('needs every clause: chest pain alone or palpitations alone are not red flags', () => {
    expect(screenText('chest pain').flags).toEqual([]);
    expect(screenText('palpitations on and off').flags).toEqual([]);
    expect(screenText('palpitations and chest tightness').flags.map((f) => f.id)).toContain(
      'rf_palpitations_unstable',
    );
  });

  it('respects negation: no chest pain means no flag', () => {
    expect(screenText('palpitations, no chest pain, no fainting').flags).toEqual([]);
    expect(screenText('心慌，没有胸痛').flags).toEqual([]);
  });

  it('uses age: fever is a red flag under 3 months only', () => {
    const ev = [{ id: 'fever', choice: 'present' as const }];
    expect(screenRedFlags(ev, { ageMonths: 2 }).map((f) => f.id)).toEqual(['rf_infant_fever']);
    expect(screenRedFlags(ev, { ageMonths: 4 })).toEqual([]);
    expect(screenText('my 6-week-old has a fever').flags.map((f) => f.id)).toEqual([
      'rf_infant_fever',
    ]);
  });

  it('uses sex: pregnancy rules apply to women', () => {
    const ev = [
      { id: 'pregnant', choice: 'present' as const },
      { id: 'abdominal_pain', choice: 'present' as const },
    ];
    expect(screenRedFlags(ev, { sex: 'female' }).map((f) => f.id)).toContain('rf_ectopic');
    expect(screenRedFlags(ev, { sex: 'male' })).toEqual([]);
  });

  it('never triggers on unknown or absent findings', () => {
    expect(screenRedFlags([{ id: 'facial_droop', choice: 'unknown' }])).toEqual([]);
    expect(screenRedFlags([{ id: 'facial_droop', choice: 'absent' }])).toEqual([]);
  });

  it('reports bilingual names and the source of each flag', () => {
    const [flag] = screenText('I want to kill myself').flags;
    expect(flag?.name['zh-CN']).toMatch(/自杀/);
    expect(flag?.source).toMatch(/NICE/);
  });
});
