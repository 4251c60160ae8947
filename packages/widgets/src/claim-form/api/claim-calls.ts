import type { ApiController } from '../../platform/controllers/api-controller';
import type { ClaimApi, ClaimCreateParams, ClaimDraft, Medication } from './claim-api';

/** How many catalogue matches the item search shows. */
const MATCHES_SHOWN = 6;

/** The form's tracked calls. */
export function claimCalls(api: ApiController<ClaimApi>) {
  return {
    coverage: api.call(
      'coverage',
      (sdk, signal, patientId: string, policyId: string, serviceDate: string, provider?: string) =>
        sdk.coverageChecks.create(
          {
            patient_id: patientId,
            policy_id: policyId,
            service_date: serviceDate,
            ...(provider ? { provider } : {}),
          },
          { signal },
        ),
    ),
    medications: api.call(
      'medications',
      (sdk, signal, q: string): Promise<Medication[]> =>
        sdk.medications
          .list({ q, limit: MATCHES_SHOWN }, { signal })
          .toArray({ limit: MATCHES_SHOWN }),
    ),
    validate: api.call('validate', (sdk, signal, draft: ClaimDraft) =>
      sdk.claims.validate(draft, { signal }),
    ),
    estimate: api.call('estimate', (sdk, signal, params: ClaimCreateParams) => {
      const { attachments: _attachments, ...rest } = params;
      return sdk.claimEstimates.create(rest, { signal });
    }),
    submit: api.call('submit', (sdk, signal, params: ClaimCreateParams, key: string) =>
      sdk.claims.create(params, { signal, idempotencyKey: key }),
    ),
    upload: api.call('upload', (sdk, signal, file: Blob, key: string) =>
      sdk.upload(file, { signal, idempotencyKey: key }),
    ),
    status: api.call('status', (sdk, signal, id: string) => sdk.claims.retrieve(id, { signal })),
  };
}
