/** The element's shadow root (widgets' roots are always open). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`no shadow root on <${element.localName}>`);
  return element.shadowRoot;
}

/** Queries inside the shadow root, failing loudly when absent. */
export function $<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`not found in <${element.localName}>: ${selector}`);
  return found;
}

/** The visible text of the shadow root, whitespace collapsed. */
export function text(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element focused inside the widget's shadow root. */
export function focused(element: Element): Element | null {
  return shadow(element).activeElement;
}

/**
 * Waits until `check` passes, re-checking each animation frame; gives up after `frames` frames
 * (counted, not timed, so a slow machine fails no test that a fast one passes).
 */
export async function until(check: () => boolean, frames = 600): Promise<void> {
  for (let frame = 0; !check(); frame++) {
    if (frame >= frames) throw new Error(`condition not met within ${frames} frames`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Creates a widget by tag (typed through `HTMLElementTagNameMap`) with `attributes` and
 * `properties`, attaches it to `parent` and waits for its first render.
 */
export async function mount<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string> = {},
  properties: Partial<HTMLElementTagNameMap[Tag]> = {},
  parent: HTMLElement = document.body,
): Promise<HTMLElementTagNameMap[Tag]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  parent.append(element);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Collects the events of `type` an element fires, typed through `HTMLElementEventMap`. */
export function record<K extends keyof HTMLElementEventMap>(
  element: EventTarget,
  type: K,
): Array<HTMLElementEventMap[K]> {
  const events: Array<HTMLElementEventMap[K]> = [];
  element.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

/** A promise with its resolve/reject exposed (to hold a request in its loading state). */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
