import type { TestProject } from 'vitest/node';

/**
 * Starts the real sandbox (HTTP, random port) for browser tests that verify against it; tests get
 * its URL with `inject('sandboxUrl')` and mint widget sessions through the `mintWidgetSession`
 * browser command (the secret key stays in Node).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { startSandbox } = await import('@apotheca/sandbox/node');
  const sandbox = await startSandbox({
    port: 0,
    host: '127.0.0.1',
    quiet: true,
    checkContract: true,
  });
  project.provide('sandboxUrl', sandbox.url);
  return async () => {
    await sandbox.close();
    // Every response the browser tests received must match the contract.
    if (sandbox.contractViolations.length > 0)
      throw new Error(
        `sandbox responses broke the contract:\n${sandbox.contractViolations.join('\n')}`,
      );
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}
