/**
 * Who may sign prescriptions: doctors, each tied to the id of the secret key that is their
 * credential. Reference data of the module (the sandbox seeds one doctor); a key that is not
 * here — the partner's own sandbox key, OAuth clients, widget sessions — can never sign.
 */
import type { Schema } from '@apotheca/api-spec';

/** A doctor and the credential that signs for them. */
export interface PrescriberRecord {
  prescriber: Omit<Schema<'Prescriber'>, 'credential'>;
  /** The secret key's id (`SecretKeyConfig.id`), never the key itself. */
  credentialId: string;
}

/** The seeded doctor (documented in docs/testing/sandbox.md); key `sk_test_doctor_wangjian`. */
export const SEEDED_PRESCRIBERS: readonly PrescriberRecord[] = [
  {
    prescriber: {
      id: 'doc_test_wangjian',
      name: { en: 'Dr Wang Jian', 'zh-CN': '王建' },
      license_number: 'SBX-110000-0001',
    },
    credentialId: 'key_test_doctor_wangjian',
  },
];

/** Looks a signing credential up. */
export interface PrescriberDirectory {
  byCredential(credentialId: string): PrescriberRecord | undefined;
}

/** A directory over `records` (default: the seeded doctor). */
export function prescriberDirectory(
  records: readonly PrescriberRecord[] = SEEDED_PRESCRIBERS,
): PrescriberDirectory {
  const map = new Map(records.map((r) => [r.credentialId, r]));
  return { byCredential: (id) => map.get(id) };
}
