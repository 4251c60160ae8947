type VerifyKit = typeof import('./verify-kit');

let pending: Promise<VerifyKit> | undefined;

/** Loads the SDK chunk once; a failed load (offline) is retried on the next call. */
export function loadVerifyKit(): Promise<VerifyKit> {
  pending ??= import('./verify-kit').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

/** Starts loading the SDK chunk without waiting for it (errors surface on real use). */
export function prefetchVerifyKit(): void {
  loadVerifyKit().catch(() => undefined);
}
