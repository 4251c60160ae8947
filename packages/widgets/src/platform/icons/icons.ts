import { type SVGTemplateResult, svg } from 'lit';

/** Icons always sit next to words (status never reads by colour or icon alone): hide from AT. */
function icon(paths: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg class="icon" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;
}

export const checkIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="m7.5 12.5 3 3 6-6.5"/>`);
export const warningIcon = icon(
  svg`<path d="M12 3 2 20h20L12 3z"/><path d="M12 10v4.5"/><path d="M12 17.5h.01"/>`,
);
export const dangerIcon = icon(
  svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z"/><path d="m9 9 6 6"/><path d="m15 9-6 6"/>`,
);
export const infoIcon = icon(
  svg`<circle cx="12" cy="12" r="10"/><path d="M12 11v6"/><path d="M12 7.5h.01"/>`,
);
export const cameraIcon = icon(
  svg`<path d="M3 8h3l2-3h8l2 3h3v11H3z"/><circle cx="12" cy="13" r="3.5"/>`,
);
export const uploadIcon = icon(
  svg`<path d="M12 15V4"/><path d="m7 9 5-5 5 5"/><path d="M4 15v5h16v-5"/>`,
);
export const torchIcon = icon(svg`<path d="M8 2h8v5l-2 3v12h-4V10L8 7z"/>`);
export const switchIcon = icon(svg`<path d="M4 7h13l-3-3"/><path d="M20 17H7l3 3"/>`);
