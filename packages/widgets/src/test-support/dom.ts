import type { ApothecaTraceVerifier } from '../trace-verifier/trace-verifier';

/** The element's shadow root (always open). */
export function shadow(element: ApothecaTraceVerifier): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** Queries inside the shadow root, failing loudly when absent. */
export function $<T extends Element = HTMLElement>(
  element: ApothecaTraceVerifier,
  selector: string,
): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

/** The visible text of the shadow root, whitespace collapsed. */
export function text(element: ApothecaTraceVerifier): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element focused inside the widget's shadow root. */
export function focused(element: ApothecaTraceVerifier): Element | null {
  return shadow(element).activeElement;
}

/** Waits until `check` passes (polling each animation frame), or fails after `timeout` ms. */
export async function until(check: () => boolean, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout)
      throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Collects the events of `type` an element fires. */
export function record<K extends keyof HTMLElementEventMap>(
  element: EventTarget,
  type: K,
): Array<HTMLElementEventMap[K]> {
  const events: Array<HTMLElementEventMap[K]> = [];
  element.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}
