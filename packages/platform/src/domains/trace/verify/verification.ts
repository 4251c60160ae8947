/**
 * Assembles the contract's `TraceVerification` from a verdict and the registry's records.
 */
import type {
  Pack,
  PackView,
  Product,
  ProductRecord,
  TraceCodeQuery,
  TraceContext,
  TraceVerification,
} from '../types';
import { type Assessment, assessPack } from './assess';
import { toParsedTraceCode } from './code';

const publicProducts = new WeakMap<ProductRecord, Product>();

/** The contract's view of a product (the registry's working fields left out). */
export function toProduct(record: ProductRecord): Product {
  let product = publicProducts.get(record);
  if (!product) {
    const { originCountry, imported, serialMapping, temperatureRange, ...rest } = record;
    product = rest;
    publicProducts.set(record, product);
  }
  return product;
}

/** The contract's view of a pack. */
export function toPack(view: PackView): Pack {
  const { record, status } = view;
  const pack: Pack = {
    id: record.id,
    lot: record.lot,
    expiry: record.expiry,
    state: status.state,
    state_changed_at: status.stateChangedAt,
  };
  const serial = record.serial ?? record.chinaCode?.slice(7, 16);
  if (serial !== undefined) pack.serial = serial;
  // Lets a `return` scan lead straight to the reversal.
  if (status.state === 'dispensed' && status.dispensation) {
    pack.dispensation_id = status.dispensation.id;
  }
  return pack;
}

/** Everything a verification is made of. */
export interface VerificationInput {
  id: string;
  createdAt: string;
  query: TraceCodeQuery;
  product: ProductRecord | null;
  pack: PackView | null;
  context: TraceContext;
  locationId?: string;
  now: Date;
}

/**
 * Verify a code: the verdict and the full `TraceVerification` resource.
 *
 * @example
 * ```ts
 * const { verification } = buildVerification({ id: 'tv_1', createdAt, query, product, pack,
 *   context: 'inspect', now: new Date() });
 * ```
 */
export function buildVerification(input: VerificationInput): {
  verification: TraceVerification;
  assessment: Assessment;
} {
  const assessment = assessPack(input);
  const verification: TraceVerification = {
    id: input.id,
    object: 'trace_verification',
    status: assessment.status,
    context: input.context,
    dispensable: assessment.dispensable,
    code: toParsedTraceCode(input.query),
    product: input.product ? toProduct(input.product) : null,
    pack: input.pack ? toPack(input.pack) : null,
    journey: assessment.journey,
    alerts: assessment.alerts,
    created_at: input.createdAt,
  };
  if (input.locationId !== undefined) verification.location_id = input.locationId;
  return { verification, assessment };
}
