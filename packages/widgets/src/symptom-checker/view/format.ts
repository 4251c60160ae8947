import type { Locale } from '../../platform/localize/index';

/** An instant as the clock on the wall shows it in `timeZone` (the patient's, named beside it). */
export function formatInZone(locale: Locale, iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}
