import type { ValidateFunction } from 'ajv';
import { ApiError, validationFailed } from '../http/problem';
import { compileSchema, createContractAjv } from './ajv';
import type { JsonSchema, OpenApiDocument } from './document';
import { toFieldErrors } from './field-errors';
import type { ContractOperation } from './operations';

interface CompiledParams {
  path: ValidateFunction | null;
  query: ValidateFunction;
  queryNames: Set<string>;
  headers: ValidateFunction | null;
  /** lowercase → declared header name */
  headerNames: Map<string, string>;
}

/** Validated, coerced parameters of one request. */
export interface ValidatedParams {
  path: Record<string, string>;
  query: Record<string, unknown>;
}

/** A header reader (lowercase names). */
export type HeaderReader = (name: string) => string | null;

function objectSchema(
  properties: Record<string, JsonSchema>,
  required: string[],
  additional: boolean,
): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: additional };
}

/**
 * Validates requests against the contract with Ajv 2020. Each operation's validators are compiled
 * on first use and cached for the life of the process.
 */
export class RequestValidator {
  private readonly bodyAjv;
  private readonly paramAjv;
  private readonly params = new Map<string, CompiledParams>();
  private readonly bodies = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.bodyAjv = createContractAjv(document, { useDefaults: true });
    // Query, path and header values arrive as strings: coerce them to the declared types.
    this.paramAjv = createContractAjv(document, { useDefaults: true, coerceTypes: true });
  }

  /** Validates path, query and header parameters; throws a 400 `validation_failed`. */
  validateParams(
    operation: ContractOperation,
    pathParams: Record<string, string>,
    search: string,
    header: HeaderReader,
  ): ValidatedParams {
    const compiled = this.compileParams(operation);
    const errors = [];
    const path: Record<string, string> = { ...pathParams };
    if (compiled.path && !compiled.path(path)) {
      errors.push(...toFieldErrors(compiled.path.errors ?? [], '/path'));
    }
    const query: Record<string, unknown> = {};
    if (search.length > 0) {
      for (const [name, value] of new URLSearchParams(search)) {
        if (name in query) {
          errors.push({
            path: `/query/${name}`,
            code: 'repeated_parameter',
            message: 'must appear at most once',
          });
        }
        query[name] = value;
      }
    }
    if (!compiled.query(query)) {
      errors.push(...toFieldErrors(compiled.query.errors ?? [], '/query'));
    }
    if (compiled.headers) {
      const headers: Record<string, string> = {};
      for (const [lower] of compiled.headerNames) {
        const value = header(lower);
        if (value !== null) headers[lower] = value;
      }
      if (!compiled.headers(headers)) {
        for (const error of toFieldErrors(compiled.headers.errors ?? [], '')) {
          const [, name = '', ...rest] = error.path.split('/');
          const declared = compiled.headerNames.get(name) ?? name;
          errors.push({ ...error, path: ['/header', declared, ...rest].join('/') });
        }
      }
    }
    if (errors.length > 0) throw validationFailed(errors);
    return { path, query };
  }

  /** Validates a parsed body for a media type; throws a 400 `validation_failed`. */
  validateBody(operation: ContractOperation, mediaType: string, body: unknown): void {
    const key = `${operation.operationId} ${mediaType}`;
    let validate = this.bodies.get(key);
    if (!validate) {
      const schema = operation.requestBody?.content[mediaType];
      if (!schema) return;
      validate = compileSchema(this.bodyAjv, schema);
      this.bodies.set(key, validate);
    }
    if (!validate(body)) throw validationFailed(toFieldErrors(validate.errors ?? [], '/body'));
  }

  private compileParams(operation: ContractOperation): CompiledParams {
    const existing = this.params.get(operation.operationId);
    if (existing) return existing;
    const byLocation = (location: string) => operation.parameters.filter((p) => p.in === location);
    const schemaOf = (location: string, key: (name: string) => string) => {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const p of byLocation(location)) {
        properties[key(p.name)] = p.schema ?? {};
        if (p.required) required.push(key(p.name));
      }
      return { properties, required };
    };
    const path = schemaOf('path', (n) => n);
    const query = schemaOf('query', (n) => n);
    const headers = schemaOf('header', (n) => n.toLowerCase());
    const compiled: CompiledParams = {
      path:
        operation.pathParams.length > 0
          ? compileSchema(this.paramAjv, objectSchema(path.properties, path.required, true))
          : null,
      // Unknown query parameters are rejected: a typo (`?limt=5`) should not silently do nothing.
      query: compileSchema(this.paramAjv, objectSchema(query.properties, query.required, false)),
      queryNames: new Set(Object.keys(query.properties)),
      headers:
        Object.keys(headers.properties).length > 0
          ? compileSchema(this.paramAjv, objectSchema(headers.properties, headers.required, true))
          : null,
      headerNames: new Map(byLocation('header').map((p) => [p.name.toLowerCase(), p.name])),
    };
    this.params.set(operation.operationId, compiled);
    return compiled;
  }
}

/** Thrown when a body is present on an operation that takes none. */
export function unexpectedBody(): ApiError {
  return new ApiError(415, 'unsupported_media_type', 'This operation does not accept a body.');
}
