import type { ClientOptions } from '@apotheca/core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { record, until } from '../../test-support/dom';
import { ApothecaElement } from '../element/apotheca-element';
import { ApiController } from './api-controller';

/** A tiny API surface: `wait` settles only when aborted; `fail` rejects like the SDK does. */
interface ProbeApi {
  options: ClientOptions;
  wait(signal: AbortSignal): Promise<string>;
  fail(status: number, code: string): Promise<string>;
}

/** How many `wait` calls reached the API surface. */
let waits = 0;

const probeApi = (options: ClientOptions): ProbeApi => ({
  options,
  wait: (signal) => {
    waits += 1;
    return new Promise((_resolve, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    );
  },
  fail: async (status, code) => {
    throw Object.assign(new Error(code), {
      name: 'ApothecaError',
      status,
      code,
      requestId: 'req_1',
    });
  },
});

class ProbeElement extends ApothecaElement {
  readonly api = new ApiController<ProbeApi>(this, async () => probeApi);
  readonly waiting = this.api.call('wait', (api, signal) => api.wait(signal));
  readonly failing = this.api.call('fail', (api, _signal, status: number, code: string) =>
    api.fail(status, code),
  );
  readonly conflict = this.api.call('conflict', (api) => api.fail(409, 'pack_not_active'), {
    describe: (problem) => (problem.kind === 'conflict' ? 'Already taken.' : undefined),
  });
  override render() {
    return html`${this.waiting.state.status}`;
  }
}
customElements.define('probe-api-element', ProbeElement);

async function probe(token: string | undefined = 'wst_probe'): Promise<ProbeElement> {
  const element = document.createElement('probe-api-element') as ProbeElement;
  element.sessionToken = token;
  element.apiBase = 'https://api.example.test';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('ApiController', () => {
  it('tracks a pending call, renders its state and aborts it when the widget leaves the page', async () => {
    const element = await probe();
    waits = 0;
    const run = element.waiting.run();
    await element.updateComplete;
    expect(element.waiting.state.status).toBe('pending');
    expect(element.shadowRoot?.textContent).toContain('pending');
    await until(() => waits === 1);
    element.remove();
    expect(await run).toEqual({ status: 'idle' });
    expect(element.waiting.state.status).toBe('idle');
  });

  it('never starts a call aborted while its SDK chunk was loading', async () => {
    const element = await probe();
    waits = 0;
    const run = element.waiting.run();
    element.remove();
    expect(await run).toEqual({ status: 'idle' });
    expect(waits).toBe(0);
  });

  it('builds one client per API base and session, with the widget as core’s token provider', async () => {
    const element = await probe();
    const first = await element.api.api();
    expect(await element.api.api()).toBe(first);
    expect(first.options.baseUrl).toBe('https://api.example.test');
    expect(await first.options.tokenProvider?.({ forceRefresh: false })).toBe('wst_probe');
    element.sessionToken = 'wst_next';
    const second = await element.api.api();
    expect(second).not.toBe(first);
    expect(await second.options.tokenProvider?.({ forceRefresh: false })).toBe('wst_next');
  });

  it('reports a failure once, in patient words with a reference, and retries with the same arguments', async () => {
    const element = await probe();
    const errors = record(element, 'apotheca-error');
    const failed = await element.failing.run(503, 'service_unavailable');
    expect(failed).toEqual({
      status: 'error',
      problem: { kind: 'server', code: 'service_unavailable', status: 503, requestId: 'req_1' },
      message: 'Something went wrong on our side. Please try again in a moment.',
      reference: 'Reference: req_1',
    });
    await element.failing.retry();
    expect(errors.map((event) => event.detail)).toEqual([
      {
        operation: 'fail',
        kind: 'server',
        code: 'service_unavailable',
        status: 503,
        requestId: 'req_1',
      },
      {
        operation: 'fail',
        kind: 'server',
        code: 'service_unavailable',
        status: 503,
        requestId: 'req_1',
      },
    ]);
  });

  it('lets a widget choose its own words for a problem', async () => {
    const element = await probe();
    const state = await element.conflict.run();
    expect(state).toMatchObject({ status: 'error', message: 'Already taken.' });
  });

  it('ends the session on a 401 that survived core’s refresh, and never calls without a token', async () => {
    const element = await probe();
    const expired = record(element, 'apotheca-session-expired');
    await element.failing.run(401, 'token_expired');
    expect(expired.map((event) => event.detail)).toEqual([{ reason: 'expired' }]);
    expect(element.sessionToken).toBeUndefined();
    const missing = await element.failing.run(503, 'never_sent');
    expect(missing).toMatchObject({ status: 'error', problem: { code: 'session_expired' } });
    expect(expired.map((event) => event.detail)).toEqual([
      { reason: 'expired' },
      { reason: 'missing' },
    ]);
  });
});
