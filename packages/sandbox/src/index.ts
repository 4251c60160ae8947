/**
 * The Apotheca sandbox. Its main entry is the platform engine (`@apotheca/platform`, re-exported
 * so `import { createPlatform } from '@apotheca/sandbox'` keeps working); the Node HTTP host and
 * SQLite storage are in `@apotheca/sandbox/node`.
 *
 * @example
 * ```ts
 * import { createPlatform } from '@apotheca/sandbox';
 * const platform = createPlatform();
 * const res = await platform.handle(new Request('http://localhost:4010/v1/health'));
 * ```
 */

export * from '@apotheca/platform';
