/**
 * The widget platform's public API: what every widget entry (`@apotheca/widgets/<widget>`) and
 * the index re-export, so a page importing one widget never needs the index for the base class,
 * errors, locales or theming.
 */
export {
  ApothecaElement,
  type ThemeName,
  type TokenProvider,
  type WidgetClientOptions,
} from './element/apotheca-element';
export type { Problem, ProblemKind } from './errors/problem';
export type {
  ApothecaErrorDetail,
  ApothecaEventDetail,
  ApothecaEventType,
  ApothecaSessionExpiredDetail,
} from './events/events';
export { LOCALES, type Locale } from './localize/locale';
export { SessionExpiredError } from './session/session-errors';
export {
  APPEARANCE_VARIABLES,
  type Appearance,
  type AppearanceVariable,
} from './theme/appearance';
