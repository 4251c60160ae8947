import type { Age } from '../types';

/** A stated duration, e.g. "for 3 days" or "两周". */
export interface Duration {
  value: number;
  unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
}

const EN_NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  few: 3,
  several: 3,
  couple: 2,
  half: 0.5,
};
const ZH_NUM: Record<string, number> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  半: 0.5,
  几: 3,
  好几: 3,
};
const EN_UNIT: Record<string, Duration['unit']> = {
  min: 'minute',
  minute: 'minute',
  hr: 'hour',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};
const ZH_UNIT: Record<string, Duration['unit']> = {
  分钟: 'minute',
  小时: 'hour',
  钟头: 'hour',
  天: 'day',
  日: 'day',
  周: 'week',
  星期: 'week',
  礼拜: 'week',
  个月: 'month',
  月: 'month',
  年: 'year',
};

function num(s: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s in EN_NUM) return EN_NUM[s];
  if (s in ZH_NUM) return ZH_NUM[s];
  if (/^十[一二三四五六七八九]$/.test(s)) return 10 + ZH_NUM[s[1]!]!;
  if (/^[二三四五六七八九]十$/.test(s)) return ZH_NUM[s[0]!]! * 10;
  return undefined;
}

const AGE_EN =
  /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(year|month|week|day)s?[- ]?old\b/i;
const AGE_ZH = /(\d+|[一二两三四五六七八九十]+)(岁|个月大|个月|周大)/;

/** Age where the text states one ("my 2-month-old", "75岁"). */
export function extractAge(text: string): Age | undefined {
  const en = AGE_EN.exec(text);
  if (en) {
    const v = num(en[1]!.toLowerCase());
    const u = en[2]!.toLowerCase();
    if (v !== undefined) {
      if (u === 'year') return { value: v, unit: 'year' };
      if (u === 'month') return { value: v, unit: 'month' };
      return { value: Math.round((u === 'week' ? v / 4.345 : v / 30.4) * 10) / 10, unit: 'month' };
    }
  }
  const zh = AGE_ZH.exec(text);
  if (zh) {
    const v = num(zh[1]!);
    if (v !== undefined) {
      if (zh[2] === '岁') return { value: v, unit: 'year' };
      if (zh[2] === '周大') return { value: Math.round((v / 4.345) * 10) / 10, unit: 'month' };
      return { value: v, unit: 'month' };
    }
  }
  return undefined;
}

const DUR_EN =
  /\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|half)\s*(?:of\s+)?(?:an?\s+)?(min|minute|hr|hour|day|week|month|year)s?\b(?![- ]?old)/i;
const DUR_ZH =
  /(\d+|好几|[一二两三四五六七八九十半几]+)(?:个)?(分钟|小时|钟头|天|日|周|星期|礼拜|个月|月|年)(?!大)/;

/** Duration where the text states one. */
export function extractDuration(text: string): Duration | undefined {
  const en = DUR_EN.exec(text);
  if (en) {
    const v = num(en[1]!.toLowerCase());
    const u = EN_UNIT[en[2]!.toLowerCase()];
    if (v !== undefined && u) return { value: v, unit: u };
  }
  if (/\b(since )?yesterday\b/i.test(text)) return { value: 1, unit: 'day' };
  if (/\b(this morning|since morning|tonight|just now)\b/i.test(text))
    return { value: 3, unit: 'hour' };
  const zh = DUR_ZH.exec(text);
  if (zh) {
    const v = num(zh[1]!);
    const u = ZH_UNIT[zh[2]!];
    if (
      v !== undefined &&
      u &&
      !/岁/.test(text.slice(zh.index + zh[0].length, zh.index + zh[0].length + 1))
    ) {
      return { value: v, unit: u };
    }
  }
  if (/昨天/.test(text)) return { value: 1, unit: 'day' };
  if (/今天早上|今早|刚才|刚刚|早上开始|从早上/.test(text)) return { value: 3, unit: 'hour' };
  return undefined;
}

/** Hours in a duration, for rules such as "cough over 3 weeks". */
export function durationHours(d: Duration): number {
  const h = { minute: 1 / 60, hour: 1, day: 24, week: 168, month: 730, year: 8760 }[d.unit];
  return d.value * h;
}

/** Concept ids implied by measured values (temperature, pulse, breathing rate, oxygen, BP). */
export function vitalSignConcepts(text: string): { id: string; choice: 'present' | 'absent' }[] {
  const out: { id: string; choice: 'present' | 'absent' }[] = [];
  const temp =
    /(\d{2}(?:\.\d)?)\s*(?:°|度|℃|c\b|celsius)/i.exec(text) ??
    /(?:temp(?:erature)?|fever|体温|发烧|烧到)\D{0,4}(\d{2}(?:\.\d)?)/i.exec(text);
  if (temp) {
    const t = Number(temp[1]);
    if (t >= 35 && t <= 43) {
      if (t >= 38) out.push({ id: 'fever', choice: 'present' });
      else if (t < 37.5) out.push({ id: 'fever', choice: 'absent' });
      if (t >= 39) out.push({ id: 'high_fever', choice: 'present' });
    }
  }
  const pulse = /(?:pulse|heart rate|hr|心率|脉搏)\D{0,20}?(\d{2,3})/i.exec(text);
  if (pulse && Number(pulse[1]) >= 120) out.push({ id: 'fast_pulse', choice: 'present' });
  const rr = /(?:respiratory rate|breathing rate|rr|呼吸频率|呼吸)\D{0,6}(\d{2})/i.exec(text);
  if (rr && Number(rr[1]) >= 25) out.push({ id: 'fast_breathing', choice: 'present' });
  const spo2 = /(?:oxygen|sats?|spo2|saturation|血氧)\D{0,12}(\d{2})\s*%/i.exec(text);
  if (spo2 && Number(spo2[1]) < 92) out.push({ id: 'low_oxygen', choice: 'present' });
  const bp = /(\d{2,3})\s*\/\s*(\d{2,3})/.exec(text);
  if (bp && (Number(bp[1]) >= 180 || Number(bp[2]) >= 120))
    out.push({ id: 'severe_hypertension', choice: 'present' });
  if (bp && Number(bp[1]) < 90 && Number(bp[1]) >= 40)
    out.push({ id: 'low_blood_pressure', choice: 'present' });
  const gcs = /gcs\D{0,3}(\d{1,2})/i.exec(text);
  if (gcs && Number(gcs[1]) < 15) out.push({ id: 'sudden_confusion', choice: 'present' });
  const peak = /peak flow\D{0,12}(\d{2})\s*%/i.exec(text);
  if (peak && Number(peak[1]) < 50)
    out.push({ id: 'severe_breathing_difficulty', choice: 'present' });
  const glucose = /(?:glucose|blood sugar|sugar|血糖)\D{0,6}(\d{1,2}(?:\.\d)?)\s*(?:mmol)?/i.exec(
    text,
  );
  if (glucose && Number(glucose[1]) < 4)
    out.push({ id: 'hypoglycaemia_symptoms', choice: 'present' });
  if (glucose && Number(glucose[1]) > 15) out.push({ id: 'high_blood_sugar', choice: 'present' });
  return out;
}
