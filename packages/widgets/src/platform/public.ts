/**
 * What every widget entry exports from the shared platform: the base class, session, locale,
 * theming and event types. Each define module re-exports this plus its own widget only, so
 * importing one widget never pulls another widget's code into a bundle.
 *
 * @packageDocumentation
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
