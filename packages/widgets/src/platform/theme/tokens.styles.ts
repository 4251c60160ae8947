import { css } from 'lit';

/**
 * The public theming surface: every `--apotheca-*` custom property with its light and dark
 * default. Widgets only ever use the private `--_*` copies, so a portal's value always wins.
 *
 * Without a `theme` attribute a widget follows the page's own `color-scheme` (a light portal gets
 * a light widget); `theme="auto"` follows `prefers-color-scheme`; `light`/`dark` force one.
 */
export const tokenStyles = css`
  :host {
    --_primary: var(--apotheca-color-primary, light-dark(#0b6e4f, #5fd3a6));
    --_on-primary: var(--apotheca-color-on-primary, light-dark(#ffffff, #06281d));
    --_text: var(--apotheca-color-text, light-dark(#1c2430, #e6ebf1));
    --_text-muted: var(--apotheca-color-text-muted, light-dark(#4f5b69, #aab4c0));
    --_surface: var(--apotheca-color-surface, light-dark(#ffffff, #161b22));
    --_surface-alt: var(--apotheca-color-surface-alt, light-dark(#f3f5f7, #1f2630));
    --_border: var(--apotheca-color-border, light-dark(#7b8794, #6b7888));
    --_danger: var(--apotheca-color-danger, light-dark(#b42318, #ff9b90));
    --_success: var(--apotheca-color-success, light-dark(#067647, #6ee7a8));
    --_warning: var(--apotheca-color-warning, light-dark(#8a5300, #ffc266));
    --_focus: var(--apotheca-color-focus, light-dark(#1a5fd0, #8ab4ff));
    --_radius: var(--apotheca-radius, 8px);
    --_font: var(
      --apotheca-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    --_font-size: var(--apotheca-font-size, 1rem);
    --_space: var(--apotheca-spacing, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    border-radius: var(--_radius);
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;
