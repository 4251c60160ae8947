import type { ClientOptions } from '@apotheca/core';
import type { ReactiveController } from 'lit';
import type { ApothecaElement } from '../element/apotheca-element';
import { describeProblem, isAbort, type Problem } from '../errors/problem';

/**
 * Builds a widget's API surface (a `Pick<…Resource, …>` of its domain package) over a client
 * with these options. It lives in the widget's lazy SDK chunk, so core stays out of the first load.
 */
export type ApiFactory<Api> = (options: ClientOptions) => Api;

/** Where a call is: not started (or aborted), on its way, answered, or failed. */
export type CallState<Value> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'complete'; value: Value }
  | {
      status: 'error';
      problem: Problem;
      /** The patient-facing sentence for the problem, in the widget's current locale. */
      message: string;
      /** "Reference: req_…" when the API answered, for support. */
      reference?: string;
    };

/** Chooses a widget-specific sentence for a problem; `undefined` keeps the platform's. */
export type DescribeProblem = (problem: Problem) => string | undefined;

/** Runs one operation against the API surface; must pass `signal` on to the SDK call. */
export type CallRunner<Api, Args extends unknown[], Value> = (
  api: Api,
  signal: AbortSignal,
  ...args: Args
) => Promise<Value>;

/**
 * One kind of API call of a widget (e.g. `verify`), with its state for rendering. A new run
 * aborts the previous one; `retry()` repeats the last run with the same arguments (so a
 * dispense retry reuses its idempotency key when the key is one of them).
 */
export class ApiCall<Api, Args extends unknown[], Value> {
  #state: CallState<Value> = { status: 'idle' };
  #args: Args | undefined;
  #request: AbortController | undefined;

  constructor(
    private readonly controller: ApiController<Api>,
    /** Reported as `operation` in `apotheca-error`. */
    readonly operation: string,
    private readonly runner: CallRunner<Api, Args, Value>,
    private readonly describe: DescribeProblem | undefined,
  ) {}

  /** The state of the latest run. */
  get state(): CallState<Value> {
    return this.#state;
  }

  /** Starts the call; resolves with its final state (`idle` when it was aborted or superseded). */
  async run(...args: Args): Promise<CallState<Value>> {
    this.abort();
    const request = new AbortController();
    this.#request = request;
    this.#args = args;
    this.#set({ status: 'pending' });
    let next: CallState<Value>;
    try {
      const api = await this.controller.api();
      await this.controller.host.ensureSession();
      // Aborted while the chunk or the token was still on its way: never start the request.
      if (request.signal.aborted) return { status: 'idle' };
      next = { status: 'complete', value: await this.runner(api, request.signal, ...args) };
    } catch (error) {
      if (isAbort(error) || request.signal.aborted) return { status: 'idle' };
      next = this.#failed(error);
    }
    if (request.signal.aborted) return { status: 'idle' };
    this.#request = undefined;
    this.#set(next);
    return next;
  }

  /** Runs again with the last arguments. */
  retry(): Promise<CallState<Value>> {
    if (!this.#args) return Promise.resolve(this.#state);
    return this.run(...this.#args);
  }

  /** Cancels a pending run (the SDK aborts the request and any retry wait). */
  abort(): void {
    const request = this.#request;
    this.#request = undefined;
    if (!request) return;
    request.abort();
    this.#set({ status: 'idle' });
  }

  /** Forgets the last result. */
  reset(): void {
    this.abort();
    this.#set({ status: 'idle' });
  }

  #failed(error: unknown): CallState<Value> {
    const host = this.controller.host;
    const problem = host.reportError(this.operation, error);
    // Core already asked for a fresh token once: a 401 now means the session is over.
    if (problem.kind === 'session' && problem.code !== 'session_expired') {
      host.expireSession('expired');
    }
    const state: CallState<Value> = {
      status: 'error',
      problem,
      message: this.describe?.(problem) ?? describeProblem(problem, host.platformText),
    };
    if (problem.requestId) state.reference = host.platformText.reference(problem.requestId);
    return state;
  }

  #set(state: CallState<Value>): void {
    this.#state = state;
    this.controller.host.requestUpdate();
  }
}

/**
 * Gives a widget its API surface and tracked calls: one client per API base and session (core
 * adds the token, refreshes it once on a 401 through the widget's `tokenProvider`, retries with
 * the same idempotency key), pending / complete / error state per call, problems turned into
 * patient-facing words, and every pending call aborted when the widget leaves the page.
 *
 * @example
 * ```ts
 * #api = new ApiController(this, async () => (await sdk.load()).createTraceApi);
 * #verify = this.#api.call('verify', (api, signal, code: string) =>
 *   api.verifications.create({ code }, { signal }),
 * );
 * // later: const state = await this.#verify.run(code);
 * ```
 */
export class ApiController<Api> implements ReactiveController {
  readonly #load: () => Promise<ApiFactory<Api>>;
  readonly #calls: Array<ApiCall<Api, never[], unknown>> = [];
  #cached: { key: string; options: unknown; api: Api } | undefined;

  constructor(
    readonly host: ApothecaElement,
    load: () => Promise<ApiFactory<Api>>,
  ) {
    this.#load = load;
    host.addController(this);
  }

  /** Declares a call; its `state` drives rendering. */
  call<Args extends unknown[], Value>(
    operation: string,
    runner: CallRunner<Api, Args, Value>,
    options: { describe?: DescribeProblem } = {},
  ): ApiCall<Api, Args, Value> {
    const call = new ApiCall(this, operation, runner, options.describe);
    this.#calls.push(call as unknown as ApiCall<Api, never[], unknown>);
    return call;
  }

  /** The API surface for the current API base and session (built once per pair). */
  async api(): Promise<Api> {
    const factory = await this.#load();
    const host = this.host;
    // Without `api-base` the page's own origin is used (a portal that proxies `/v1`).
    const baseUrl = host.apiBase ?? location.origin;
    const key = `${baseUrl} ${host.sessionGeneration}`;
    const options = host.clientOptions;
    if (this.#cached?.key !== key || this.#cached.options !== options) {
      const api = factory({ ...options, baseUrl, tokenProvider: host.clientTokenProvider });
      this.#cached = { key, options, api };
    }
    return this.#cached.api;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const call of this.#calls) call.abort();
  }
}
