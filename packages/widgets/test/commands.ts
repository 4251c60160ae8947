import type { BrowserCommand } from 'vitest/node';
import { mintWidgetSession as mint } from './kit.ts';

/**
 * Browser command: mints a widget session for the test page's origin, as a partner's server
 * would (the secret key stays in Node). Returns only the `wst_…` token.
 */
export const mintWidgetSession: BrowserCommand<
  [sandboxUrl: string, origin: string, scopes: string[]]
> = async (_context, sandboxUrl, origin, scopes) => {
  const session = await mint(sandboxUrl, { patientId: 'pat_test_wangfang', scopes, origin });
  return session.token;
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    mintWidgetSession(sandboxUrl: string, origin: string, scopes: string[]): Promise<string>;
  }
}
