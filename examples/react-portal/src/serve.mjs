// Serves the built portal (`npm run build` first) through the example partner server, which
// mints the widget sessions with its secret key: `SANDBOX_URL=http://127.0.0.1:4010 npm start`.
import { fileURLToPath } from 'node:url';
import { startPartnerServer } from '@apotheca/example-partner-server/src/server.mjs';
import { waitForSandbox } from '@apotheca/example-partner-server/src/wait-for-sandbox.mjs';

const sandboxUrl = process.env.SANDBOX_URL ?? 'http://127.0.0.1:4010';
await waitForSandbox(sandboxUrl);
const server = await startPartnerServer({
  port: Number(process.env.PORT ?? 4030),
  sandboxUrl,
  portalDir: fileURLToPath(new URL('../dist', import.meta.url)),
});
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
