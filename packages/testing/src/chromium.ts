/**
 * Flags for headless Chromium in tests: no sandbox (containers), no GPU, and nothing that
 * reaches the network on its own (component updates, sync, background fetches).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium; override with `CHROME_PATH` (never `playwright install`). */
export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/**
 * Launch options for Playwright (`chromium.launch(chromiumLaunchOptions())`) and similar tools.
 *
 * @example
 * ```ts
 * import { chromium } from 'playwright-core';
 * const browser = await chromium.launch(chromiumLaunchOptions());
 * ```
 */
export function chromiumLaunchOptions(env: Record<string, string | undefined> = processEnv()): {
  executablePath: string;
  args: string[];
} {
  return { executablePath: env.CHROME_PATH || DEFAULT_CHROME_PATH, args: [...CHROMIUM_ARGS] };
}

function processEnv(): Record<string, string | undefined> {
  // Browser-safe: there is no `process` in a page.
  const g = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return g.process?.env ?? {};
}
