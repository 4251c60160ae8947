import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A code-split chunk loaded once, on demand; see {@link lazyChunk}. */
export interface LazyChunk<Module> {
  /** Loads the chunk (once); a failed load (offline) is retried on the next call. */
  load(): Promise<Module>;
  /** Starts loading without waiting (a failure surfaces on the next real `load()`). */
  prefetch(): void;
}

/**
 * Wraps a dynamic `import()` so a widget can keep heavy code (the SDK, a decoder) out of its
 * first load and fetch it exactly once.
 *
 * @example
 * ```ts
 * const sdk = lazyChunk(() => import('./sdk-kit'));
 * const { trace } = await sdk.load();
 * ```
 */
export function lazyChunk<Module>(importer: () => Promise<Module>): LazyChunk<Module> {
  let pending: Promise<Module> | undefined;
  const load = (): Promise<Module> => {
    pending ??= importer().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return {
    load,
    prefetch() {
      load().catch(() => undefined);
    },
  };
}

/** What a host must be for {@link PrefetchController}: an element that renders reactively. */
export type PrefetchHost = ReactiveControllerHost & HTMLElement;

/**
 * Prefetches a {@link LazyChunk} when the person first reaches for the widget (focus, pointer,
 * touch) or when the page is idle, whichever comes first, so the chunk never delays the page's
 * first render and is usually there before it is needed.
 *
 * @example
 * ```ts
 * class MyWidget extends ApothecaElement {
 *   #prefetch = new PrefetchController(this, sdk);
 * }
 * ```
 */
export class PrefetchController implements ReactiveController {
  readonly #host: PrefetchHost;
  readonly #chunk: LazyChunk<unknown>;
  #idle: number | undefined;

  constructor(host: PrefetchHost, chunk: LazyChunk<unknown>) {
    this.#host = host;
    this.#chunk = chunk;
    host.addController(this);
  }

  readonly #prefetch = (): void => this.#chunk.prefetch();

  hostConnected(): void {
    for (const type of ['focusin', 'pointerenter', 'touchstart']) {
      this.#host.addEventListener(type, this.#prefetch, { once: true, passive: true });
    }
    if (typeof requestIdleCallback === 'function') {
      this.#idle = requestIdleCallback(this.#prefetch, { timeout: 5000 });
    }
  }

  hostDisconnected(): void {
    for (const type of ['focusin', 'pointerenter', 'touchstart']) {
      this.#host.removeEventListener(type, this.#prefetch);
    }
    if (this.#idle !== undefined) cancelIdleCallback(this.#idle);
    this.#idle = undefined;
  }
}
