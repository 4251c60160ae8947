import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatInZone,
  isoWeekday,
  isValidTimeZone,
  localDate,
  zonedTimeToUtc,
  zoneOffsetMinutes,
  zoneTransitions,
} from './index';

const utc = (local: { date: string; time: string }, zone: string) =>
  zonedTimeToUtc(local, zone)?.toISOString() ?? null;

describe('named-zone calendar arithmetic', () => {
  it("keeps a London doctor's 09:00 at 09:00 London across the March and October switches", () => {
    // 2027: BST from Sun 28 March 01:00 UTC to Sun 31 October 01:00 UTC.
    expect(utc({ date: '2027-03-26', time: '09:00' }, 'Europe/London')).toBe(
      '2027-03-26T09:00:00.000Z',
    );
    expect(utc({ date: '2027-03-29', time: '09:00' }, 'Europe/London')).toBe(
      '2027-03-29T08:00:00.000Z',
    );
    expect(utc({ date: '2027-10-29', time: '09:00' }, 'Europe/London')).toBe(
      '2027-10-29T08:00:00.000Z',
    );
    expect(utc({ date: '2027-11-01', time: '09:00' }, 'Europe/London')).toBe(
      '2027-11-01T09:00:00.000Z',
    );
  });

  it('shows the same slot to a patient in Shanghai at a different local hour after the switch', () => {
    const before = zonedTimeToUtc({ date: '2027-03-26', time: '09:00' }, 'Europe/London');
    const after = zonedTimeToUtc({ date: '2027-03-29', time: '09:00' }, 'Europe/London');
    expect(formatInZone(before!, 'Asia/Shanghai')).toBe('2027-03-26T17:00:00+08:00');
    expect(formatInZone(after!, 'Asia/Shanghai')).toBe('2027-03-29T16:00:00+08:00');
    expect(formatInZone(after!, 'Europe/London')).toBe('2027-03-29T09:00:00+01:00');
  });

  it('handles New York, whose switches fall on other dates than London', () => {
    // 2027: EDT from 14 March; London still on GMT until 28 March: a 5-hour gap becomes 4.
    const ny = zonedTimeToUtc({ date: '2027-03-15', time: '09:00' }, 'America/New_York')!;
    expect(ny.toISOString()).toBe('2027-03-15T13:00:00.000Z');
    expect(formatInZone(ny, 'Europe/London')).toBe('2027-03-15T13:00:00+00:00');
    expect(formatInZone(ny, 'America/New_York')).toBe('2027-03-15T09:00:00-04:00');
    expect(zoneOffsetMinutes(new Date('2027-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
  });

  it('refuses a local time skipped by spring-forward and takes the first of a repeated one', () => {
    expect(zonedTimeToUtc({ date: '2027-03-28', time: '01:30' }, 'Europe/London')).toBeNull();
    expect(zonedTimeToUtc({ date: '2027-03-14', time: '02:30' }, 'America/New_York')).toBeNull();
    expect(utc({ date: '2027-10-31', time: '01:30' }, 'Europe/London')).toBe(
      '2027-10-31T00:30:00.000Z',
    );
  });

  it('moves dates on the calendar, not by 24 hours, and names weekdays', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(isoWeekday('2027-03-29')).toBe(1);
    expect(isoWeekday('2027-03-28')).toBe(7);
    expect(localDate(new Date('2027-01-01T20:00:00Z'), 'Asia/Shanghai')).toBe('2027-01-02');
    expect(localDate(new Date('2027-01-01T03:00:00Z'), 'America/New_York')).toBe('2026-12-31');
  });

  it('finds the offset changes of a zone to the minute, and none in Shanghai', () => {
    const year = [new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')] as const;
    expect(zoneTransitions('Europe/London', ...year)).toEqual([
      { at: new Date('2027-03-28T01:00:00Z'), offsetFrom: 0, offsetTo: 60 },
      { at: new Date('2027-10-31T01:00:00Z'), offsetFrom: 60, offsetTo: 0 },
    ]);
    expect(zoneTransitions('Asia/Shanghai', ...year)).toEqual([]);
  });

  it('knows real zone names only', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
