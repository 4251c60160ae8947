// Example insurer server (華夏健康保险 in the sandbox):
// - talks to Apotheca with OAuth client credentials (its token sees only claims on its policies),
// - lists its claims and follows each to `paid`, from the list and from webhooks,
// - registers a webhook endpoint and verifies every claim delivery (Standard Webhooks),
// - serves the insurer's own claim page embedding <apotheca-claim-form> from the widgets bundle.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForSandbox } from '@apotheca/example-partner-server/src/wait-for-sandbox.mjs';
import { Apotheca, verifyWebhook } from '@apotheca/sdk';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const widgetsDir = join(
  dirname(fileURLToPath(import.meta.resolve('@apotheca/widgets/package.json'))),
  'dist',
);
const CLAIM_EVENTS = ['claim.submitted', 'claim.adjudicated', 'claim.paid', 'claim.cancelled'];
// What the claim form's widget session may do: this insurer's patient, claims and coverage only.
const CLAIM_FORM_SCOPES = ['claims:read', 'claims:write', 'coverage:read', 'files:write'];
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

/**
 * Starts the insurer server.
 * @param {{ port?: number, host?: string, sandboxUrl: string, publicSandboxUrl?: string,
 *   clientId?: string, clientSecret?: string, insurerId?: string, apiKey?: string, patientId?: string,
 *   policyId?: string, quiet?: boolean }} options
 */
export async function startInsurerServer(options) {
  const {
    port = 4040,
    host = '127.0.0.1',
    sandboxUrl,
    publicSandboxUrl = sandboxUrl.replace('127.0.0.1', 'localhost'),
    clientId = 'client_test_insurer',
    clientSecret = 'cs_test_insurer_secret',
    insurerId = 'ins_test_huaxia',
    // The sandbox account's key: webhook endpoints and widget sessions are account-level.
    apiKey = 'sk_test_apotheca_sandbox',
    patientId = 'pat_test_wangfang',
    policyId = 'pol_test_wangfang_active',
    quiet = false,
  } = options;
  // The insurer's own view: OAuth client credentials, tokens fetched, cached and refreshed.
  const insurer = new Apotheca({ clientId, clientSecret, baseUrl: sandboxUrl });
  const account = new Apotheca({ apiKey, baseUrl: sandboxUrl });
  /** Claims by id, as this server last saw them (from the list or a webhook). */
  const claims = new Map();
  const events = [];
  let webhookSecret = '';

  /** Lists this insurer's claims (every page) and remembers their status. */
  async function refresh(params = {}) {
    const seen = [];
    for await (const claim of insurer.claims.claims.list({ ...params, limit: 50 })) {
      claims.set(claim.id, { id: claim.id, status: claim.status, policy_id: claim.policy_id });
      seen.push(claim);
    }
    return seen;
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method === 'POST' && url.pathname === '/webhooks/apotheca') {
        const rawBody = await readBody(request);
        let event;
        try {
          event = await verifyWebhook(rawBody, request.headers, webhookSecret);
        } catch (error) {
          return send(response, 400, JSON.stringify({ error: String(error.message) }), '.json');
        }
        const object = event.data.object;
        // The account's endpoint hears every claim; this insurer keeps only its own policies'.
        if (event.type.startsWith('claim.') && object.insurer_id === insurerId) {
          // Ids and statuses only: fetch the claim itself when the details are needed.
          claims.set(object.id, {
            id: object.id,
            status: object.status,
            policy_id: object.policy_id,
          });
          events.unshift({ id: event.id, type: event.type, claim_id: object.id });
          events.length = Math.min(events.length, 50);
        }
        return send(response, 200, '{"received":true}', '.json');
      }
      if (request.method === 'GET' && url.pathname === '/api/claims') {
        const status = url.searchParams.get('status') ?? undefined;
        const list = await refresh(status ? { status } : {});
        return send(response, 200, JSON.stringify(list), '.json');
      }
      if (request.method === 'GET' && url.pathname === '/api/events') {
        return send(response, 200, JSON.stringify(events), '.json');
      }
      if (request.method === 'POST' && url.pathname === '/api/widget-session') {
        // The demo policyholder is fixed; a real insurer site uses its logged-in member.
        const session = await account.widgetSessions.create({
          patient_id: patientId,
          scopes: CLAIM_FORM_SCOPES,
          allowed_origin: `http://${request.headers.host}`,
          ttl_seconds: 900,
        });
        return send(
          response,
          200,
          JSON.stringify({ token: session.token, expires_at: session.expires_at }),
          '.json',
        );
      }
      if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
        return sendPage(response, {
          API_BASE: publicSandboxUrl,
          PATIENT_ID: patientId,
          POLICY_ID: policyId,
        });
      }
      if (request.method === 'GET' && url.pathname.startsWith('/vendor/apotheca/')) {
        return sendFile(response, widgetsDir, url.pathname.slice('/vendor/apotheca/'.length));
      }
      if (request.method === 'GET') return sendFile(response, publicDir, url.pathname.slice(1));
      return send(response, 405, 'method not allowed', '.txt');
    } catch (error) {
      if (!quiet) console.error('insurer-server:', error);
      return send(response, 500, JSON.stringify({ error: 'internal error' }), '.json');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const baseUrl = `http://localhost:${address.port}`;

  // Re-register the webhook endpoint on every start (the secret is shown only at creation).
  const webhookUrl = `http://127.0.0.1:${address.port}/webhooks/apotheca`;
  for await (const endpoint of account.webhookEndpoints.list()) {
    if (endpoint.url === webhookUrl) await account.webhookEndpoints.delete(endpoint.id);
  }
  const endpoint = await account.webhookEndpoints.create({ url: webhookUrl, events: CLAIM_EVENTS });
  webhookSecret = endpoint.secret ?? '';

  if (!quiet) {
    console.log(`\n  Insurer claim page: ${baseUrl}/`);
    console.log(`  Insurer's claims:   ${baseUrl}/api/claims (OAuth client ${clientId})`);
    console.log(`  Claim webhooks:     ${baseUrl}/api/events\n`);
  }
  return {
    url: baseUrl,
    claims,
    events,
    refresh,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function csp(apiBase) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${new URL(apiBase).origin}`,
    "img-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

async function sendPage(response, values) {
  let html = await readFile(join(publicDir, 'index.html'), 'utf8');
  for (const [name, value] of Object.entries(values)) html = html.replaceAll(`{{${name}}}`, value);
  return send(response, 200, html, '.html', csp(values.API_BASE));
}

function send(response, status, body, ext, policy) {
  const headers = {
    'content-type': contentTypes[ext] ?? 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  };
  if (policy) headers['content-security-policy'] = policy;
  response.writeHead(status, headers);
  response.end(body);
}

async function sendFile(response, dir, relative) {
  const path = normalize(join(dir, relative));
  if (!path.startsWith(dir + sep)) return send(response, 404, 'not found', '.txt');
  try {
    return send(response, 200, await readFile(path), extname(path));
  } catch {
    return send(response, 404, 'not found', '.txt');
  }
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sandboxUrl = process.env.SANDBOX_URL ?? 'http://127.0.0.1:4010';
  await waitForSandbox(sandboxUrl);
  const server = await startInsurerServer({
    port: Number(process.env.INSURER_PORT ?? 4040),
    sandboxUrl,
  });
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
