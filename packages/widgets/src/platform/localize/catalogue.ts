import type { Locale } from './locale';

/** A message is text, a function of typed parameters returning text, or a group of messages. */
export type Message =
  | string
  | ((...args: never[]) => string)
  | readonly string[]
  | { readonly [key: string]: Message };

/**
 * One catalogue per locale. The English catalogue's inferred type is the contract: every other
 * locale is declared with that type, so a missing key or a parameter mismatch fails the build.
 */
export type Catalogues<Messages extends Record<string, Message>> = Readonly<
  Record<Locale, Messages>
>;

/**
 * Picks the catalogue for a locale. The only way widgets read text, so both languages always go
 * through the same path.
 *
 * @example
 * ```ts
 * const m = messagesFor(platformMessages, 'zh-CN');
 * m.retry; // '重试'
 * ```
 */
export function messagesFor<Messages extends Record<string, Message>>(
  catalogues: Catalogues<Messages>,
  locale: Locale,
): Messages {
  return catalogues[locale];
}
