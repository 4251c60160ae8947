/**
 * The Node host of the Apotheca sandbox: an HTTP server and durable SQLite storage.
 *
 * @example
 * ```ts
 * import { startSandbox } from '@apotheca/sandbox/node';
 * const sandbox = await startSandbox({ port: 4010, dataDir: '.data/sandbox' });
 * console.log(sandbox.url);
 * ```
 */

export * from '@apotheca/platform';
export { type RunningSandbox, type SandboxOptions, startSandbox } from './node/start-sandbox';
export {
  type SqliteDurability,
  SqliteStorage,
  type SqliteStorageOptions,
} from './storage/sqlite-storage';
