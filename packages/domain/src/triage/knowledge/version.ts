/** Bumped whenever concepts, red-flag rules or condition patterns change (results cite it). */
export const KNOWLEDGE_VERSION = '2026.12.0';
