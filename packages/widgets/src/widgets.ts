/**
 * The one registration point of the package's widgets. The build (tsup.config.ts) derives its
 * entries from it; `test/widgets-registry.test.ts` checks package.json `exports` and
 * `sideEffects`, `.size-limit.json`, the all-in-one bundle and custom-elements.json against it.
 * Build-time data only: no widget code imports it.
 */

/** One widget: its tag, its npm entry and the module that defines it. */
export interface WidgetRegistration {
  /** The custom element's tag. */
  tag: `apotheca-${string}`;
  /** The element class, exported from `@apotheca/widgets`. */
  className: string;
  /** The npm subpath (`@apotheca/widgets/<entry>`) and `dist/<entry>.js`. */
  entry: string;
  /** The module that defines the element: the widget's only side effect. */
  define: `src/${string}/define.ts`;
  /** The widget's lazy chunks in the all-in-one bundle (`dist/apotheca-widgets-<chunk>-*.js`). */
  chunks: ReadonlyArray<{
    chunk: string;
    /** What the chunk holds, for the size report. */
    holds: string;
    /** Budget (min+gzip). */
    limit: string;
    /** Whether the budget counts the bundle's first load too (an SDK chunk), or the chunk alone. */
    withFirstLoad: boolean;
  }>;
}

export const WIDGETS: readonly WidgetRegistration[] = [
  {
    tag: 'apotheca-trace-verifier',
    className: 'ApothecaTraceVerifier',
    entry: 'trace-verifier',
    define: 'src/trace-verifier/define.ts',
    chunks: [
      {
        chunk: 'verify-kit',
        holds:
          'its SDK chunk (@apotheca/core, @apotheca/trace parser + client), loaded on first contact or idle',
        limit: '56 kB',
        withFirstLoad: true,
      },
      {
        chunk: 'zxing-decoder',
        holds:
          'barcode decoder JS glue (zxing-wasm reader; on demand, the .wasm is fetched separately)',
        limit: '13 kB',
        withFirstLoad: false,
      },
    ],
  },
  {
    tag: 'apotheca-symptom-checker',
    className: 'ApothecaSymptomChecker',
    entry: 'symptom-checker',
    define: 'src/symptom-checker/define.ts',
    chunks: [
      {
        chunk: 'symptom-kit',
        holds:
          'its SDK chunk (@apotheca/core, @apotheca/consultations, @apotheca/patients), loaded on first contact or idle',
        limit: '46 kB',
        withFirstLoad: true,
      },
      {
        chunk: 'red-flag-kit',
        holds:
          'the offline red-flag screen (@apotheca/domain/triage/red-flags), prefetched at once',
        limit: '28 kB',
        withFirstLoad: false,
      },
    ],
  },
  {
    tag: 'apotheca-claim-form',
    className: 'ApothecaClaimForm',
    entry: 'claim-form',
    define: 'src/claim-form/define.ts',
    chunks: [
      {
        chunk: 'claim-kit',
        holds:
          'its SDK chunk (@apotheca/core, @apotheca/claims, the medication catalogue of @apotheca/prescriptions), loaded on first contact or idle',
        limit: '45 kB',
        withFirstLoad: true,
      },
      {
        chunk: 'lookup-kit',
        holds:
          'the bundled ICD-10 table (@apotheca/domain/claims) and the platform photo quality check, prefetched',
        limit: '30 kB',
        withFirstLoad: false,
      },
    ],
  },
];

/** The all-in-one script-tag bundle: defines every widget above. */
export const BUNDLE = {
  entry: 'apotheca-widgets',
  source: 'src/apotheca-widgets.ts',
  /**
   * Budget of its first load: Lit, the platform, every widget's UI, both locales (measured
   * 33.96 kB with two widgets, 43.79 kB with three). A single widget's own entry stays within the
   * 25 kB widget budget; the all-in-one script carries every widget's UI until it defines them
   * lazily.
   */
  firstLoadLimit: '45 kB',
} as const;

/** tsup entries of the npm build: the class-and-types index plus one per widget. */
export function npmEntries(): Record<string, string> {
  return {
    index: 'src/index.ts',
    ...Object.fromEntries(WIDGETS.map((widget) => [widget.entry, widget.define])),
  };
}

/** package.json `exports` the registry implies. */
export function packageExports(): Record<string, unknown> {
  const entry = (name: string) => ({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });
  return {
    '.': entry('index'),
    ...Object.fromEntries(WIDGETS.map((widget) => [`./${widget.entry}`, entry(widget.entry)])),
    [`./${BUNDLE.entry}.js`]: entry(BUNDLE.entry),
    './zxing_reader.wasm': './dist/zxing_reader.wasm',
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  };
}

/** package.json `sideEffects`: the define modules and the bundle, built and as source. */
export function sideEffects(): string[] {
  return [
    ...WIDGETS.flatMap((widget) => [`./dist/${widget.entry}.js`, `./${widget.define}`]),
    `./dist/${BUNDLE.entry}.js`,
    `./${BUNDLE.source}`,
  ];
}

/** `.size-limit.json` the registry implies. */
export function sizeLimits(): Array<{
  name: string;
  path: string | string[];
  gzip: true;
  limit: string;
}> {
  const firstLoad = [`dist/${BUNDLE.entry}.js`, `dist/${BUNDLE.entry}-chunk-*.js`];
  return [
    {
      name: `${BUNDLE.entry}.js first load: Lit, widget platform, every widget's UI, both locales`,
      path: firstLoad,
      gzip: true,
      limit: BUNDLE.firstLoadLimit,
    },
    ...WIDGETS.flatMap((widget) =>
      widget.chunks.map((chunk) => {
        const file = `dist/${BUNDLE.entry}-${chunk.chunk}-*.js`;
        return {
          name: `${widget.entry}: ${chunk.withFirstLoad ? 'first load with ' : ''}${chunk.holds}`,
          path: chunk.withFirstLoad ? [...firstLoad, file] : file,
          gzip: true as const,
          limit: chunk.limit,
        };
      }),
    ),
  ];
}
