// The widget registry is build-time data of @apotheca/widgets (not exported): tests read the
// source, so a widget added there is covered here with no change.
export { WIDGETS } from '../../../widgets/src/widgets';

/** `apotheca-trace-verifier` → `TraceVerifier`; `apotheca-scan` → `onApothecaScan`. */
const pascal = (name: string) =>
  name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
export const componentName = (tag: string) => pascal(tag.replace(/^apotheca-/, ''));
export const eventProp = (event: string) => `on${pascal(event)}`;
