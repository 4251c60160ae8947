// What a partner's bundle holds when it uses prescriptions: the client plus this package.
export { ApothecaClient } from '@apotheca/core';
export { prescriptions } from '../dist/index.js';
