import type { ProblemKind } from '../errors/problem';

/** Detail of `apotheca-error`: a stable code and where it happened, never free text. */
export interface ApothecaErrorDetail {
  /** What the widget was doing: `verify`, `dispense`, `camera`, `decode`, … */
  operation: string;
  /** The category the widget used to choose its message. */
  kind: ProblemKind;
  /** Stable snake_case code (the API's `code`, or e.g. `camera_denied`). */
  code: string;
  /** HTTP status, when the API answered. */
  status?: number;
  /** The API's request id, when the API answered: quote it to support. */
  requestId?: string;
}

/** Detail of `apotheca-session-expired`. */
export interface ApothecaSessionExpiredDetail {
  /** `missing`: no token and no provider; `expired`: the API refused and no fresh token came. */
  reason: 'missing' | 'expired';
}

declare global {
  interface HTMLElementEventMap {
    'apotheca-error': CustomEvent<ApothecaErrorDetail>;
    'apotheca-session-expired': CustomEvent<ApothecaSessionExpiredDetail>;
  }
}

/** Every Apotheca event name registered in `HTMLElementEventMap` (by any widget). */
export type ApothecaEventType = Extract<keyof HTMLElementEventMap, `apotheca-${string}`>;

/** The `detail` type registered for an event name. */
export type ApothecaEventDetail<Type extends ApothecaEventType> =
  HTMLElementEventMap[Type] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Creates an Apotheca event: bubbles and crosses shadow roots so a portal can listen anywhere.
 * The name must be registered in `HTMLElementEventMap`, and the detail must match its type.
 *
 * @example
 * ```ts
 * element.dispatchEvent(apothecaEvent('apotheca-session-expired', { reason: 'expired' }));
 * ```
 */
export function apothecaEvent<Type extends ApothecaEventType>(
  type: Type,
  detail: ApothecaEventDetail<Type>,
): CustomEvent<ApothecaEventDetail<Type>> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
