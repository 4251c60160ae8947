import type { BrowserCommand } from 'vitest/node';

/** The sandbox's seeded secret key: used only here, in Node, never in the browser. */
const SECRET_KEY = 'sk_test_apotheca_sandbox';

/**
 * Browser command: mints a widget session for the test page's origin, as a partner's server
 * would. Returns only the `wst_…` token.
 */
export const mintWidgetSession: BrowserCommand<
  [sandboxUrl: string, origin: string, scopes: string[]]
> = async (_context, sandboxUrl, origin, scopes) => {
  const response = await fetch(`${sandboxUrl}/v1/widget-sessions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${SECRET_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      patient_id: 'pat_test_wangfang',
      scopes,
      allowed_origin: origin,
      ttl_seconds: 900,
    }),
  });
  if (!response.ok)
    throw new Error(`widget session: HTTP ${response.status} ${await response.text()}`);
  const session = (await response.json()) as { token: string };
  return session.token;
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    mintWidgetSession(sandboxUrl: string, origin: string, scopes: string[]): Promise<string>;
  }
}
