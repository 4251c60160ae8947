// What a partner's bundle holds when it uses patients: the client plus this package.
export { ApothecaClient } from '@apotheca/core';
export { patients } from '../dist/index.js';
