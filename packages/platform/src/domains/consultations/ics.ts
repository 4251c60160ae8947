/**
 * An RFC 5545 calendar for one scheduled consultation. Times carry `TZID` (the patient's zone)
 * with a VTIMEZONE built from the zone's real offset changes around the event, so no calendar
 * app can read them as floating local times (the missed-call story).
 */
import { localParts, zoneOffsetMinutes, zoneTransitions } from '@apotheca/domain/time';
import type { Doctor } from './doctors';
import type { ConsultationDoc } from './store';

const pad = (n: number) => String(n).padStart(2, '0');

function localStamp(instant: Date, zone: string): string {
  const p = localParts(instant, zone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

function offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
const text = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

/** Folds lines longer than 75 octets (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
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

/** The zone's observances from a year before the event to a year after. */
function vtimezone(zone: string, atMs: number): string[] {
  const from = new Date(atMs - 366 * 86_400_000);
  const to = new Date(atMs + 366 * 86_400_000);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const transitions = zoneTransitions(zone, from, to);
  if (transitions.length === 0) {
    const o = zoneOffsetMinutes(from, zone);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset(o)}`,
      `TZOFFSETTO:${offset(o)}`,
      'END:STANDARD',
    );
  }
  for (const t of transitions) {
    // DTSTART of an observance is the local time in the offset in force before it.
    const kind = t.offsetTo > t.offsetFrom ? 'DAYLIGHT' : 'STANDARD';
    const localBefore = new Date(t.at.getTime() + t.offsetFrom * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${utcStamp(localBefore).replace('Z', '')}`,
      `TZOFFSETFROM:${offset(t.offsetFrom)}`,
      `TZOFFSETTO:${offset(t.offsetTo)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The calendar of a scheduled consultation (CRLF line ends, as RFC 5545 requires). */
export function consultationCalendar(
  consultation: ConsultationDoc & { scheduled_at: string },
  doctor: Doctor,
  stamp: Date,
): string {
  const zone = consultation.patient_time_zone;
  const start = new Date(consultation.scheduled_at);
  const end = new Date(consultation.ends_at);
  const doctorLocal = consultation.scheduled_local?.doctor ?? '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apotheca//Consultations//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(zone, start.getTime()),
    'BEGIN:VEVENT',
    `UID:${consultation.id}@apotheca.example`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;TZID=${zone}:${localStamp(start, zone)}`,
    `DTEND;TZID=${zone}:${localStamp(end, zone)}`,
    `SUMMARY:${text(`${consultation.type === 'video' ? 'Video' : 'Text'} consultation with ${doctor.name.en} / ${doctor.name['zh-CN']}`)}`,
    `DESCRIPTION:${text(`${doctor.hospital.en}. The doctor's local time: ${doctorLocal} (${doctor.time_zone}). Join from 10 minutes before the start.`)}`,
    'STATUS:CONFIRMED',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'DESCRIPTION:Your consultation starts in 15 minutes',
    'TRIGGER:-PT15M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
