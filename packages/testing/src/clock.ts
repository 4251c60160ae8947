/** A clock tests move by hand; pass `clock.now` as the platform's `now`. */
export interface TestClock {
  now(): Date;
  /** Jumps to an RFC 3339 time. */
  set(iso: string): void;
  /** Moves forward by `ms`. */
  advance(ms: number): void;
}

/**
 * A hand-moved clock starting at `iso` (time in tests comes from here, never from sleeps).
 *
 * @example
 * ```ts
 * const clock = createClock('2026-11-23T12:00:00Z');
 * const sandbox = createTestPlatform({ now: clock.now });
 * clock.advance(11 * 24 * 3600_000); // past the 10-day reversal window
 * ```
 */
export function createClock(iso: string): TestClock {
  let current = Date.parse(iso);
  if (Number.isNaN(current)) throw new Error(`createClock: not a time: ${iso}`);
  return {
    now: () => new Date(current),
    set(next) {
      current = Date.parse(next);
    },
    advance(ms) {
      current += ms;
    },
  };
}
