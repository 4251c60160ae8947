/** The resources against msw backed by the real engine (`@apotheca/mock`). */
import { ApothecaClient, NotFoundError, ValidationError } from '@apotheca/core';
import { createMockPlatform } from '@apotheca/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type Medication, prescriptions, type SafetyCheck } from './prescriptions';

const BASE = 'http://api.test';
const mock = createMockPlatform({ baseUrl: BASE, rateLimit: false });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const client = new ApothecaClient({
  baseUrl: BASE,
  apiKey: 'sk_test_apotheca_sandbox',
  browser: false,
});
const rx = prescriptions(client);

describe('prescriptions(client).medications', () => {
  it('searches across pages with for await', async () => {
    const ids: string[] = [];
    for await (const med of rx.medications.list({ q: 'statin', limit: 2 })) {
      expectTypeOf(med).toEqualTypeOf<Medication>();
      ids.push(med.id);
    }
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('med_simvastatin');
  });

  it('retrieves an entry, and throws NotFoundError for an unknown id', async () => {
    const med = await rx.medications.retrieve('med_ibuprofen');
    expect(med.name['zh-CN']).toBe('布洛芬胶囊');
    await expect(rx.medications.retrieve('med_nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('prescriptions(client).safetyChecks', () => {
  it('creates a check and types the answer', async () => {
    const check = await rx.safetyChecks.create({
      medications: [{ text: 'clarithromycin' }],
      patient: { current_medications: [{ text: 'simvastatin' }] },
    });
    expectTypeOf(check).toEqualTypeOf<SafetyCheck>();
    expect(check.outcome).toBe('blocked');
    expect(check.id).toMatch(/^sc_/);
  });

  it('throws ValidationError with the field for bad input', async () => {
    const error = await rx.safetyChecks.create({ medications: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors[0]?.path).toBe('/body/medications');
  });
});
