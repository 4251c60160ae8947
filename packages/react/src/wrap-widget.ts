import type { ApothecaEventType } from '@apotheca/widgets';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

/** `on…` prop name → `apotheca-*` event name, as the generated wrappers declare them. */
export type WidgetEventMap = Readonly<Record<string, ApothecaEventType>>;

/**
 * The `@lit/react` event map of a wrapper: each `on…` prop receives the event with the `detail`
 * type the widget registered in `HTMLElementEventMap`.
 */
export type WidgetEvents<Events extends WidgetEventMap> = {
  [Prop in keyof Events]: EventName<HTMLElementEventMap[Events[Prop]]>;
};

/** A generated wrapper: the element's properties as props, its events as `on…` props. */
export type WidgetComponent<
  Element extends HTMLElement,
  Events extends WidgetEventMap,
> = ReactWebComponent<Element, WidgetEvents<Events>>;

/**
 * Wraps a widget class with `@lit/react`. The generated modules in `generated/` call it once per
 * widget of `@apotheca/widgets`' registry; the event names come from its custom-elements.json.
 *
 * @example
 * ```ts
 * import { ApothecaTraceVerifier } from '@apotheca/widgets/trace-verifier';
 * const Verifier = wrapWidget(ApothecaTraceVerifier, 'apotheca-trace-verifier', {
 *   onApothecaVerified: 'apotheca-verified',
 * } as const);
 * ```
 */
export function wrapWidget<Element extends HTMLElement, const Events extends WidgetEventMap>(
  elementClass: new () => Element,
  tagName: string,
  events: Events,
): WidgetComponent<Element, Events> {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    // The names are plain strings at run time; the mapped type only carries the event types.
    events: events as unknown as WidgetEvents<Events>,
    displayName: elementClass.name,
  });
}
