import type { Options } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema, OpenApiDocument } from './document';

/** The `$id` the contract's component schemas are registered under. */
export const CONTRACT_SCHEMA_ID = 'https://apotheca.example/openapi.json';

/** Rewrites local `#/components/...` refs so a schema compiled on its own still resolves them. */
export function absolutizeRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolutizeRefs);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? CONTRACT_SCHEMA_ID + value
        : absolutizeRefs(value);
  }
  return out;
}

type AjvInstance = InstanceType<typeof Ajv2020>;

/** An Ajv 2020 instance that knows the contract's component schemas. */
export function createContractAjv(document: OpenApiDocument, options: Options = {}): AjvInstance {
  // strict: false because OpenAPI schemas carry annotations Ajv does not know (`examples`,
  // `contentMediaType` on form fields) and the registered root holds `components`.
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  (addFormats as unknown as (ajv: AjvInstance) => void)(ajv);
  ajv.addSchema({ $id: CONTRACT_SCHEMA_ID, components: { schemas: document.components.schemas } });
  return ajv;
}

/** Compiles a contract schema fragment (local refs allowed). */
export function compileSchema(ajv: AjvInstance, schema: JsonSchema) {
  return ajv.compile(absolutizeRefs(schema) as JsonSchema);
}
