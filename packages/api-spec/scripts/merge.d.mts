// Types for merge.mjs, so the TypeScript tests can import it.
type Json = Record<string, unknown>;
export declare function mergeDomains(root: Json, domains: Record<string, Json>): Json;
export declare function sensitiveFields(doc: Json): string[];
