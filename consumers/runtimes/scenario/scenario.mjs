// The one scenario every runtime runs: real typed calls to the sandbox on loopback, typed errors,
// and a webhook signed by the sandbox's own signer. It takes the loaded modules instead of
// importing them, so each entry loads the SDK the way its runtime does (ESM, require, a bundle).
import { PACKAGES } from './packages.mjs';

/**
 * @typedef {object} ScenarioInput
 * @property {string} baseUrl the sandbox on loopback
 * @property {string} [apiKey] a secret key (servers)
 * @property {string} [accessToken] a widget session token (the browser)
 * @property {string} [patientId] the session's patient (with `accessToken`)
 * @property {string} traceCode a genuine seeded pack
 * @property {{ body: string, headers: Record<string, string>, secret: string, now: number }} webhook
 */

/**
 * @param {Record<string, Record<string, unknown>>} modules each package in PACKAGES, loaded
 * @param {ScenarioInput} input
 */
export async function runScenario(modules, input) {
  const sdk = /** @type {typeof import('@apotheca/sdk')} */ (modules['@apotheca/sdk']);
  const result = {
    packages: Object.fromEntries(
      PACKAGES.map(([name, probe]) => [name, typeof modules[name]?.[probe]]),
    ),
  };
  const apotheca = new sdk.Apotheca({
    baseUrl: input.baseUrl,
    maxRetries: 0,
    ...(input.apiKey ? { apiKey: input.apiKey } : { accessToken: input.accessToken }),
  });

  result.health = (await apotheca.health()).status;
  const check = await apotheca.trace.verifications.create({ code: input.traceCode });
  result.verification = { object: check.object, status: check.status, gtin: check.product?.gtin };

  if (input.apiKey) {
    const created = await apotheca.patients.create({
      name: 'Runtime Matrix',
      birth_date: '1990-01-02',
    });
    const listed = await apotheca.patients.list({ limit: 100 }).toArray({ limit: 100 });
    result.patient = {
      created: created.id.startsWith('pat_'),
      listed: listed.some((p) => p.id === created.id),
    };
    result.invalid = await apotheca.patients.create({ name: 'Bad', birth_date: 'yesterday' }).then(
      () => 'accepted',
      (error) =>
        error instanceof sdk.ValidationError ? error.errors.map((e) => e.path) : String(error),
    );
  } else {
    const patient = await apotheca.patients.retrieve(input.patientId ?? '');
    result.patient = { retrieved: patient.id === input.patientId };
  }

  const { body, headers, secret, now } = input.webhook;
  const event = await sdk.verifyWebhook(body, headers, secret, { now });
  result.webhook = { id: event.id, type: event.type };
  result.tampered = await sdk.verifyWebhook(`${body} `, headers, secret, { now }).then(
    () => 'accepted',
    (error) => (error instanceof sdk.WebhookVerificationError ? error.code : String(error)),
  );
  return result;
}
