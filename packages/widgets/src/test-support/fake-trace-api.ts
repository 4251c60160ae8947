import type {
  Dispensation,
  TraceApi,
  TraceCallOptions,
  TraceVerification,
} from '../trace-verifier/api/trace-api';
import { ApothecaTraceVerifier } from '../trace-verifier/trace-verifier';
import { dispensation, verification } from './verifications';

type Responder<T> = (body: unknown, options: TraceCallOptions) => T | Promise<T>;

/** An error shaped like the SDK's (`name`, `status`, `code`, `requestId`). */
export function apiError(name: string, status: number | undefined, code: string): Error {
  return Object.assign(new Error(code), { name, status, code, requestId: 'req_test123' });
}

/** A programmable {@link TraceApi} that records every call (tokens included, for assertions). */
export class FakeTraceApi implements TraceApi {
  verifyCalls: Array<{ body: unknown; options: TraceCallOptions }> = [];
  dispenseCalls: Array<{ body: unknown; options: TraceCallOptions & { idempotencyKey: string } }> =
    [];
  onVerify: Responder<TraceVerification> = () => verification('verified');
  onDispense: Responder<Dispensation> = () => dispensation();

  async verify(body: unknown, options: TraceCallOptions): Promise<TraceVerification> {
    this.verifyCalls.push({ body, options });
    return this.onVerify(body, options);
  }

  async dispense(
    body: unknown,
    options: TraceCallOptions & { idempotencyKey: string },
  ): Promise<Dispensation> {
    this.dispenseCalls.push({ body, options });
    return this.onDispense(body, options);
  }
}

/** The API the next created test verifier will use. */
let nextApi = new FakeTraceApi();

/** A verifier whose platform calls go to a {@link FakeTraceApi}. */
export class TestTraceVerifier extends ApothecaTraceVerifier {
  readonly fakeApi = nextApi;
  protected override async createTraceApi(): Promise<TraceApi> {
    return this.fakeApi;
  }
}

if (!customElements.get('test-trace-verifier')) {
  customElements.define('test-trace-verifier', TestTraceVerifier);
}

/** Creates a test verifier backed by `api`, with `attributes`, attached to `parent`. */
export function createTestVerifier(
  attributes: Record<string, string> = {},
  api = new FakeTraceApi(),
  parent: HTMLElement = document.body,
): TestTraceVerifier {
  nextApi = api;
  const element = document.createElement('test-trace-verifier') as TestTraceVerifier;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}

/** A promise with its resolve/reject exposed (to hold a request in its loading state). */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
