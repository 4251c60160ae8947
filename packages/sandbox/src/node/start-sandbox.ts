import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createPlatform,
  createResponseValidator,
  type Platform,
  type PlatformOptions,
  type ResponseCheck,
} from '@apotheca/platform';
import { type SqliteDurability, SqliteStorage } from '../storage/sqlite-storage';
import { callFromNode } from './node-call';

/** Options of {@link startSandbox}: where to listen, where to keep data, plus platform options. */
export interface SandboxOptions extends PlatformOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Keep state in `<dataDir>/sandbox.db` (SQLite) so it survives restarts and `kill -9`. */
  dataDir?: string;
  /**
   * With `dataDir`: `normal` (default) survives `kill -9`; `full` also fsyncs every commit so it
   * survives power loss, at a cost in latency.
   */
  durability?: SqliteDurability;
  /** Do not log a line per request. */
  quiet?: boolean;
  /**
   * How often the host runs the domains' due work on the platform clock (adjudication, payouts,
   * reminders; ADR 0023), in ms. Default 1000; 0 turns the runner off (then call
   * `platform.runDueWork()` yourself, e.g. after moving an injected clock).
   */
  dueWorkIntervalMs?: number;
  /**
   * Check every response against the contract (for test suites). Mismatches are collected in
   * {@link RunningSandbox.contractViolations} and printed to stderr; assert the list is empty.
   */
  checkContract?: boolean;
  /**
   * Called with every response sent (after it is written), e.g. by a test harness that checks
   * each against the contract and fails the test on a 5xx.
   */
  onResponse?: (response: ResponseCheck) => void;
}

/** A running sandbox server. */
export interface RunningSandbox {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  port: number;
  platform: Platform;
  /** With `checkContract`: every response that broke the contract, described (else empty). */
  contractViolations: string[];
  /** Stops accepting requests, finishes in-flight ones, closes storage. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox over HTTP (node:http, keep-alive).
 *
 * @example
 * ```ts
 * import { startSandbox } from '@apotheca/sandbox/node';
 * const sandbox = await startSandbox({ port: 0, dataDir: '.data/sandbox', quiet: true });
 * await fetch(`${sandbox.url}/v1/health`);
 * await sandbox.close();
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const {
    port = 4010,
    host = '127.0.0.1',
    dataDir,
    durability,
    quiet = false,
    dueWorkIntervalMs = 1000,
    checkContract = false,
    onResponse,
    ...platformOptions
  } = options;
  const contractViolations: string[] = [];
  const validator = checkContract ? createResponseValidator() : undefined;
  const onReply =
    validator || onResponse
      ? (check: ResponseCheck) => {
          for (const problem of validator?.check(check) ?? []) {
            contractViolations.push(problem);
            process.stderr.write(`contract violation: ${problem}\n`);
          }
          onResponse?.(check);
        }
      : undefined;
  let storage = platformOptions.storage;
  if (!storage && dataDir) {
    mkdirSync(dataDir, { recursive: true });
    storage = new SqliteStorage(join(dataDir, 'sandbox.db'), durability ? { durability } : {});
  }
  const platform = createPlatform({
    hashFingerprint: sha256Hex,
    ...platformOptions,
    ...(storage ? { storage } : {}),
  });

  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    serve(platform, req, res, quiet, onReply).catch((error: unknown) => {
      // dispatch() never rejects; this is a socket-level failure (client gone): drop it.
      if (!quiet) process.stderr.write(`[apotheca-sandbox] response failed: ${String(error)}\n`);
      res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await platform.close();
    throw error;
  }
  // The one due-work runner of this host: every domain's time-driven work on the real clock.
  const dueWork =
    dueWorkIntervalMs > 0
      ? setInterval(() => {
          platform.runDueWork().catch((error: unknown) => {
            process.stderr.write(`[apotheca-sandbox] due work failed: ${String(error)}\n`);
          });
        }, dueWorkIntervalMs)
      : null;
  dueWork?.unref();
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    platform,
    contractViolations,
    close() {
      closing ??= (async () => {
        if (dueWork) clearInterval(dueWork);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await platform.close();
      })();
      return closing;
    },
  };
}

/** Synchronous SHA-256 for idempotency fingerprints (same digest as the engine's WebCrypto). */
function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function serve(
  platform: Platform,
  req: IncomingMessage,
  res: ServerResponse,
  quiet: boolean,
  onReply?: (check: ResponseCheck) => void,
): Promise<void> {
  const started = quiet ? 0 : performance.now();
  let tooLarge = false;
  const call = callFromNode(req, () => {
    tooLarge = true;
  });
  const reply = await platform.dispatch(call);
  if (tooLarge) reply.headers.Connection = 'close';
  if (reply.body !== null) reply.headers['Content-Length'] = String(Buffer.byteLength(reply.body));
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body ?? undefined);
  onReply?.({
    method: call.method,
    path: call.pathname,
    status: reply.status,
    headers: reply.headers,
    body: reply.body,
  });
  if (!quiet) {
    const ms = (performance.now() - started).toFixed(1);
    process.stdout.write(
      `${req.method} ${req.url} → ${reply.status} ${ms} ms ${reply.headers['Apotheca-Request-Id']}\n`,
    );
  }
}
