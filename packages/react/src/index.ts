/**
 * `@apotheca/react`: one typed React component per Apotheca widget, derived from the widget
 * registry of `@apotheca/widgets` (ADR 0025). Importing a component defines its custom element;
 * each also has its own subpath (`@apotheca/react/trace-verifier`), and a bundler keeps only the
 * widgets you import.
 *
 * @example
 * ```tsx
 * import { TraceVerifier } from '@apotheca/react';
 *
 * export function PackCheck({ token }: { token: string }) {
 *   return (
 *     <TraceVerifier
 *       apiBase="https://api.apotheca.example"
 *       sessionToken={token}
 *       onApothecaVerified={(event) => console.log(event.detail.status)}
 *     />
 *   );
 * }
 * ```
 *
 * @packageDocumentation
 */
export * from './generated/index';
export type { WidgetComponent, WidgetEventMap, WidgetEvents } from './wrap-widget';
