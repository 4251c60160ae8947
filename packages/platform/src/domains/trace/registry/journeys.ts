/**
 * Builders for seeded journeys: compact step lists turned into contract `JourneyEvent`s.
 */
import { isoSeconds } from '../../../util/clock';
import type { JourneyEvent, TemperatureLog } from '../types';
import type { Actor } from './actors';

const DAY_MS = 86_400_000;

/** One step: days after the journey's start (fractions for hours), event type, who and where. */
export type Step = [
  days: number,
  type: JourneyEvent['type'],
  actor: Actor,
  temperature?: TemperatureLog,
];

/**
 * A journey starting at `start` (RFC 3339 UTC).
 *
 * @example
 * ```ts
 * journey('2026-03-10T02:00:00Z', [[0, 'manufactured', manufacturers.huakang]]);
 * ```
 */
export function journey(start: string, steps: Step[]): JourneyEvent[] {
  const base = Date.parse(start);
  return steps.map(([days, type, actor, temperature]) => {
    const event: JourneyEvent = {
      type,
      occurred_at: isoSeconds(new Date(base + Math.round(days * DAY_MS))),
      party: actor.party,
      place: actor.place,
    };
    if (temperature) event.temperature = temperature;
    return event;
  });
}

function log(
  min: number,
  max: number,
  readings: number,
  allowedMin: number,
  allowedMax: number,
): TemperatureLog {
  return {
    min_c: min,
    max_c: max,
    allowed_min_c: allowedMin,
    allowed_max_c: allowedMax,
    readings,
    excursion: min < allowedMin || max > allowedMax,
  };
}

/** A room-temperature log (Chinese Pharmacopoeia 常温: 10–30 °C). */
export function roomLog(min: number, max: number, readings: number): TemperatureLog {
  return log(min, max, readings, 10, 30);
}

/** A cold-chain log (2–8 °C). */
export function coldLog(min: number, max: number, readings: number): TemperatureLog {
  return log(min, max, readings, 2, 8);
}
