// What a partner's bundle holds when it uses consultations: the client plus this package.
export { ApothecaClient } from '@apotheca/core';
export { consultations } from '../dist/index.js';
