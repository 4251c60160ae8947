/**
 * The all-in-one bundle for `<script type="module" src=".../apotheca-widgets.js">`: defines every
 * Apotheca element, with Lit and the SDK inside. The barcode decoder stays a separate chunk
 * (and `zxing_reader.wasm` a separate file) loaded only when a scan needs it. One line per
 * widget of `src/widgets.ts` (a test checks).
 *
 * @packageDocumentation
 */

export * from './claim-form/define';
export * from './symptom-checker/define';
export * from './trace-verifier/define';
