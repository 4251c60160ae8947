import {
  ApothecaClient,
  ApothecaError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@apotheca/core';
import { TraceCodeError } from '@apotheca/domain/trace';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { isDispensationConflict, trace } from './trace';
import type { Dispensation, PackState, TraceVerification } from './types';

const BASE = 'http://api.test';
const CODE = '(01)06901234100013(17)290228(10)2603101(21)OK0001';

const verification: TraceVerification = {
  id: 'tv_1',
  object: 'trace_verification',
  status: 'verified',
  context: 'inspect',
  dispensable: true,
  code: { format: 'gs1', gtin: '06901234100013', serial: 'OK0001' },
  product: null,
  pack: { id: 'pack_1', state: 'active' },
  journey: [],
  alerts: [],
  created_at: '2026-11-23T12:00:00Z',
};

const dispensation: Dispensation = {
  id: 'disp_1',
  object: 'dispensation',
  status: 'completed',
  pack_id: 'pack_1',
  product_id: 'prod_1',
  location_id: 'loc_a',
  dispensed_at: '2026-11-23T12:00:00Z',
  reversible_until: '2026-12-03T12:00:00Z',
  created_at: '2026-11-23T12:00:00Z',
};

interface Seen {
  method: string;
  path: string;
  body: unknown;
  idempotencyKey: string | null;
}

const seen: Seen[] = [];
const problem = (status: number, code: string, extra: object = {}) =>
  HttpResponse.json(
    {
      type: `https://docs.apotheca.example/errors/${code}`,
      title: code,
      status,
      code,
      request_id: 'req_t',
      ...extra,
    },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

const server = setupServer(
  http.all(`${BASE}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' ? undefined : await request.json();
    seen.push({
      method: request.method,
      path: url.pathname,
      body,
      idempotencyKey: request.headers.get('idempotency-key'),
    });
    const b = body as Record<string, unknown> | undefined;
    if (url.pathname === '/v1/trace/verifications') {
      if (b?.code === 'garbage') {
        return problem(422, 'invalid_trace_code', {
          errors: [{ path: '/body/code', code: 'unknown_format', message: 'unknown format' }],
        });
      }
      return HttpResponse.json({ ...verification, context: b?.context });
    }
    if (url.pathname === '/v1/trace/dispensations') {
      if (b?.location_id === 'loc_busy')
        return problem(409, 'pack_not_active', { pack_state: 'dispensed' });
      return HttpResponse.json(dispensation, { status: 201 });
    }
    if (url.pathname === '/v1/trace/dispensations/disp_1') return HttpResponse.json(dispensation);
    if (url.pathname === '/v1/trace/dispensations/disp_1/reversal') {
      return HttpResponse.json({
        ...dispensation,
        status: 'reversed',
        reversed_at: '2026-11-24T00:00:00Z',
      });
    }
    return problem(404, 'resource_not_found');
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
});
afterAll(() => server.close());

const client = new ApothecaClient({
  baseUrl: BASE,
  apiKey: 'sk_test_x',
  browser: false,
  maxRetries: 0,
});
const api = trace(client);

describe('deprecated flat aliases', () => {
  it('are the nested methods themselves, so old code keeps working', async () => {
    expect(api.verify).toBe(api.verifications.create);
    expect(api.dispense).toBe(api.dispensations.create);
    expect(api.retrieveDispensation).toBe(api.dispensations.retrieve);
    expect(api.reverseDispensation).toBe(api.dispensations.reverse);
    await expect(api.verify({ code: CODE })).resolves.toMatchObject({ id: 'tv_1' });
  });
});

describe('trace(client).verifications.create', () => {
  it('posts the code with the inspect context by default and an idempotency key', async () => {
    const result = await api.verifications.create({ code: CODE, location_id: 'loc_a' });
    expectTypeOf(result).toEqualTypeOf<TraceVerification>();
    expect(result).toMatchObject({ id: 'tv_1', status: 'verified', context: 'inspect' });
    expect(seen).toEqual([
      {
        method: 'POST',
        path: '/v1/trace/verifications',
        body: { code: CODE, location_id: 'loc_a', context: 'inspect' },
        idempotencyKey: expect.any(String),
      },
    ]);
  });

  it('sends fields and an explicit context', async () => {
    await api.verifications.create({
      fields: { china_code: '83201390000001014821' },
      context: 'dispense',
    });
    expect(seen[0]?.body).toEqual({
      fields: { china_code: '83201390000001014821' },
      context: 'dispense',
    });
  });

  it('throws the TraceCodeError offline, without a request', async () => {
    const error = await api.verifications
      .create({ code: '(01)06901234100014(21)OK0001' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TraceCodeError);
    expect((error as TraceCodeError).code).toBe('check_digit');
    expect(seen).toEqual([]);
  });

  it('lets one catch (error instanceof ApothecaError) handle the offline TraceCodeError too', async () => {
    const error = await api.verifications.create({ code: 'garbage' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TraceCodeError);
    expect(error).toBeInstanceOf(ApothecaError);
    // It is not an HTTP error of any kind, and has the ApothecaError shape without a response.
    expect(error).not.toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      code: 'unknown_format',
      status: undefined,
      requestId: undefined,
      errors: [],
    });
    if (error instanceof ApothecaError) expect(error.errors).toEqual([]);
  });

  it('lets the platform judge the code when parseOffline is false', async () => {
    const error = await api.verifications
      .create({ code: 'garbage' }, { parseOffline: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('invalid_trace_code');
    expect(seen).toHaveLength(1);
    expect(Object.keys(seen[0]?.body as object)).not.toContain('parseOffline');
  });
});

describe('trace(client) dispensations', () => {
  it('dispenses, retrieves and reverses', async () => {
    const created = await api.dispensations.create(
      { code: CODE, location_id: 'loc_a' },
      { idempotencyKey: 'k-1' },
    );
    expectTypeOf(created).toEqualTypeOf<Dispensation>();
    expect(seen[0]).toMatchObject({ path: '/v1/trace/dispensations', idempotencyKey: 'k-1' });
    await expect(api.dispensations.retrieve('disp_1')).resolves.toEqual(dispensation);
    const reversed = await api.dispensations.reverse('disp_1', {
      location_id: 'loc_a',
      reason: 'other',
    });
    expect(reversed.status).toBe('reversed');
    expect(seen[2]).toMatchObject({
      method: 'POST',
      path: '/v1/trace/dispensations/disp_1/reversal',
      body: { location_id: 'loc_a', reason: 'other' },
    });
  });

  it('rejects a refused dispense with ConflictError carrying the pack state', async () => {
    const error = await api.dispensations
      .create({ code: CODE, location_id: 'loc_busy' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('pack_not_active');
    expect((error as ConflictError).problem?.pack_state).toBe('dispensed');
  });

  it('types the refusal from the contract and narrows to it with isDispensationConflict', async () => {
    const error = await api.dispensations
      .create({ code: CODE, location_id: 'loc_busy' })
      .catch((e: unknown) => e);
    expect(isDispensationConflict(error)).toBe(true);
    if (!isDispensationConflict(error)) return;
    expectTypeOf(error.problem?.pack_state).toEqualTypeOf<PackState | undefined>();
    expectTypeOf(error.problem?.code).toEqualTypeOf<
      'pack_not_active' | 'pack_expired' | 'pack_not_dispensable' | undefined
    >();
    expect(error.problem?.pack_state).toBe('dispensed');
    expect(isDispensationConflict(new ConflictError('x', { status: 409 }))).toBe(false);
    expect(isDispensationConflict(new Error('x'))).toBe(false);
  });

  it('checks the code offline before dispensing too', async () => {
    await expect(
      api.dispensations.create({ code: '8310017000012345607', location_id: 'loc_a' }),
    ).rejects.toMatchObject({
      name: 'TraceCodeError',
      code: 'china_length',
    });
    expect(seen).toEqual([]);
  });

  it('maps an unknown dispensation to NotFoundError', async () => {
    await expect(api.dispensations.retrieve('disp_missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});
