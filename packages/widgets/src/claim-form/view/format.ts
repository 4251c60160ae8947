import type { Locale } from '../../platform/localize/index';

/** Minor units as money in the reader's locale (`12345, CNY` → `¥123.45`). */
export function money(locale: Locale, amount: number, currency = 'CNY'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 100);
}
