import type { TestProject } from 'vitest/node';

/**
 * Starts the real sandbox (HTTP, random port) for browser tests that verify against it; tests get
 * its URL with `inject('sandboxUrl')` and mint widget sessions through the `mintWidgetSession`
 * browser command (the secret key stays in Node).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { startSandbox } = await import('@apotheca/sandbox/node');
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', quiet: true });
  project.provide('sandboxUrl', sandbox.url);
  return () => sandbox.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}
