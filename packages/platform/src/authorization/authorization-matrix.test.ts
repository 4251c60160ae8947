/**
 * Every operation of the contract × every credential kind × own and foreign object → the status
 * in AUTHORIZATION_MATRIX. Operations come from the contract, so a new one without a row fails.
 */
import { createClock, createTestPlatform, mintWidgetSession } from '@apotheca/testing/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractDocument } from '../contract/document';
import { listOperations } from '../contract/operations';
import type { Scope } from '../domains/types';
import {
  AUTHORIZATION_MATRIX,
  CREDENTIAL_KINDS,
  type CredentialKind,
  type Expected,
  MATRIX_PATIENTS,
  type MatrixContext,
  type MatrixRequest,
  SCOPES,
  type Subject,
} from './authorization-matrix';
import { RollbackStorage } from './rollback-storage';

const ORIGIN = 'https://portal.example';
const operations = listOperations(contractDocument());
const clock = createClock('2026-11-23T12:00:00Z');
const storage = new RollbackStorage();
const sandbox = createTestPlatform({ storage, now: clock.now });
const tokens = new Map<CredentialKind, string | null>();

async function oauthToken(scopes: readonly Scope[]): Promise<string> {
  const res = await sandbox.api<{ access_token: string }>('POST', '/v1/oauth/token', {
    token: null,
    json: {
      grant_type: 'client_credentials',
      client_id: 'client_test_insurer',
      client_secret: 'cs_test_insurer_secret',
      scope: scopes.join(' '),
    },
  });
  return res.body.access_token;
}

async function widgetToken(
  patientId: string,
  scopes: readonly Scope[],
  ttlSeconds = 900,
): Promise<string> {
  return (await mintWidgetSession(sandbox.fetch, { patientId, scopes, origin: ORIGIN, ttlSeconds }))
    .token;
}

beforeAll(async () => {
  // Expired ones first, then move the platform clock past both lifetimes.
  tokens.set('oauth_expired', await oauthToken(SCOPES));
  tokens.set('widget_expired', await widgetToken(MATRIX_PATIENTS.own, SCOPES, 60));
  clock.advance(3601 * 1000);
  tokens.set('none', null);
  tokens.set('secret_key', 'sk_test_apotheca_sandbox');
  for (const scope of SCOPES) {
    tokens.set(`oauth:${scope}`, await oauthToken([scope]));
    tokens.set(`widget:${scope}`, await widgetToken(MATRIX_PATIENTS.own, [scope]));
  }
  tokens.set('widget_other_patient', await widgetToken(MATRIX_PATIENTS.other, SCOPES));
});

async function fixture(method: string, path: string, json: unknown, token?: string) {
  const res = await sandbox.api(method, path, {
    ...(json instanceof FormData ? { body: json } : json === undefined ? {} : { json }),
    ...(token ? { token } : {}),
  });
  if (res.status >= 300) throw new Error(`fixture ${method} ${path} → ${res.status} ${res.text}`);
  return res.body;
}

const ctx: MatrixContext = {
  asServer: (method, path, json) => fixture(method, path, json),
  asDoctor: (method, path, json) => fixture(method, path, json, 'sk_test_doctor_wangjian'),
};

async function send(
  operation: (typeof operations)[number],
  request: MatrixRequest,
  token: string | null,
): Promise<number> {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${operation.operationId}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const res = await sandbox.api(operation.method, path, {
    token,
    ...(request.json !== undefined ? { json: request.json } : {}),
    ...(request.form !== undefined
      ? { body: request.form, contentType: 'application/x-www-form-urlencoded' }
      : {}),
    ...(request.multipart ? { body: request.multipart() } : {}),
  });
  return res.status;
}

const statusOf = (expected: Expected, subject: Subject) =>
  typeof expected === 'number' ? expected : expected[subject === 'own' ? 0 : 1];

describe('authorization matrix', () => {
  it('has exactly one row per contract operation', () => {
    const ids = operations.map((o) => o.operationId).sort();
    expect(Object.keys(AUTHORIZATION_MATRIX).sort()).toEqual(ids);
  });

  it.each(operations.map((o) => [o.operationId, o] as const))('%s', async (operationId, op) => {
    const row = AUTHORIZATION_MATRIX[operationId];
    if (!row) throw new Error(`${operationId} has no row in AUTHORIZATION_MATRIX`);
    const actual: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const kind of CREDENTIAL_KINDS) {
      for (const subject of ['own', 'foreign'] as const) {
        const cell = `${kind} ${subject}`;
        expected[cell] = statusOf(row.expect[kind], subject);
        // Each cell starts from the same state: its fixture and effects are undone after.
        storage.mark();
        try {
          actual[cell] = await send(op, await row.request(ctx, subject), tokens.get(kind)!);
        } finally {
          storage.rollback();
        }
      }
    }
    expect(actual).toEqual(expected);
  });
});
