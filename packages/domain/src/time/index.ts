/**
 * Calendar arithmetic in named IANA time zones, dependency-free: zone offsets come from
 * `Intl.DateTimeFormat`, so a 09:00 slot in Europe/London stays 09:00 London across the
 * daylight-saving switch. Never add "24 hours" to move a day: move the local date and resolve
 * the local time again.
 *
 * @example
 * ```ts
 * import { formatInZone, zonedTimeToUtc } from '@apotheca/domain/time';
 * const at = zonedTimeToUtc({ date: '2027-03-29', time: '09:00' }, 'Europe/London');
 * formatInZone(at!, 'Asia/Shanghai'); // '2027-03-29T16:00:00+08:00'
 * ```
 */

/** Local wall-clock fields of an instant in a zone. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Whether `timeZone` is an IANA zone name this runtime knows.
 *
 * @example
 * ```ts
 * isValidTimeZone('Europe/London'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 * ```
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock fields of `instant` in `timeZone`.
 *
 * @example
 * ```ts
 * localParts(new Date('2027-01-01T00:00:00Z'), 'Asia/Shanghai').hour; // 8
 * ```
 */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 0,
    day: out.day ?? 0,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/**
 * The UTC offset of `timeZone` at `instant`, in minutes east of UTC (London in summer: 60).
 *
 * @example
 * ```ts
 * zoneOffsetMinutes(new Date('2027-07-01T12:00:00Z'), 'Europe/London'); // 60
 * ```
 */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function parseDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function parseTime(time: string): [number, number] {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`Not an HH:MM time: ${time}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`, or `null` when that
 * local time does not exist (skipped by a spring-forward switch). An ambiguous time (repeated
 * by a fall-back switch) resolves to its first occurrence.
 *
 * @example
 * ```ts
 * zonedTimeToUtc({ date: '2027-10-31', time: '09:00' }, 'Europe/London')?.toISOString();
 * // '2027-10-31T09:00:00.000Z' (GMT again after the switch)
 * ```
 */
export function zonedTimeToUtc(
  local: { date: string; time: string },
  timeZone: string,
): Date | null {
  const [y, mo, d] = parseDate(local.date);
  const [h, mi] = parseTime(local.time);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Try the offsets in force a day either side: one of them is the right one unless the local
  // time falls in a gap. The smaller UTC result is the first occurrence of an ambiguous time.
  const candidates = new Set<number>();
  for (const probe of [wall - 86_400_000, wall, wall + 86_400_000]) {
    candidates.add(wall - zoneOffsetMinutes(new Date(probe), timeZone) * 60_000);
  }
  const matches = [...candidates]
    .filter((utc) => {
      const p = localParts(new Date(utc), timeZone);
      return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wall;
    })
    .sort((a, b) => a - b);
  return matches.length > 0 ? new Date(matches[0] as number) : null;
}

/**
 * RFC 3339 with the zone's offset at that instant, to the second.
 *
 * @example
 * ```ts
 * formatInZone(new Date('2027-03-29T08:00:00Z'), 'Asia/Shanghai'); // '2027-03-29T16:00:00+08:00'
 * ```
 */
export function formatInZone(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const offset = zoneOffsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The local calendar date (`YYYY-MM-DD`) of `instant` in `timeZone`.
 *
 * @example
 * ```ts
 * localDate(new Date('2027-01-01T20:00:00Z'), 'Asia/Shanghai'); // '2027-01-02'
 * ```
 */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * A plain calendar date moved by `days` (no zone involved: dates have no hours to lose).
 *
 * @example
 * ```ts
 * addDays('2027-03-27', 2); // '2027-03-29'
 * ```
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parseDate(date);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return moved.toISOString().slice(0, 10);
}

/**
 * The ISO weekday of a calendar date: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * isoWeekday('2027-03-29'); // 1
 * ```
 */
export function isoWeekday(date: string): number {
  const [y, m, d] = parseDate(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The first instant of the new offset. */
  at: Date;
  offsetFrom: number;
  offsetTo: number;
}

/**
 * The offset changes of `timeZone` between two instants, found to the minute (for VTIMEZONE
 * blocks and for tests). Assumes at most one change per 24 hours, as in every real zone.
 *
 * @example
 * ```ts
 * zoneTransitions('Europe/London', new Date('2027-01-01Z'), new Date('2028-01-01Z'));
 * // [{ at: 2027-03-28T01:00Z, offsetFrom: 0, offsetTo: 60 }, { at: 2027-10-31T01:00Z, … }]
 * ```
 */
export function zoneTransitions(timeZone: string, from: Date, to: Date): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  const step = 86_400_000;
  let prev = from.getTime();
  let prevOffset = zoneOffsetMinutes(from, timeZone);
  while (prev < to.getTime()) {
    const next = Math.min(prev + step, to.getTime());
    const nextOffset = zoneOffsetMinutes(new Date(next), timeZone);
    if (nextOffset !== prevOffset) {
      // Binary search to the minute for the first instant with the new offset.
      let lo = prev;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffsetMinutes(new Date(mid), timeZone) === prevOffset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), offsetFrom: prevOffset, offsetTo: nextOffset });
    }
    prev = next;
    prevOffset = nextOffset;
  }
  return out;
}

export {
  foldIcsLine,
  icsDocument,
  icsLocalStamp,
  icsText,
  icsTimeZone,
  icsUtcStamp,
} from './ics';
