/**
 * Reads a pack's journey for what it lacks (gaps in custody) and what went wrong on the way
 * (temperature excursions).
 */
import type { JourneyEvent, ProductRecord, TraceAlert } from '../types';
import { alerts, dateText } from './alerts';

/** Journey events in time order (stable for equal times). */
export function orderedJourney(events: readonly JourneyEvent[]): JourneyEvent[] {
  return events
    .map((event, index) => ({ event, index, at: Date.parse(event.occurred_at) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((e) => e.event);
}

/**
 * Gaps in the chain of custody: no manufacturing record, a shipment never received before the
 * pack was stored or dispensed, an import with no customs clearance.
 */
export function journeyGaps(events: readonly JourneyEvent[], product: ProductRecord): TraceAlert[] {
  const found: TraceAlert[] = [];
  if (events[0]?.type !== 'manufactured') {
    found.push(
      alerts.journeyGap(
        'No manufacturing record: the origin of this pack is unknown.',
        '缺少生产记录：该药品包装来源不明。',
      ),
    );
  }
  let inTransit: JourneyEvent | undefined;
  for (const event of events) {
    if (event.type === 'shipped') {
      inTransit = event;
    } else if (event.type === 'received') {
      inTransit = undefined;
    } else if (inTransit && (event.type === 'stored' || event.type === 'dispensed')) {
      const on = dateText(inTransit.occurred_at);
      const by = inTransit.party.name;
      const at = event.party.name;
      found.push(
        alerts.journeyGap(
          `Shipped by ${by.en} on ${on.en}, but no receipt is recorded before it reached ${at.en}.`,
          `${by['zh-CN']}于${on['zh-CN']}发货，但在到达${at['zh-CN']}之前没有收货记录。`,
        ),
      );
      inTransit = undefined;
    }
  }
  if (product.imported && !events.some((e) => e.type === 'customs_cleared')) {
    found.push(
      alerts.journeyGap(
        'No customs clearance is recorded for this imported pack.',
        '该进口药品包装缺少海关通关记录。',
      ),
    );
  }
  return found;
}

/** One alert per journey step whose temperature left the allowed range. */
export function temperatureExcursions(
  events: readonly JourneyEvent[],
  product: ProductRecord,
): TraceAlert[] {
  const found: TraceAlert[] = [];
  for (const event of events) {
    const t = event.temperature;
    if (!t) continue;
    const allowedMin = t.allowed_min_c ?? product.temperatureRange?.min;
    const allowedMax = t.allowed_max_c ?? product.temperatureRange?.max;
    const outside =
      t.excursion === true ||
      (allowedMin !== undefined && t.min_c < allowedMin) ||
      (allowedMax !== undefined && t.max_c > allowedMax);
    if (!outside) continue;
    found.push(
      alerts.temperatureExcursion(t.min_c, t.max_c, allowedMin ?? t.min_c, allowedMax ?? t.max_c, {
        party: event.party.name,
        place: event.place.name,
      }),
    );
  }
  return found;
}
