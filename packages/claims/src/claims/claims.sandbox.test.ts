/**
 * The SDK against the real sandbox over loopback HTTP on an injected clock: an insurer's server
 * on OAuth client credentials sees only claims on its own policies, and a submitted claim is
 * followed to `paid`.
 */
import { ApothecaClient, NotFoundError, oauthClientCredentials } from '@apotheca/core';
import {
  createClock,
  PATIENTS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimsResource, claims } from './claims';
import { draft, START } from './fixtures';

const clock = createClock(START);
let sandbox: SandboxHarness;
let hospital: ClaimsResource;

/** The claims resource of an insurer's server (OAuth client credentials). */
function insurer(clientId: string, clientSecret: string): ClaimsResource {
  const baseUrl = sandbox.url;
  return claims(
    new ApothecaClient({
      baseUrl,
      browser: false,
      tokenProvider: oauthClientCredentials({ baseUrl, clientId, clientSecret }),
    }),
  );
}

beforeAll(async () => {
  sandbox = await startTestSandbox({ now: clock.now });
  hospital = claims(
    new ApothecaClient({ baseUrl: sandbox.url, apiKey: SECRET_KEY, browser: false }),
  );
});
afterAll(() => sandbox.close());

describe('claims over HTTP', () => {
  it('shows an insurer only claims on its own policies', async () => {
    const domestic = await hospital.claims.create(draft());
    const global = await hospital.claims.create(
      draft({ patient_id: PATIENTS.mariagarcia, policy_id: 'pol_test_mariagarcia_global' }),
    );
    const meridian = insurer('client_test_insurer_global', 'cs_test_insurer_global_secret');
    const seen: string[] = [];
    for await (const claim of meridian.claims.list()) seen.push(claim.id);
    expect(seen).toEqual([global.id]);
    expect((await meridian.claims.retrieve(global.id)).policy_id).toBe(
      'pol_test_mariagarcia_global',
    );
    const hidden = await meridian.claims.retrieve(domestic.id).catch((e: unknown) => e);
    expect(hidden).toBeInstanceOf(NotFoundError);

    const huaxia = insurer('client_test_insurer', 'cs_test_insurer_secret');
    const coverage = await huaxia.coverageChecks.create({
      patient_id: PATIENTS.wangfang,
      policy_id: 'pol_test_wangfang_active',
      service_date: '2026-11-19',
    });
    expect(coverage.insurer_id).toBe('ins_test_huaxia');
    const foreign = await huaxia.coverageChecks
      .create({
        patient_id: PATIENTS.mariagarcia,
        policy_id: 'pol_test_mariagarcia_global',
        service_date: '2026-11-19',
      })
      .catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(NotFoundError);
  });

  it('follows a claim from submitted to paid with a payment reference', async () => {
    const items = draft().items.map((item) => ({ ...item, quantity: 3 }));
    const created = await hospital.claims.create(draft({ items, service_date: '2026-11-02' }));
    expect(created.status).toBe('submitted');
    clock.advance(31 * 60_000);
    const paid = await hospital.claims.retrieve(created.id);
    expect(paid.status).toBe('paid');
    expect(paid.status_history.map((s) => s.status)).toEqual([
      'submitted',
      'in_review',
      'approved',
      'paid',
    ]);
    expect(paid.payment?.reference).toMatch(/^PAY-/);
  });
});
