/** Widgets this portal embeds; the partner server decides each one's scopes. */
export type PortalWidget = 'trace-verifier' | 'symptom-checker';

/**
 * A widget's `tokenProvider`: asks our own server for a widget session (it holds the secret key,
 * the page never does).
 */
export function sessionTokens(widget: PortalWidget): () => Promise<string> {
  return async () => {
    const response = await fetch(`/api/widget-session?widget=${widget}`, { method: 'POST' });
    if (!response.ok) throw new Error(`widget session request failed: ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  };
}

/** A value the partner server wrote into the page's `<meta>` tags. */
export function pageSetting(name: 'apotheca-api-base' | 'apotheca-patient-id'): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
}
