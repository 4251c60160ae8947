// TEMPORARY (until @apotheca/trace exports its parser and client): not part of the package.
export * from '../../../trace/src/parser/index';
export function trace(client: { post: (path: string, init: unknown) => Promise<unknown> }) {
  return {
    verify: (body: unknown, options: { signal?: AbortSignal }) =>
      client.post('/v1/trace/verifications', { body, ...options }) as Promise<never>,
    dispense: (body: unknown, options: { signal?: AbortSignal; idempotencyKey?: string }) =>
      client.post('/v1/trace/dispensations', { body, ...options }) as Promise<never>,
  };
}
