import type { Locale } from './locale';

// Intl formatters are costly to build; widgets re-render often.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${locale}${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${locale}${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * Formats a calendar date (`YYYY-MM-DD`, as in an expiry) without shifting it across time zones.
 *
 * @example
 * ```ts
 * formatDate('en', '2027-01-31'); // 'Jan 31, 2027'
 * ```
 */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Formats an RFC 3339 instant in the reader's own time zone. */
export function formatDateTime(locale: Locale, isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Formats a temperature in degrees Celsius (`5 °C`, `−2.5 °C`). */
export function formatCelsius(locale: Locale, value: number): string {
  return numberFormat(locale, {
    style: 'unit',
    unit: 'celsius',
    maximumFractionDigits: 1,
  }).format(value);
}

/** Formats a count (`1,234`). */
export function formatCount(locale: Locale, value: number): string {
  return numberFormat(locale, {}).format(value);
}
