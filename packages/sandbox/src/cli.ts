#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { SEEDED_OAUTH_CLIENTS, SEEDED_PATIENTS, SEEDED_SECRET_KEYS } from '@apotheca/platform';
import { startSandbox } from './node/start-sandbox';

const HELP = `Usage: apotheca-sandbox [--port 4010] [--host 127.0.0.1] [--data DIR [--fsync]] [--quiet]

  --port   port to listen on (0 picks a free one)        default 4010
  --host   interface to bind                              default 127.0.0.1
  --data   keep state in DIR (SQLite; survives restarts)  default: in memory
  --fsync  with --data: fsync every commit (survives power loss, not just kill -9; slower)
  --quiet  do not log a line per request
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      fsync: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Invalid --port ${values.port}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const sandbox = await startSandbox({
    port,
    host: values.host,
    quiet: values.quiet,
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.fsync ? { durability: 'full' as const } : {}),
  });
  const key = SEEDED_SECRET_KEYS[0]!;
  const limited = SEEDED_SECRET_KEYS[1]!;
  const client = SEEDED_OAUTH_CLIENTS[0]!;
  const patients = SEEDED_PATIENTS.slice()
    .reverse()
    .map((p) => `    ${p.id.padEnd(26)} ${p.name} (${p.birth_date}, ${p.preferred_locale})`)
    .join('\n');
  process.stdout.write(
    [
      `Apotheca sandbox listening on ${sandbox.url}`,
      `  storage       ${values.data ? `${values.data}/sandbox.db (durable${values.fsync ? ', fsync' : ''})` : 'in memory (use --data DIR to keep it)'}`,
      `  secret key    ${key.key}`,
      `  limited key   ${limited.key} (rate limited, for trying 429s)`,
      `  OAuth client  ${client.clientId} / ${client.clientSecret}`,
      '  test patients',
      patients,
      '  docs          docs/testing/sandbox.md (seeded data), /v1/health to check it is up',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: shutting down…\n`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `apotheca-sandbox: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
