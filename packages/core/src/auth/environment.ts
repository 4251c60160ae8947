/** Whether this code runs in a browser page (as opposed to Node, Deno, Bun or an edge worker). */
export function detectBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}
