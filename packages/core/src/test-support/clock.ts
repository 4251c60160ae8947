// A manual clock and a fetch that never answers on its own, for tests of timeouts, deadlines and
// aborts without real delays (not part of the published entry).
import type { Clock } from '../clock/clock';

/** A {@link Clock} whose timers fire only when the test calls `advance`. */
export interface ManualClock extends Clock {
  /** Moves time on by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void;
  /** How many timers are waiting. */
  readonly pending: number;
}

export function manualClock(start = 1_800_000_000_000): ManualClock {
  let now = start;
  let timers: { at: number; fire: () => void }[] = [];
  return {
    now: () => now,
    setTimer(fire, ms) {
      const timer = { at: now + ms, fire };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fire();
      }
      now = until;
    },
    get pending() {
      return timers.length;
    },
  };
}

/**
 * A `fetch` whose requests hang until the test answers them or their signal aborts (then it
 * rejects with the abort reason, as fetch does). `next()` resolves with the next request sent.
 */
export function hangingFetch() {
  const waiting: ((request: Request) => void)[] = [];
  const sent: Request[] = [];
  const answers = new Map<Request, (response: Response) => void>();
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    return new Promise<Response>((resolve, reject) => {
      const { signal } = request;
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      answers.set(request, resolve);
      sent.push(request);
      waiting.shift()?.(request);
    });
  };
  let seen = 0;
  return {
    fetch: fetch as typeof globalThis.fetch,
    sent,
    /** The next request sent (one already sent and not yet awaited counts). */
    next(): Promise<Request> {
      const index = seen++;
      const ready = sent[index];
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve) => waiting.push(resolve));
    },
    answer(request: Request, response: Response): void {
      answers.get(request)?.(response);
    },
  };
}
