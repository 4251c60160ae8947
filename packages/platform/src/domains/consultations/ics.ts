/**
 * An RFC 5545 calendar for one scheduled consultation. Times carry `TZID` (the patient's zone)
 * with a VTIMEZONE built from the zone's real offset changes around the event, so no calendar
 * app can read them as floating local times (the missed-call story).
 */
import {
  icsDocument,
  icsLocalStamp,
  icsText,
  icsTimeZone,
  icsUtcStamp,
} from '@apotheca/domain/time';
import type { Doctor } from './doctors';
import type { ConsultationDoc } from './store';

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
    ...icsTimeZone(zone, start),
    'BEGIN:VEVENT',
    `UID:${consultation.id}@apotheca.example`,
    `DTSTAMP:${icsUtcStamp(stamp)}`,
    `DTSTART;TZID=${zone}:${icsLocalStamp(start, zone)}`,
    `DTEND;TZID=${zone}:${icsLocalStamp(end, zone)}`,
    `SUMMARY:${icsText(`${consultation.type === 'video' ? 'Video' : 'Text'} consultation with ${doctor.name.en} / ${doctor.name['zh-CN']}`)}`,
    `DESCRIPTION:${icsText(`${doctor.hospital.en}. The doctor's local time: ${doctorLocal} (${doctor.time_zone}). Join from 10 minutes before the start.`)}`,
    'STATUS:CONFIRMED',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'DESCRIPTION:Your consultation starts in 15 minutes',
    'TRIGGER:-PT15M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icsDocument(lines);
}
