import type { ApiController } from '../../platform/controllers/api-controller';
import type { AcceptedCode } from '../code/parse-code';
import type { TraceApi } from './trace-api';

/** What the calls read from the element when they run (so attribute changes apply). */
export interface TraceCallContext {
  readonly mode: 'verify' | 'dispense';
  readonly locationId: string | undefined;
  /** The sentence for a dispense refused because the pack's state changed. */
  readonly dispenseConflict: string;
}

/**
 * The verifier's two tracked calls. The code was parsed offline already (and any error
 * localized), so the SDK's own offline check is skipped.
 */
export function traceCalls(api: ApiController<TraceApi>, read: () => TraceCallContext) {
  return {
    verify: api.call('verify', (trace, signal, code: AcceptedCode) => {
      const { mode, locationId } = read();
      return trace.verifications.create(
        {
          code: code.raw,
          context: mode === 'dispense' ? 'dispense' : 'inspect',
          ...(locationId ? { location_id: locationId } : {}),
        },
        { signal, parseOffline: false },
      );
    }),
    dispense: api.call(
      'dispense',
      (trace, signal, code: string, locationId: string, idempotencyKey: string) =>
        trace.dispensations.create(
          { code, location_id: locationId },
          { signal, idempotencyKey, parseOffline: false },
        ),
      {
        describe: (problem) => (problem.kind === 'conflict' ? read().dispenseConflict : undefined),
      },
    ),
  };
}
