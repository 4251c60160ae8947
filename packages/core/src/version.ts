/** The API version this client is written against; sent as `Apotheca-Version` on every request. */
export const API_VERSION = '2026-11-01';

/** This package's version; sent as `Apotheca-Client: @apotheca/core/<version>`. */
export const CLIENT_VERSION = '0.1.0';
