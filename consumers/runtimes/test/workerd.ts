import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScenario } from './bundle';
import type { ScenarioInput } from './fixture';

const workerdBin = fileURLToPath(new URL('../../../node_modules/.bin/workerd', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

// globalOutbound is a network service that allows loopback: workerd's default one refuses
// private and local addresses, which is where the sandbox listens.
const config = (port: number) => `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .scenario),
    (name = "loopback", network = (allow = ["local", "private"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const scenario :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "2025-09-01",
  globalOutbound = "loopback",
);
`;

/** Resolves once workerd accepts connections on `port` (it prints nothing when it is ready). */
async function whenListening(
  child: ChildProcess,
  port: number,
  output: () => string,
): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`workerd exited ${child.exitCode}\n${output()}`);
    const open = await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`workerd did not listen on ${port}\n${output()}`);
}

/**
 * The scenario in workerd (npm package `workerd`): bundled with esbuild, served by a generated
 * capnp config on a free loopback port, run by one POST carrying the input.
 */
export async function runWorkerd(input: ScenarioInput): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'apotheca-workerd-'));
  await writeFile(join(dir, 'worker.mjs'), await bundleScenario('workerd'));
  const port = await freePort();
  await writeFile(join(dir, 'config.capnp'), config(port));
  const child = spawn(workerdBin, ['serve', 'config.capnp'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  try {
    await whenListening(child, port, () => output);
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      body: JSON.stringify(input),
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`workerd answered ${response.status}: ${text}\n${output}`);
    return JSON.parse(text) as Record<string, unknown>;
  } finally {
    const exited = new Promise((resolve) => child.once('close', resolve));
    child.kill();
    await exited;
    await rm(dir, { recursive: true, force: true });
  }
}
