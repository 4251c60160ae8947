/**
 * Widgets default to the language of their nearest `lang` ancestor, and portals switch language by
 * changing `lang` at run time. One observer for the whole document tells every subscribed widget.
 */
const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever any `lang` attribute in the document changes; returns the unsubscribe.
 *
 * @example
 * ```ts
 * const stop = observeLang(() => element.requestUpdate());
 * stop();
 * ```
 */
export function observeLang(onChange: () => void): () => void {
  subscribers.add(onChange);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const subscriber of subscribers) subscriber();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    subscribers.delete(onChange);
    if (subscribers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
