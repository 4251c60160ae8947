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
        limit: '42 kB',
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
        limit: '27 kB',
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
        limit: '32 kB',
        withFirstLoad: true,
      },
      {
        chunk: 'lookup-kit',
        holds:
          'the bundled ICD-10 table (@apotheca/domain/claims) and the platform photo quality check, prefetched',
        limit: '12 kB',
        withFirstLoad: false,
      },
    ],
  },
  {
    tag: 'apotheca-refill-reminder',
    className: 'ApothecaRefillReminder',
    entry: 'refill-reminder',
    define: 'src/refill-reminder/define.ts',
    chunks: [
      {
        chunk: 'refill-kit',
        holds:
          'its SDK chunk (@apotheca/core, @apotheca/prescriptions), loaded on first contact or idle',
        limit: '27 kB',
        withFirstLoad: true,
      },
    ],
  },
  {
    tag: 'apotheca-prescription-upload',
    className: 'ApothecaPrescriptionUpload',
    entry: 'prescription-upload',
    define: 'src/prescription-upload/define.ts',
    chunks: [
      {
        chunk: 'upload-kit',
        holds:
          'its SDK chunk (@apotheca/core, @apotheca/prescriptions uploads), loaded on first contact or idle',
        limit: '27 kB',
        withFirstLoad: true,
      },
      {
        chunk: 'photo-kit',
        holds: 'the platform photo quality check (@apotheca/domain/photo-quality), prefetched',
        limit: '6 kB',
        withFirstLoad: false,
      },
    ],
  },
];

/** The all-in-one script-tag bundle: a loader that defines each widget above on first use. */
export const BUNDLE = {
  entry: 'apotheca-widgets',
  source: 'src/apotheca-widgets.ts',
  /** Budget of the loader alone (what every page pays before any widget is used). */
  loaderLimit: '1.5 kB',
  /**
   * The widget budget: a page with one widget first loads the loader, Lit, the platform, that
   * widget's UI and both locales — shared chunks counted once — within this (min+gzip).
   */
  widgetFirstLoadLimit: '25 kB',
  /** Where the build writes the size-limit checks it derives from this list and its metafile. */
  sizeLimitFile: 'dist/size-limit.json',
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

/** The part of esbuild's metafile the budgets read: each output's imports and entry point. */
export interface BundleMetafile {
  outputs: Record<
    string,
    { entryPoint?: string; imports: ReadonlyArray<{ path: string; kind: string }> }
  >;
}

/** One size-limit check. */
export interface SizeLimitCheck {
  name: string;
  path: string[];
  gzip: true;
  limit: string;
}

/**
 * The size-limit checks the registry implies for a build of the bundle: per widget its first
 * load (the loader plus everything its define chunk imports statically), per lazy chunk the
 * chunk with what it imports statically (plus the widget's first load when `withFirstLoad`).
 * Paths are the output files (relative to the package), so shared chunks count once.
 */
export function sizeLimits(meta: BundleMetafile): SizeLimitCheck[] {
  const closure = (roots: string[]): string[] => {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imported of meta.outputs[file]?.imports ?? []) {
        if (imported.kind === 'import-statement') queue.push(imported.path);
      }
    }
    return [...seen].sort();
  };
  const outputs = Object.entries(meta.outputs).filter(([file]) => file.endsWith('.js'));
  const outputOf = (what: string, match: (file: string, entryPoint?: string) => boolean) => {
    const found = outputs.filter(([file, output]) => match(file, output.entryPoint));
    if (found.length !== 1) {
      throw new Error(`sizeLimits: expected one bundle output for ${what}, found ${found.length}`);
    }
    return (found[0] as [string, unknown])[0];
  };
  const loader = outputOf(BUNDLE.source, (_, entryPoint) => entryPoint === BUNDLE.source);
  const check = (name: string, files: string[], limit: string): SizeLimitCheck => ({
    name,
    path: files,
    gzip: true,
    limit,
  });
  return [
    check(
      `${BUNDLE.entry}.js loader alone (defines widgets on first use)`,
      closure([loader]),
      BUNDLE.loaderLimit,
    ),
    ...WIDGETS.flatMap((widget) => {
      const ui = outputOf(widget.define, (_, entryPoint) => entryPoint === widget.define);
      const firstLoad = closure([loader, ui]);
      return [
        check(
          `${widget.entry}: first load from ${BUNDLE.entry}.js (loader, Lit, platform, its UI, both locales)`,
          firstLoad,
          BUNDLE.widgetFirstLoadLimit,
        ),
        ...widget.chunks.map((chunk) => {
          const file = outputOf(chunk.chunk, (name) =>
            new RegExp(`/${BUNDLE.entry}-${chunk.chunk}-[A-Z0-9]+\\.js$`).test(name),
          );
          const own = closure([file]);
          return check(
            `${widget.entry}: ${chunk.withFirstLoad ? 'first load with ' : ''}${chunk.holds}`,
            chunk.withFirstLoad
              ? [...new Set([...firstLoad, ...own])].sort()
              : own.filter((f) => !firstLoad.includes(f)),
            chunk.limit,
          );
        }),
      ];
    }),
  ];
}
