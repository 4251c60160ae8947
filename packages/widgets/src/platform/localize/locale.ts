/** The languages every Apotheca widget speaks. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** A supported widget locale. */
export type Locale = (typeof LOCALES)[number];

/** The locale used when neither `locale` nor any ancestor `lang` names a supported one. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Maps a BCP 47 tag (`zh`, `zh-Hans-CN`, `en-GB`, …) to a supported locale, or `undefined` when
 * the language is not one we ship.
 *
 * @example
 * ```ts
 * toLocale('zh-Hans'); // 'zh-CN'
 * toLocale('fr'); // undefined
 * ```
 */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'zh') return 'zh-CN';
  if (language === 'en') return 'en';
  return undefined;
}
