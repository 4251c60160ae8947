// Example partner server for a hospital portal:
// - serves the portal page (with a strict Content-Security-Policy) and the widgets bundle,
// - mints short-lived widget sessions with its SECRET key (which never reaches the browser),
// - registers a webhook endpoint and verifies every delivery (Standard Webhooks).

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Apotheca, verifyWebhook } from '@apotheca/sdk';
import { waitForSandbox } from './wait-for-sandbox.mjs';

const defaultPortalDir = join(
  dirname(fileURLToPath(import.meta.resolve('@apotheca/example-hospital-portal/package.json'))),
  'public',
);
const widgetsDir = join(
  dirname(fileURLToPath(import.meta.resolve('@apotheca/widgets/package.json'))),
  'dist',
);

// Each portal page asks for a session for its widget; the scopes are decided here, never by the
// browser, and each widget gets only what it needs.
const widgetScopes = {
  'trace-verifier': ['trace:verify', 'trace:dispense'],
  'symptom-checker': [
    'patients:read',
    'triage:read',
    'triage:write',
    'consultations:read',
    'consultations:write',
  ],
  'claim-form': ['coverage:read', 'claims:read', 'claims:write', 'medications:read', 'files:write'],
  'refill-reminder': ['prescriptions:read', 'refill_requests:write'],
  'prescription-upload': ['prescription_uploads:read', 'prescription_uploads:write'],
};

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the partner server.
 * `portalDir` serves another portal build (e.g. examples/react-portal's `dist`) instead of the
 * plain-HTML hospital portal.
 * @param {{ port?: number, host?: string, sandboxUrl: string, publicSandboxUrl?: string, apiKey?: string, patientId?: string, policyId?: string, portalDir?: string, quiet?: boolean }} options
 */
export async function startPartnerServer(options) {
  const {
    port = 4020,
    host = '127.0.0.1',
    sandboxUrl,
    publicSandboxUrl = sandboxUrl.replace('127.0.0.1', 'localhost'),
    apiKey = 'sk_test_apotheca_sandbox',
    patientId = 'pat_test_wangfang',
    portalDir = defaultPortalDir,
    // The demo patient's policy on the Claims page (the fast-path one is paid at submission).
    policyId = 'pol_test_wangfang_active',
    quiet = false,
  } = options;
  const apotheca = new Apotheca({ apiKey, baseUrl: sandboxUrl });
  const events = [];
  let webhookSecret = '';

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method === 'POST' && url.pathname === '/api/widget-session') {
        // The demo user is always the same patient; a real portal uses its logged-in user.
        const scopes = widgetScopes[url.searchParams.get('widget') ?? 'trace-verifier'];
        if (!scopes)
          return send(response, 400, JSON.stringify({ error: 'unknown widget' }), '.json');
        const origin = `http://${request.headers.host}`;
        const session = await apotheca.widgetSessions.create({
          patient_id: patientId,
          scopes,
          allowed_origin: origin,
          ttl_seconds: 600,
        });
        return send(
          response,
          200,
          JSON.stringify({ token: session.token, expires_at: session.expires_at }),
          '.json',
        );
      }
      if (request.method === 'POST' && url.pathname === '/webhooks/apotheca') {
        const rawBody = await readBody(request);
        try {
          const event = await verifyWebhook(rawBody, request.headers, webhookSecret);
          events.unshift({ id: event.id, type: event.type, created_at: event.created_at });
          events.length = Math.min(events.length, 20);
          return send(response, 200, '{"received":true}', '.json');
        } catch (error) {
          return send(response, 400, JSON.stringify({ error: String(error.message) }), '.json');
        }
      }
      if (request.method === 'GET' && url.pathname === '/api/events') {
        return send(response, 200, JSON.stringify(events), '.json');
      }
      if (request.method === 'GET' && (url.pathname === '/' || url.pathname.endsWith('.html'))) {
        // Every portal page gets the API base filled in and the same strict policy.
        const page = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
        return sendPage(response, portalDir, page, {
          API_BASE: publicSandboxUrl,
          PATIENT_ID: patientId,
          POLICY_ID: policyId,
        });
      }
      if (request.method === 'GET' && url.pathname.startsWith('/vendor/apotheca/')) {
        return sendFile(response, widgetsDir, url.pathname.slice('/vendor/apotheca/'.length));
      }
      if (request.method === 'GET') return sendFile(response, portalDir, url.pathname.slice(1));
      return send(response, 405, 'method not allowed', '.txt');
    } catch (error) {
      if (!quiet) console.error('partner-server:', error);
      return send(response, 500, JSON.stringify({ error: 'internal error' }), '.json');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const baseUrl = `http://localhost:${address.port}`;

  // Re-register our webhook endpoint on every start (the secret is shown only at creation).
  const webhookUrl = `http://127.0.0.1:${address.port}/webhooks/apotheca`;
  for await (const endpoint of apotheca.webhookEndpoints.list()) {
    if (endpoint.url === webhookUrl) await apotheca.webhookEndpoints.delete(endpoint.id);
  }
  const endpoint = await apotheca.webhookEndpoints.create({ url: webhookUrl, events: ['*'] });
  webhookSecret = endpoint.secret ?? '';

  if (!quiet) {
    console.log(`\n  Hospital portal:   ${baseUrl}/`);
    console.log(`  Symptom checker:   ${baseUrl}/symptom-checker.html`);
    console.log(`  Claims:            ${baseUrl}/claims.html`);
    console.log(`  My medicines:      ${baseUrl}/refills.html`);
    console.log(`  Prescription photo: ${baseUrl}/prescription-upload.html`);
    console.log(`  Partner server:    mints widget sessions at ${baseUrl}/api/widget-session`);
    console.log(`  Webhooks received: ${baseUrl}/api/events\n`);
  }
  return {
    url: baseUrl,
    events,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function csp(apiBase) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `connect-src 'self' ${new URL(apiBase).origin}`,
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

async function sendPage(response, portalDir, page, values) {
  const path = normalize(join(portalDir, page));
  if (!path.startsWith(portalDir + sep)) return send(response, 404, 'not found', '.txt');
  let html;
  try {
    html = await readFile(path, 'utf8');
  } catch {
    return send(response, 404, 'not found', '.txt');
  }
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
    const body = await readFile(path);
    return send(response, 200, body, extname(path));
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
  const server = await startPartnerServer({ port: Number(process.env.PORT ?? 4020), sandboxUrl });
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
