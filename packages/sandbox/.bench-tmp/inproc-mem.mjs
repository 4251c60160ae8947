import { createPlatform } from './dist/index.js';
import { SqliteStorage } from './dist/node.js';
import { mkdtempSync } from 'node:fs';
const dir = mkdtempSync('/tmp/inproc-');
const platform = createPlatform({ rateLimit: false });
const body = new TextEncoder().encode('{"name":"Load Test","birth_date":"1990-01-01"}');
const headers = { authorization: 'Bearer sk_test_apotheca_sandbox', 'content-type': 'application/json', 'content-length': String(body.length) };
const call = (path, method, b) => ({ method, pathname: path, search: '', header: (n) => headers[n] ?? null, readBody: async () => b });
async function run(n, conc, mk) {
  let i = 0;
  const c0 = process.cpuUsage(); const t0 = performance.now();
  await Promise.all(Array.from({ length: conc }, async () => { while (i++ < n) { const r = await platform.dispatch(mk()); if (r.status >= 300) throw new Error(r.status + r.body); } }));
  const cpu = process.cpuUsage(c0); const wall = performance.now() - t0;
  return { perReqCpuUs: ((cpu.user + cpu.system) / n).toFixed(1), rps: (n / wall * 1000).toFixed(0) };
}
await run(2000, 20, () => call('/v1/patients', 'POST', body));
console.log('POST patients', await run(10000, 20, () => call('/v1/patients', 'POST', body)));
console.log('GET health', await run(20000, 20, () => call('/v1/health', 'GET', new Uint8Array())));
console.log('GET patient', await run(20000, 20, () => call('/v1/patients/pat_test_wangfang', 'GET', new Uint8Array())));
await platform.close();
