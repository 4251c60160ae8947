// The SDK against the real sandbox over loopback HTTP (started in-process on a free port).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  LOCATIONS,
  PATIENTS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
  TRACE_CODES,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Apotheca,
  AuthenticationError,
  ConflictError,
  IdempotencyKeyReusedError,
  NotFoundError,
  ValidationError,
  verifyWebhook,
} from '../src/index';

let sandbox: SandboxHarness;
let apotheca: Apotheca;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  apotheca = new Apotheca({ apiKey: SECRET_KEY, baseUrl: sandbox.url, browser: false });
});
afterAll(async () => {
  await sandbox?.close();
});

describe('SDK against the sandbox', () => {
  it('is healthy', async () => {
    await expect(apotheca.health()).resolves.toMatchObject({
      status: 'ok',
      api_version: '2026-11-01',
    });
  });

  it('creates, retrieves, updates and lists patients', async () => {
    const run = randomUUID();
    const created = await apotheca.patients.create({
      name: '王芳',
      birth_date: '1956-03-14',
      sex: 'female',
      allergies: [{ substance: 'penicillin', severity: 'severe' }],
      conditions: [{ code: 'I10', name: 'hypertension' }],
      preferred_locale: 'zh-CN',
      metadata: { run },
    });
    expect(created).toMatchObject({ object: 'patient', name: '王芳', metadata: { run } });
    expect(created.id).toMatch(/^pat_/);

    await expect(apotheca.patients.retrieve(created.id)).resolves.toEqual(created);

    const updated = await apotheca.patients.update(created.id, { preferred_locale: 'en' });
    expect(updated).toMatchObject({ id: created.id, name: '王芳', preferred_locale: 'en' });

    const seeded = await apotheca.patients.retrieve(PATIENTS.davidchen);
    expect(seeded).toMatchObject({ name: 'David Chen', birth_date: '1988-07-02' });

    const listed = await apotheca.patients.list({ limit: 100 }).toArray({ limit: 10_000 });
    expect(listed.filter((p) => p.id === created.id)).toEqual([updated]);
  });

  it('paginates over more than one page', async () => {
    const run = randomUUID();
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        apotheca.patients.create({
          name: `Page ${i}`,
          birth_date: '1990-01-01',
          metadata: { run },
        }),
      ),
    );
    const pagesSeen = new Set<string>();
    const all: string[] = [];
    for await (const patient of apotheca.patients.list({ limit: 3 })) {
      all.push(patient.id);
      if (patient.metadata.run === run) pagesSeen.add(patient.id);
    }
    expect(pagesSeen.size).toBe(7);
    expect(all.length).toBeGreaterThan(6);
    expect(new Set(all).size).toBe(all.length);
  });

  it('maps a validation error with field paths', async () => {
    const error = await apotheca.patients
      .create({ name: 'Bad date', birth_date: '14/03/1956' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.status).toBe(400);
    expect(validation.code).toBe('validation_failed');
    expect(validation.errors.map((e) => e.path)).toContain('/body/birth_date');
    expect(validation.requestId).toMatch(/^req_/);
    expect(validation.message).toContain('POST /v1/patients failed with 400 validation_failed');
  });

  it('maps 404 and a bad key', async () => {
    await expect(apotheca.patients.retrieve('pat_doesnotexist')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const wrong = new Apotheca({ apiKey: 'sk_test_wrong', baseUrl: sandbox.url, browser: false });
    const error = await wrong.patients.retrieve(PATIENTS.wangfang).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
  });

  it('replays a create sent with the same Idempotency-Key, and rejects the key with another body', async () => {
    const idempotencyKey = randomUUID();
    const body = { name: 'Replay Me', birth_date: '1970-05-05' };
    const first = await apotheca.patients.create(body, { idempotencyKey });
    const second = await apotheca.patients.create(body, { idempotencyKey });
    expect(second.id).toBe(first.id);
    const reused = await apotheca.patients
      .create({ ...body, name: 'Someone Else' }, { idempotencyKey })
      .catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(IdempotencyKeyReusedError);
    expect(reused).toBeInstanceOf(ValidationError);
    expect((reused as IdempotencyKeyReusedError).code).toBe('idempotency_key_reused');
  });

  it('mints a widget session whose token sees only its patient', async () => {
    const session = await apotheca.widgetSessions.create({
      patient_id: PATIENTS.wangfang,
      scopes: ['patients:read'],
      allowed_origin: 'https://portal.example-hospital.cn',
      ttl_seconds: 600,
    });
    expect(session.token).toMatch(/^wst_/);
    const widget = new Apotheca({
      accessToken: session.token,
      baseUrl: sandbox.url,
      browser: true,
    });
    await expect(widget.patients.retrieve(PATIENTS.wangfang)).resolves.toMatchObject({
      name: '王芳',
    });
    const visible = await widget.patients.list().toArray({ limit: 100 });
    expect(visible.map((p) => p.id)).toEqual([PATIENTS.wangfang]);
    const other = await widget.patients.retrieve(PATIENTS.davidchen).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(NotFoundError);
  });

  it('delivers a signed event that verifyWebhook accepts', async () => {
    const received: { body: string; headers: IncomingHttpHeaders }[] = [];
    let onDelivery: () => void = () => {};
    const delivered = new Promise<void>((resolve) => {
      onDelivery = resolve;
    });
    const receiver: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.writeHead(200).end();
        onDelivery();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      const endpoint = await apotheca.webhookEndpoints.create({
        url: `http://127.0.0.1:${port}/hooks`,
        events: ['patient.created'],
      });
      expect(endpoint.secret).toMatch(/^whsec_/);
      const listed = await apotheca.webhookEndpoints.list().toArray({ limit: 100 });
      expect(listed.map((e) => e.id)).toContain(endpoint.id);

      const patient = await apotheca.patients.create({ name: 'Hooked', birth_date: '1999-09-09' });
      await delivered;
      const delivery = received[0]!;
      const event = await verifyWebhook(delivery.body, delivery.headers, endpoint.secret!);
      expect(event.type).toBe('patient.created');
      expect(event.data.object).toMatchObject({ id: patient.id });
      await expect(
        verifyWebhook(delivery.body, delivery.headers, `whsec_${btoa('not the secret')}`),
      ).rejects.toMatchObject({
        code: 'no_matching_signature',
      });

      await expect(apotheca.webhookEndpoints.del(endpoint.id)).resolves.toMatchObject({
        id: endpoint.id,
        deleted: true,
      });
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('uploads a file and retrieves its metadata', async () => {
    // A 1×1 PNG: the sandbox sniffs content, so send real image bytes.
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    const file = await apotheca.files.create({
      file: png,
      filename: 'rx.png',
      contentType: 'image/png',
      purpose: 'prescription_photo',
    });
    expect(file).toMatchObject({ object: 'file', purpose: 'prescription_photo', size: png.length });
    await expect(apotheca.files.retrieve(file.id)).resolves.toEqual(file);
  });
  it('verifies and dispenses a pack through apotheca.trace, and refuses a second dispense', async () => {
    const code = TRACE_CODES.dispensable(7);
    const verification = await apotheca.trace.verifications.create({ code, context: 'dispense' });
    expect(verification.status).toBe('verified');
    expect(verification.dispensable).toBe(true);
    const dispensation = await apotheca.trace.dispensations.create({
      code,
      location_id: LOCATIONS.beijing,
    });
    expect(dispensation.status).toBe('completed');
    const again = await apotheca.trace.dispensations
      .create({ code, location_id: LOCATIONS.beijing })
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).code).toBe('pack_not_active');
  });
});

it('got only responses that match the contract from the sandbox', () => {
  expect(sandbox.problems).toEqual([]);
});
