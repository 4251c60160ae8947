/**
 * What other domains may use of the claims domain (an import-graph test forbids the rest).
 * Nothing yet: claims are reached only through the API.
 */
export const CLAIMS_DOMAIN = 'claims';
