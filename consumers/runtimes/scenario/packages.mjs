// The packages every runtime in the matrix loads, each with one export that must be a function
// there. Adding the next package to the matrix is one line here (plus its dependency in
// package.json): the Node, CJS, Deno and Bun entries import this list, and the bundled entries
// (workerd, Chromium) are generated from it.
export const PACKAGES = [
  ['@apotheca/sdk', 'verifyWebhook'],
  ['@apotheca/core', 'ApothecaClient'],
  ['@apotheca/patients', 'patients'],
  ['@apotheca/trace', 'parseTraceCode'],
  ['@apotheca/prescriptions', 'prescriptions'],
  ['@apotheca/consultations', 'consultations'],
];
