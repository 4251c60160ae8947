import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedFetch, contractValidator } from '@apotheca/testing/node';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const auth = { authorization: 'Bearer sk_test_apotheca_sandbox' };
const dataDir = mkdtempSync(join(tmpdir(), 'apotheca-durability-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the CLI on a free port and resolves with its base URL (read from its banner). */
function startCli(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--data', dataDir, '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${out}`)));
  });
}

function bodyFor(n: number): string {
  return JSON.stringify({
    name: `Durable ${n}`,
    birth_date: '1990-01-01',
    metadata: { n: String(n) },
  });
}

describe('durability (kill -9 mid-load)', () => {
  it('keeps every acknowledged patient and idempotency key', async () => {
    expect(existsSync(CLI), 'build the package first (dist/cli.js)').toBe(true);
    const first = await startCli();
    const acknowledged = new Map<number, string>(); // request number → patient id
    let next = 0;
    let killed = false;
    const exited = new Promise((resolve) => first.child.once('exit', resolve));

    async function worker(): Promise<void> {
      while (!killed) {
        const n = next++;
        let res: Response;
        let text: string;
        try {
          res = await fetch(`${first.url}/v1/patients`, {
            method: 'POST',
            headers: {
              ...auth,
              'content-type': 'application/json',
              'idempotency-key': `durable-${n}`,
            },
            body: bodyFor(n),
          });
          text = await res.text();
        } catch {
          // In flight when the process died: not acknowledged, so no promise was made.
          continue;
        }
        const problems = contractValidator().check({
          method: 'POST',
          path: '/v1/patients',
          status: res.status,
          headers: res.headers,
          body: text,
        });
        expect(problems).toEqual([]);
        if (res.status === 201) acknowledged.set(n, (JSON.parse(text) as { id: string }).id);
        if (!killed && acknowledged.size >= 200) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    }
    await Promise.all(Array.from({ length: 16 }, worker));
    await exited;
    expect(acknowledged.size).toBeGreaterThanOrEqual(200);

    const second = await startCli();
    const ids = [...acknowledged.values()];
    for (const id of ids) {
      const res = await checkedFetch(`${second.url}/v1/patients/${id}`, { headers: auth });
      expect(res.status, id).toBe(200);
    }
    // Acknowledged idempotency keys replay the original response after the restart.
    for (const [n, id] of [...acknowledged].slice(0, 20)) {
      const res = await checkedFetch(`${second.url}/v1/patients`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `durable-${n}` },
        body: bodyFor(n),
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('idempotent-replayed')).toBe('true');
      expect(((await res.json()) as { id: string }).id).toBe(id);
    }
    second.child.kill('SIGTERM');
    expect(await new Promise((resolve) => second.child.once('exit', resolve))).toBe(0);
  }, 60_000); // two process starts and ~200 durable writes: slow on a loaded machine
});
