/**
 * RFC 5545 building blocks shared by every calendar feed (consultations, refill reminders): local
 * times with `TZID`, a VTIMEZONE built from the zone's real offset changes, TEXT escaping and
 * line folding. Times always carry their zone, so no calendar app reads them as floating.
 */
import { localParts, zoneOffsetMinutes, zoneTransitions } from './index';

const DAY_MS = 86_400_000;
const encoder = new TextEncoder();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A local `DATE-TIME` (`YYYYMMDDTHHMMSS`) of `instant` in `timeZone`, for `DTSTART;TZID=…:`.
 *
 * @example
 * ```ts
 * icsLocalStamp(new Date('2027-03-29T01:00:00Z'), 'Asia/Shanghai'); // '20270329T090000'
 * ```
 */
export function icsLocalStamp(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/**
 * A UTC `DATE-TIME` (`YYYYMMDDTHHMMSSZ`), for `DTSTAMP`.
 *
 * @example
 * ```ts
 * icsUtcStamp(new Date('2027-03-29T01:00:00Z')); // '20270329T010000Z'
 * ```
 */
export function icsUtcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, newline, comma and semicolon.
 *
 * @example
 * ```ts
 * icsText('Take 1; with food, twice'); // 'Take 1\\; with food\\, twice'
 * ```
 */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r?\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');
}

/**
 * Folds a content line longer than 75 octets (RFC 5545 §3.1), never inside a UTF-8 character:
 * continuation lines start with one space, which counts towards their 75.
 *
 * @example
 * ```ts
 * foldIcsLine(`SUMMARY:${'x'.repeat(100)}`).split('\r\n').length; // 2
 * ```
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/**
 * The VTIMEZONE of `timeZone` with every offset change from a year before `from` to a year after
 * `to` (one STANDARD block when the zone has none, e.g. `Asia/Shanghai`).
 *
 * @example
 * ```ts
 * icsTimeZone('Europe/London', new Date('2027-03-01Z'), new Date('2027-04-01Z'))[0]; // 'BEGIN:VTIMEZONE'
 * ```
 */
export function icsTimeZone(timeZone: string, from: Date, to: Date = from): string[] {
  const start = new Date(from.getTime() - 366 * DAY_MS);
  const end = new Date(to.getTime() + 366 * DAY_MS);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const transitions = zoneTransitions(timeZone, start, end);
  if (transitions.length === 0) {
    const o = zoneOffsetMinutes(start, timeZone);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${utcOffset(o)}`,
      `TZOFFSETTO:${utcOffset(o)}`,
      'END:STANDARD',
    );
  }
  for (const t of transitions) {
    // DTSTART of an observance is the local time in the offset in force before it.
    const kind = t.offsetTo > t.offsetFrom ? 'DAYLIGHT' : 'STANDARD';
    const localBefore = new Date(t.at.getTime() + t.offsetFrom * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${icsUtcStamp(localBefore).replace('Z', '')}`,
      `TZOFFSETFROM:${utcOffset(t.offsetFrom)}`,
      `TZOFFSETTO:${utcOffset(t.offsetTo)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * Joins content lines into a calendar document: each folded, CRLF line ends (RFC 5545 §3.1).
 *
 * @example
 * ```ts
 * icsDocument(['BEGIN:VCALENDAR', 'END:VCALENDAR']); // 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'
 * ```
 */
export function icsDocument(lines: readonly string[]): string {
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
