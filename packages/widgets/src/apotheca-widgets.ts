/**
 * The all-in-one script for `<script type="module" src=".../apotheca-widgets.js">`: a small
 * loader that defines each Apotheca element the first time the page uses it. A page with one
 * widget loads Lit, the platform and that widget's UI, never the other widgets' code
 * (decision 0028). Elements added later (a router, `innerHTML`) are found by a
 * `MutationObserver`; elements inside a host's own shadow roots need {@link discover}.
 *
 * One line per widget of `src/widgets.ts` in `LOADERS` (a test checks).
 *
 * @example
 * ```html
 * <script type="module" src="/vendor/apotheca/apotheca-widgets.js"></script>
 * <apotheca-symptom-checker patient-id="pat_test_liqiang"></apotheca-symptom-checker>
 * <script type="module">
 *   import { load } from '/vendor/apotheca/apotheca-widgets.js';
 *   await load('apotheca-symptom-checker'); // defined: properties and methods are live
 * </script>
 * ```
 *
 * @packageDocumentation
 */

export type * from './index';

const LOADERS = {
  'apotheca-claim-form': () => import('./claim-form/define'),
  'apotheca-prescription-upload': () => import('./prescription-upload/define'),
  'apotheca-refill-reminder': () => import('./refill-reminder/define'),
  'apotheca-symptom-checker': () => import('./symptom-checker/define'),
  'apotheca-trace-verifier': () => import('./trace-verifier/define'),
} as const satisfies Record<`apotheca-${string}`, () => Promise<unknown>>;

/** The tag of an element this script can define. */
export type ApothecaTag = keyof typeof LOADERS;

/** Every tag this script can define. */
export const TAGS = Object.keys(LOADERS) as ApothecaTag[];

const loading = new Map<ApothecaTag, Promise<void>>();

function isTag(name: string): name is ApothecaTag {
  return Object.hasOwn(LOADERS, name);
}

/**
 * Loads and defines one element (once; later calls return the same promise). Resolves when
 * `customElements.get(tag)` is defined.
 */
export function load(tag: ApothecaTag): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = LOADERS[tag]().then(() => undefined);
    // A failed chunk (offline) may be retried by the next call.
    pending.catch(() => loading.delete(tag));
    loading.set(tag, pending);
  }
  return pending;
}

/** Defines every Apotheca element used under `root` (e.g. a shadow root of the host page). */
export function discover(root: ParentNode = document): Promise<void> {
  const used = new Set<ApothecaTag>();
  if (root instanceof Element && isTag(root.localName)) used.add(root.localName);
  for (const element of root.querySelectorAll(TAGS.join(','))) {
    if (isTag(element.localName)) used.add(element.localName);
  }
  return Promise.all([...used].map(load)).then(() => undefined);
}

/** Defines every element at once (e.g. before creating them with `document.createElement`). */
export function defineAll(): Promise<void> {
  return Promise.all(TAGS.map(load)).then(() => undefined);
}

// Only in a browser document: importing this module on a server (SSR) does nothing.
if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}
