/** The theme variables an {@link Appearance} may set; each maps to a `--apotheca-*` property. */
export const APPEARANCE_VARIABLES = {
  colorPrimary: '--apotheca-color-primary',
  colorOnPrimary: '--apotheca-color-on-primary',
  colorText: '--apotheca-color-text',
  colorTextMuted: '--apotheca-color-text-muted',
  colorSurface: '--apotheca-color-surface',
  colorSurfaceAlt: '--apotheca-color-surface-alt',
  colorBorder: '--apotheca-color-border',
  colorDanger: '--apotheca-color-danger',
  colorSuccess: '--apotheca-color-success',
  colorWarning: '--apotheca-color-warning',
  colorFocus: '--apotheca-color-focus',
  radius: '--apotheca-radius',
  fontFamily: '--apotheca-font-family',
  fontSize: '--apotheca-font-size',
  spacing: '--apotheca-spacing',
} as const;

/** A theme variable name, e.g. `colorPrimary`. */
export type AppearanceVariable = keyof typeof APPEARANCE_VARIABLES;

/**
 * Theme a widget from script instead of CSS.
 *
 * @example
 * ```ts
 * verifier.appearance = { variables: { colorPrimary: '#0a7', radius: '4px' } };
 * ```
 */
export interface Appearance {
  variables?: Partial<Record<AppearanceVariable, string>>;
}

/**
 * Builds a constructable stylesheet that sets the variables on `:host`. A strict CSP forbids
 * inline `style` attributes but allows adopted stylesheets, and setting each value through the
 * CSSOM (never by concatenating CSS text) means a value cannot inject other rules.
 */
export function appearanceSheet(appearance: Appearance | undefined): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(':host {}');
  const rule = sheet.cssRules[0] as CSSStyleRule;
  const variables = appearance?.variables ?? {};
  for (const [name, property] of Object.entries(APPEARANCE_VARIABLES)) {
    const value = variables[name as AppearanceVariable];
    if (typeof value === 'string' && value.trim() !== '') rule.style.setProperty(property, value);
  }
  return sheet;
}
