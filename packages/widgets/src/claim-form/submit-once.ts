/**
 * One submission intent: concurrent `run`s share the in-flight attempt (a double click is one
 * request), and `keyFor` hands out the same idempotency key for the same content until it
 * changes (a retry after a dropped connection reuses it; edited content is a new intent).
 *
 * @example
 * ```ts
 * const once = new SubmitOnce<Result>();
 * const key = once.keyFor(JSON.stringify(body), newIdempotencyKey);
 * await Promise.all([once.run(send), once.run(send)]); // `send` runs once
 * ```
 */
export class SubmitOnce<Result> {
  #intent: { fingerprint: string; key: string } | undefined;
  #inflight: Promise<Result> | undefined;

  /** Whether an attempt is on its way. */
  get pending(): boolean {
    return this.#inflight !== undefined;
  }

  /** Runs `attempt` unless one is already running, in which case its promise is shared. */
  run(attempt: () => Promise<Result>): Promise<Result> {
    this.#inflight ??= attempt().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** The idempotency key for this content: the same while the content stays the same. */
  keyFor(fingerprint: string, mint: () => string): string {
    if (this.#intent?.fingerprint !== fingerprint) this.#intent = { fingerprint, key: mint() };
    return this.#intent.key;
  }

  /** Forgets the intent (the form was reset). */
  reset(): void {
    this.#intent = undefined;
  }
}

/** The real clock (`Date.now`, `setTimeout`), without importing core into the first load. */
export const realClock = {
  now: (): number => Date.now(),
  setTimer(callback: () => void, ms: number): () => void {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
