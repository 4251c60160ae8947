// A fault-injecting HTTP proxy for reliability tests: it sits on 127.0.0.1 between a client and
// a server and, for a share of requests, misbehaves the way real networks and gateways do.
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to one request. */
export type Fault =
  /** Forward, let the server commit, read its answer, then cut the client's connection unanswered. */
  | 'drop_after_commit'
  /** Wait a little, then forward normally. */
  | 'delay'
  /** Hold the request past the client's timeout, then forward it anyway (a late commit). */
  | 'slow'
  /** Answer 503 without forwarding. */
  | 'unavailable'
  /** Answer 429 with `Retry-After: 0` without forwarding. */
  | 'rate_limited';

/** Share of requests per fault; the rest pass through untouched. */
export type FaultMix = Record<Fault, number>;

export interface FaultProxyOptions {
  /** The server to forward to, e.g. the sandbox's url. */
  target: string;
  mix: FaultMix;
  /** Seed of the fault dice, so a failing run can be replayed. */
  seed?: number;
  /** Milliseconds a `delay` fault waits (default 20). */
  delayMs?: number;
  /** Milliseconds a `slow` fault holds a request (set above the client's timeout). */
  slowMs?: number;
}

export interface FaultStats {
  /** Requests the proxy received (= client attempts). */
  attempts: number;
  /** Requests that passed untouched. */
  passed: number;
  faults: Record<Fault, number>;
  /** `drop_after_commit` faults whose forwarded request the server answered with 2xx. */
  droppedCommits: number;
}

export interface RunningFaultProxy {
  url: string;
  stats: FaultStats;
  close(): Promise<void>;
}

/** mulberry32: a small seeded PRNG. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function problem(
  res: ServerResponse,
  status: number,
  code: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  res.end(
    JSON.stringify({
      type: 'about:blank',
      title: code,
      status,
      code,
      request_id: 'req_faultproxy',
    }),
  );
}

/** Starts the proxy on 127.0.0.1 (a free port). */
export async function startFaultProxy(options: FaultProxyOptions): Promise<RunningFaultProxy> {
  const target = new URL(options.target);
  const random = seededRandom(options.seed ?? 1);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const stats: FaultStats = {
    attempts: 0,
    passed: 0,
    faults: { drop_after_commit: 0, delay: 0, slow: 0, unavailable: 0, rate_limited: 0 },
    droppedCommits: 0,
  };
  const entries = Object.entries(options.mix) as [Fault, number][];

  function pick(): Fault | undefined {
    let roll = random();
    for (const [fault, share] of entries) {
      if (roll < share) return fault;
      roll -= share;
    }
    return undefined;
  }

  function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstream = httpRequest(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host, 'content-length': String(body.length) },
        },
        (response) => {
          readBody(response).then(
            (data) =>
              resolve({
                status: response.statusCode ?? 502,
                headers: response.headers,
                body: data,
              }),
            reject,
          );
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    stats.attempts++;
    const body = await readBody(req);
    const fault = pick();
    if (fault) stats.faults[fault]++;
    else stats.passed++;
    if (fault === 'unavailable') return problem(res, 503, 'service_unavailable');
    if (fault === 'rate_limited') return problem(res, 429, 'rate_limited', { 'retry-after': '0' });
    if (fault === 'delay') await sleep(options.delayMs ?? 20);
    if (fault === 'slow') await sleep(options.slowMs ?? 1000);
    const answer = await forward(req, body);
    if (fault === 'drop_after_commit') {
      if (answer.status < 300) stats.droppedCommits++;
      req.socket.destroy();
      return;
    }
    if (res.destroyed || res.writableEnded) return; // the client gave up (timeout) already
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
    res.end(answer.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) problem(res, 502, 'bad_gateway');
      else req.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
