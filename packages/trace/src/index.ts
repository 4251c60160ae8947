/**
 * `@apotheca/trace`: an offline parser for drug trace codes (GS1 element strings, bracketed
 * codes, GS1 Digital Link URIs, China's 20-digit codes) and the Apotheca trace client.
 *
 * The parser lives in the dependency-free `@apotheca/domain/trace` (the sandbox shares it) and
 * is re-exported here, so `import { parseTraceCode } from '@apotheca/trace'` keeps working.
 *
 * @example
 * ```ts
 * import { parseTraceCode } from '@apotheca/trace';
 * const code = parseTraceCode('(01)09506000134352(17)261231(10)ABC123(21)SER0001');
 * if (code.format !== 'china') console.log(code.gtin, code.expiry); // 09506000134352 2026-12-31
 * ```
 *
 * @packageDocumentation
 */
export * from '@apotheca/domain/trace';
export * from './client/index';
