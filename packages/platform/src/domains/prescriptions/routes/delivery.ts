/**
 * Delivery addresses a patient has used, so a refill of an essential chronic medicine to a new
 * address can be held for confirmation (a changed address is how diverted chronic drugs and
 * account takeovers show up).
 */
import type { Schema } from '@apotheca/api-spec';
import type { Transaction } from '../../../storage/types';
import { isoSeconds } from '../../../util/clock';
import { DELIVERY_ADDRESSES, type DeliveryAddressDoc } from '../store';

type Address = Schema<'DeliveryAddress'>;

/** The address compared case-, space- and punctuation-insensitively. */
export function normaliseAddress(a: Address): string {
  return [a.line1, a.line2 ?? '', a.city, a.province ?? '', a.postal_code ?? '', a.country ?? '']
    .map((part) =>
      part
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s,.，。、#-]+/g, ''),
    )
    .join('|');
}

const key = (patientId: string, a: Address) => `${patientId}|${normaliseAddress(a)}`;

/** Whether the patient has any delivery address on record, and whether `a` is one of them. */
export function addressHistory(
  tx: Transaction,
  patientId: string,
  a: Address,
): { any: boolean; known: boolean } {
  const addresses = tx.collection<DeliveryAddressDoc>(DELIVERY_ADDRESSES);
  const known = addresses.get(key(patientId, a)) !== undefined;
  if (known) return { any: true, known };
  const any =
    addresses.list({ limit: 1, filter: (d) => d.patient_id === patientId }).data.length > 0;
  return { any, known };
}

/** Records that the patient received medicines at `a`. */
export function rememberAddress(tx: Transaction, patientId: string, a: Address, at: Date): void {
  const addresses = tx.collection<DeliveryAddressDoc>(DELIVERY_ADDRESSES);
  const id = key(patientId, a);
  if (!addresses.get(id))
    addresses.put({ id, patient_id: patientId, first_used_at: isoSeconds(at) });
}
