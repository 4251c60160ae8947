import { openapiDocument as generatedDocument } from '@apotheca/api-spec/document';

/** A JSON Schema object from the contract (loosely typed: validated by Ajv, not by TypeScript). */
export type JsonSchema = Record<string, unknown>;

/** The parts of an OpenAPI 3.1 parameter the sandbox reads. */
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  $ref?: string;
}

/** The parts of an OpenAPI 3.1 response the sandbox reads. */
export interface OpenApiResponse {
  $ref?: string;
  description?: string;
  headers?: Record<string, { $ref?: string; required?: boolean; schema?: JsonSchema }>;
  content?: Record<string, { schema?: JsonSchema }>;
}

/** The parts of an OpenAPI 3.1 operation the sandbox reads. */
export interface OpenApiOperation {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, OpenApiResponse>;
}

/** The parts of an OpenAPI 3.1 document the sandbox reads. */
export interface OpenApiDocument {
  info: { version: string };
  security?: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, unknown> & { parameters?: OpenApiParameter[] }>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters?: Record<string, OpenApiParameter>;
    responses?: Record<string, OpenApiResponse>;
    headers?: Record<string, { required?: boolean; schema?: JsonSchema }>;
  };
}

let cached: OpenApiDocument | undefined;

/** The contract the sandbox enforces. */
export function contractDocument(): OpenApiDocument {
  cached ??= generatedDocument as unknown as OpenApiDocument;
  return cached;
}

/** Resolves a local `#/components/...` reference. */
export function resolveRef<T>(document: OpenApiDocument, value: T & { $ref?: string }): T {
  let current: unknown = value;
  for (let depth = 0; depth < 10; depth++) {
    const ref = (current as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string') return current as T;
    if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}`);
    let target: unknown = document;
    for (const part of ref.slice(2).split('/')) {
      target = (target as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (target === undefined) throw new Error(`Unresolved $ref ${ref}`);
    current = target;
  }
  throw new Error('$ref chain too deep');
}
