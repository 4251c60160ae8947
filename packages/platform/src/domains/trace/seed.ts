/**
 * Seeds the dispensations of the registry's already-dispensed packs, so they can be retrieved
 * (`GET /v1/trace/dispensations/disp_seed…`). Pack states need no seed (see `store.ts`).
 */
import { isoSeconds } from '../../util/clock';
import type { SeedContext } from '../types';
import type { TraceRegistry } from './registry';
import { DISPENSATIONS, type DispensationDoc } from './store';
import { reversibleUntil } from './verify/assess';

export function seedTrace(registry: TraceRegistry, { tx }: SeedContext): void {
  const dispensations = tx.collection<DispensationDoc>(DISPENSATIONS);
  for (const pack of registry.packs.values()) {
    const d = pack.dispensation;
    if (!d) continue;
    const doc: DispensationDoc = {
      id: d.id,
      object: 'dispensation',
      status: 'completed',
      pack_id: pack.id,
      product_id: pack.productId,
      location_id: d.locationId,
      dispensed_at: d.dispensedAt,
      reversible_until: isoSeconds(reversibleUntil(d.dispensedAt)),
      created_at: d.dispensedAt,
    };
    if (d.patientId !== undefined) doc.patient_id = d.patientId;
    dispensations.put(doc);
  }
}
