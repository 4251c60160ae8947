// What an insurer's server bundle holds when it uses claims: the client plus this package.
export { ApothecaClient } from '@apotheca/core';
export { claims } from '../dist/index.js';
