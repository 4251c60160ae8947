/**
 * The verification verdict: from a code, what the registry knows, the scan's context, location
 * and time, decide the status, whether the pack may be dispensed, and the alerts.
 * Pure: no storage, no clock of its own.
 */
import type {
  JourneyEvent,
  PackView,
  ProductRecord,
  TraceAlert,
  TraceCodeQuery,
  TraceContext,
  TraceStatus,
} from '../types';
import { alerts } from './alerts';
import { journeyGaps, orderedJourney, temperatureExcursions } from './journey';

/** A pack expiring within this many days raises `expires_soon`. */
export const EXPIRES_SOON_DAYS = 30;
/** A dispense can be reversed for this many days. */
export const REVERSAL_WINDOW_DAYS = 10;

const DAY_MS = 86_400_000;

/** What verification is judged on. */
export interface AssessInput {
  query: TraceCodeQuery;
  product: ProductRecord | null;
  pack: PackView | null;
  context: TraceContext;
  /** Where the scan happens; needed for clone detection. */
  locationId?: string;
  now: Date;
}

/** The verdict. */
export interface Assessment {
  status: TraceStatus;
  /** True only for an active, unexpired, genuine pack with no critical alert. */
  dispensable: boolean;
  /** Most severe first. */
  alerts: TraceAlert[];
  /** The pack's journey in time order (empty when no pack is registered). */
  journey: JourneyEvent[];
}

const SEVERITY_RANK: Record<TraceAlert['severity'], number> = { critical: 0, warning: 1, info: 2 };

/** Statuses from most to least decisive; the first that applies is the headline. */
const STATUS_PRECEDENCE: readonly TraceStatus[] = [
  'suspect',
  'recalled',
  'mismatch',
  'already_dispensed',
  'expired',
  'data_incomplete',
  'secondary_verification_required',
  'not_found',
  'verified',
];

/** Whole days from `now`'s UTC date to `date` (YYYY-MM-DD); negative once it has passed. */
export function daysUntil(date: string, now: Date): number {
  const today = Date.parse(now.toISOString().slice(0, 10));
  return Math.round((Date.parse(date) - today) / DAY_MS);
}

/** The end of the reversal window of a dispense made at `dispensedAt`. */
export function reversibleUntil(dispensedAt: string): Date {
  return new Date(Date.parse(dispensedAt) + REVERSAL_WINDOW_DAYS * DAY_MS);
}

function expiryAlerts(expiry: string, now: Date, found: TraceAlert[]): boolean {
  const days = daysUntil(expiry, now);
  if (days < 0) {
    found.push(alerts.expired(expiry));
    return true;
  }
  if (days <= EXPIRES_SOON_DAYS) found.push(alerts.expiresSoon(expiry, days));
  return false;
}

function contextAlerts(input: AssessInput, found: TraceAlert[]): void {
  const { product } = input;
  if (input.context !== 'dispense' || !product) return;
  if (product.prescription_only) found.push(alerts.prescriptionRequired());
  if (product.storage === 'cold_chain' && product.temperatureRange) {
    found.push(alerts.coldChainStorage(product.temperatureRange.min, product.temperatureRange.max));
  }
}

function finish(
  statuses: Set<TraceStatus>,
  found: TraceAlert[],
  active: boolean,
  journey: JourneyEvent[],
): Assessment {
  const status = STATUS_PRECEDENCE.find((s) => statuses.has(s)) ?? 'verified';
  // Array sort is stable, so alerts of equal severity keep the order they were found in.
  const sorted = [...found].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]);
  const dispensable =
    status === 'verified' && active && !sorted.some((a) => a.severity === 'critical');
  return { status, dispensable, alerts: sorted, journey };
}

/** Verdict for a code that names no registered pack. */
function assessUnregistered(input: AssessInput): Assessment {
  const { query, product } = input;
  const found: TraceAlert[] = [];
  const statuses = new Set<TraceStatus>();
  if (!product) {
    statuses.add('not_found');
    found.push(alerts.notFound(false));
  } else if (query.kind === 'gs1' && query.serial === undefined) {
    statuses.add('not_found');
    found.push(alerts.serialMissing());
  } else if (product.serialMapping === 'partial') {
    statuses.add('secondary_verification_required');
    found.push(alerts.serialUnmapped());
  } else {
    statuses.add('not_found');
    found.push(alerts.notFound(true));
  }
  // The code's own expiry is all there is to judge by.
  if (query.kind === 'gs1' && query.expiry !== undefined)
    expiryAlerts(query.expiry, input.now, found);
  contextAlerts(input, found);
  return finish(statuses, found, false, []);
}

/**
 * Assess a scanned code against the registry.
 *
 * @example
 * ```ts
 * const verdict = assessPack({ query, product, pack, context: 'dispense', now: new Date() });
 * if (!verdict.dispensable) showAlerts(verdict.alerts);
 * ```
 */
export function assessPack(input: AssessInput): Assessment {
  const { query, pack, now } = input;
  if (!pack) return assessUnregistered(input);
  const { record, status } = pack;
  const product = input.product;
  const found: TraceAlert[] = [];
  const statuses = new Set<TraceStatus>();

  // The code must say what the registry says about this serial.
  if (query.kind === 'gs1') {
    if (query.lot !== undefined && query.lot !== record.lot) {
      statuses.add('mismatch');
      found.push(alerts.lotMismatch(query.lot, record.lot));
    }
    if (query.expiry !== undefined && query.expiry !== record.expiry) {
      statuses.add('mismatch');
      found.push(alerts.expiryMismatch(query.expiry, record.expiry));
    }
  } else if (record.chinaCode !== undefined && query.code !== record.chinaCode) {
    statuses.add('mismatch');
    found.push(alerts.checkCodeMismatch());
  }

  switch (status.state) {
    case 'suspect':
      statuses.add('suspect');
      found.push(alerts.suspect());
      break;
    case 'stolen':
      statuses.add('suspect');
      found.push(alerts.stolen());
      break;
    case 'destroyed':
      statuses.add('suspect');
      found.push(alerts.destroyed(status.stateChangedAt));
      break;
    case 'locked':
      statuses.add('suspect');
      found.push(alerts.locked());
      break;
    case 'exported':
      statuses.add('suspect');
      found.push(alerts.exported());
      break;
    case 'recalled':
      statuses.add('recalled');
      found.push(alerts.recalled(record.lot));
      break;
    case 'sample':
      statuses.add('already_dispensed');
      found.push(alerts.sample());
      break;
    case 'dispensed':
      statuses.add('already_dispensed');
      dispensedAlerts(input, found);
      break;
    case 'expired':
      statuses.add('expired');
      found.push(alerts.expired(record.expiry));
      break;
    case 'active':
      break;
  }

  if (status.state !== 'expired' && expiryAlerts(record.expiry, now, found)) {
    statuses.add('expired');
  }

  const { journey, gaps, excursions } = journeyFindings(pack, product);
  if (gaps.length > 0) {
    statuses.add('data_incomplete');
    found.push(...gaps);
  }
  found.push(...excursions);
  contextAlerts(input, found);
  return finish(statuses, found, status.state === 'active', journey);
}

interface JourneyFindings {
  journey: JourneyEvent[];
  gaps: TraceAlert[];
  excursions: TraceAlert[];
}

/** Seed journeys never change: their findings are computed once per pack (the hot path). */
const seedFindings = new WeakMap<PackView['record'], JourneyFindings>();

function journeyFindings(pack: PackView, product: ProductRecord | null): JourneyFindings {
  const { record, status } = pack;
  const cacheable = status.events.length === 0 && product !== null;
  const cached = cacheable ? seedFindings.get(record) : undefined;
  if (cached) return cached;
  const journey = orderedJourney(
    status.events.length === 0 ? record.journey : [...record.journey, ...status.events],
  );
  const findings: JourneyFindings = {
    journey,
    gaps: product ? journeyGaps(journey, product) : [],
    excursions: product ? temperatureExcursions(journey, product) : [],
  };
  if (cacheable) seedFindings.set(record, findings);
  return findings;
}

function dispensedAlerts(input: AssessInput, found: TraceAlert[]): void {
  const dispensation = input.pack?.status.dispensation;
  const at = dispensation?.dispensedAt ?? input.pack?.status.stateChangedAt ?? '';
  const elsewhere =
    dispensation !== undefined &&
    input.locationId !== undefined &&
    input.locationId !== dispensation.locationId;
  // The clone alert leads: it is the more serious reading of the same fact.
  if (elsewhere) found.push(alerts.possibleClone(dispensation.dispensedAt));
  found.push(alerts.alreadyDispensed(at, input.context === 'dispense'));
  if (dispensation && !elsewhere && input.context === 'return' && input.locationId !== undefined) {
    const until = reversibleUntil(dispensation.dispensedAt);
    found.push(
      input.now < until
        ? alerts.reversalAvailable(until.toISOString())
        : alerts.reversalWindowExpired(),
    );
  }
}
