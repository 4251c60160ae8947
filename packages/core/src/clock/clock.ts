/**
 * Where the client gets time from: attempt timeouts, deadlines, retry waits, token expiry and
 * `Retry-After` dates all read it, so tests inject a manual clock instead of racing real timers
 * (decision 0004).
 *
 * @example
 * ```ts
 * // A clock whose timers fire only when the test moves time on.
 * let now = 0;
 * const timers: { at: number; fire: () => void }[] = [];
 * const clock: Clock = {
 *   now: () => now,
 *   setTimer: (fire, ms) => {
 *     const timer = { at: now + ms, fire };
 *     timers.push(timer);
 *     return () => timers.splice(timers.indexOf(timer), 1);
 *   },
 * };
 * ```
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `callback` once after `ms`; the returned function cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

/** The real clock: `Date.now` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** Waits `ms` on `clock`, rejecting with the signal's reason as soon as `signal` aborts. */
export function sleepOn(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      cancel();
      reject(signal?.reason);
    };
    const cancel = clock.setTimer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
