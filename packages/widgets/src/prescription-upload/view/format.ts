import type { Locale } from '../../platform/localize/index';

/** A file size in the patient's locale (`1.2 MB`, `850 kB`). */
export function formatSize(locale: Locale, bytes: number): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
}
