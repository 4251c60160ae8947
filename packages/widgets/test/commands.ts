import { mintWidgetSession as mint, PATIENTS } from '@apotheca/testing';
import type { BrowserCommand } from 'vitest/node';

type Scopes = Parameters<typeof mint>[1]['scopes'];

/**
 * Browser command: mints a widget session for the test page's origin, as a partner's server
 * would (the secret key stays in Node). Returns only the `wst_…` token.
 */
export const mintWidgetSession: BrowserCommand<
  [sandboxUrl: string, origin: string, scopes: Scopes]
> = async (_context, sandboxUrl, origin, scopes) => {
  const session = await mint(sandboxUrl, { patientId: PATIENTS.wangfang, scopes, origin });
  return session.token;
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    mintWidgetSession(sandboxUrl: string, origin: string, scopes: Scopes): Promise<string>;
  }
}
