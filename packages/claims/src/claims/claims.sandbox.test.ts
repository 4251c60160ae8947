/**
 * The SDK against the real sandbox over loopback HTTP on an injected clock: an insurer's server
 * on OAuth client credentials sees only claims on its own policies, and the host's due-work
 * runner pays a claim on the clock with signed webhooks once each.
 */
import {
  ApothecaClient,
  NotFoundError,
  oauthClientCredentials,
  verifyWebhook,
} from '@apotheca/core';
import {
  createClock,
  PATIENTS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
  startWebhookReceiver,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
  // A short runner interval so the real-clock runner is seen within the test.
  sandbox = await startTestSandbox({ now: clock.now, dueWorkIntervalMs: 25 });
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

  it('pays on the real clock: the host’s due-work runner, webhooks once each', async () => {
    const receiver = await startWebhookReceiver();
    const endpoint = await sandbox.api<{ secret: string }>('POST', '/v1/webhook-endpoints', {
      json: { url: receiver.url, events: ['claim.submitted', 'claim.adjudicated', 'claim.paid'] },
    });
    const items = draft().items.map((item) => ({ ...item, quantity: 3 }));
    const created = await hospital.claims.create(draft({ items, service_date: '2026-11-02' }));
    expect(created.status).toBe('submitted');
    clock.advance(31 * 60_000);
    // No read moves a claim: the runner of the host does, on its own timer.
    const paidEvents = () =>
      sandbox
        .events('claim.paid')
        .filter((e) => (e.data.object as { id: string }).id === created.id);
    await vi.waitFor(() => expect(paidEvents()).toHaveLength(1), {
      timeout: 10_000,
    });
    const paid = await hospital.claims.retrieve(created.id);
    expect(paid.status_history.map((s) => s.status)).toEqual([
      'submitted',
      'in_review',
      'approved',
      'paid',
    ]);
    expect(paid.payment?.reference).toMatch(/^PAY-/);
    await sandbox.platform.webhooks.settled();
    const mine = [];
    for (const delivery of receiver.received) {
      const event = await verifyWebhook(delivery.body, delivery.headers, endpoint.body.secret, {
        now: clock.now().getTime(),
        // The injected clock jumped 31 minutes after `claim.submitted` was signed.
        toleranceSeconds: 3600,
      });
      const object = event.data.object as { id: string; status: string };
      if (object.id === created.id) mine.push([event.type, object.status]);
    }
    // Deliveries run concurrently, so arrival order is not promised (as with Stripe's
    // webhooks); the status history above holds the order. Each event arrives exactly once.
    expect(mine.sort()).toEqual([
      ['claim.adjudicated', 'approved'],
      ['claim.paid', 'paid'],
      ['claim.submitted', 'submitted'],
    ]);
    await receiver.close();
  }, 20_000);
});
