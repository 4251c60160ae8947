import { html, type TemplateResult } from 'lit';

/** The loading state; focusable so focus can stay in the widget while it shows. */
export function loadingView(text: string): TemplateResult {
  return html`<div part="loading" class="loading" tabindex="-1">
    <span class="spinner" aria-hidden="true"></span>
    <span>${text}</span>
  </div>`;
}
