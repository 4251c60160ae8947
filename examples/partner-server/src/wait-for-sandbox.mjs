// Waits for the sandbox to answer `GET /v1/health` with 2xx when both start together. Bounded:
// a sandbox that stays unreachable *or keeps answering non-OK* (a wrong port serving something
// else, a sandbox stuck failing) ends the wait with an error instead of looping for ever.

/**
 * @param {string} sandboxUrl
 * @param {{ attempts?: number, intervalMs?: number, fetch?: typeof fetch, sleep?: (ms: number) => Promise<void> }} [options]
 * @returns {Promise<void>}
 */
export async function waitForSandbox(sandboxUrl, options = {}) {
  const {
    attempts = 100,
    intervalMs = 200,
    fetch: fetchImpl = fetch,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  } = options;
  let last = 'no attempt made';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetchImpl(`${sandboxUrl}/v1/health`);
      if (response.ok) return;
      last = `answered ${response.status}`;
    } catch (error) {
      last = `unreachable (${error instanceof Error ? error.message : String(error)})`;
    }
    if (attempt < attempts) await sleep(intervalMs);
  }
  throw new Error(`sandbox not ready at ${sandboxUrl} after ${attempts} attempts: ${last}`);
}
