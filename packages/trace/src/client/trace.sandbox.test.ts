/**
 * The client against the real sandbox over loopback HTTP (seeded codes from the test kit, derived
 * from the platform's seed).
 */
import { ApothecaClient, ConflictError, ValidationError } from '@apotheca/core';
import {
  LOCATIONS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
  TRACE_CODES,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trace } from './trace';

const GENUINE = TRACE_CODES.genuine;
const DISPENSABLE = TRACE_CODES.dispensable(11);
const CLONE = TRACE_CODES.cloneDigitalLink;

let sandbox: SandboxHarness;
let api: ReturnType<typeof trace>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  api = trace(
    new ApothecaClient({
      baseUrl: sandbox.url,
      apiKey: SECRET_KEY,
      browser: false,
    }),
  );
});
afterAll(() => sandbox.close());

describe('trace(client) against the sandbox', () => {
  it('verifies a genuine pack', async () => {
    const result = await api.verifications.create({ code: GENUINE });
    expect(result).toMatchObject({
      status: 'verified',
      dispensable: true,
      context: 'inspect',
      product: { name: { en: 'Atorvastatin Calcium Tablets', 'zh-CN': '阿托伐他汀钙片' } },
      pack: { lot: '2603101', serial: 'OK0001', state: 'active' },
    });
    expect(result.journey.length).toBeGreaterThan(0);
  });

  it('reports a possible clone scanned away from where it was dispensed', async () => {
    const result = await api.verifications.create({ code: CLONE, location_id: LOCATIONS.beijing });
    expect(result.status).toBe('already_dispensed');
    expect(result.alerts.map((a) => a.code)).toContain('possible_clone');
  });

  it('dispenses once, refuses twice, and reverses', async () => {
    const dispensation = await api.dispensations.create({
      code: DISPENSABLE,
      location_id: LOCATIONS.beijing,
    });
    expect(dispensation.status).toBe('completed');
    const again = await api.dispensations
      .create({ code: DISPENSABLE, location_id: LOCATIONS.beijing })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).problem?.pack_state).toBe('dispensed');
    await expect(api.dispensations.retrieve(dispensation.id)).resolves.toEqual(dispensation);
    const reversed = await api.dispensations.reverse(dispensation.id, {
      location_id: LOCATIONS.beijing,
    });
    expect(reversed.status).toBe('reversed');
    const after = await api.verifications.create({ code: DISPENSABLE, context: 'dispense' });
    expect(after.dispensable).toBe(true);
  });

  it("surfaces the platform's 422 when offline parsing is off", async () => {
    const error = await api.verifications
      .create({ code: '(01)06901234100014(21)OK0001' }, { parseOffline: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors[0]).toMatchObject({
      path: '/body/code',
      code: 'check_digit',
    });
  });
});

it('got only responses that match the contract from the sandbox', () => {
  expect(sandbox.problems).toEqual([]);
});
