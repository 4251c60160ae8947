import type {
  JsonSchema,
  OpenApiDocument,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiResponse,
} from './document';
import { resolveRef } from './document';

/** HTTP methods the contract may use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** One security alternative of an operation: a scheme and the scopes it needs. */
export interface SecurityAlternative {
  scheme: string;
  scopes: string[];
}

/** An operation of the contract, flattened for fast matching and validation. */
export interface ContractOperation {
  operationId: string;
  method: HttpMethod;
  /** The path template, e.g. `/v1/patients/{id}`. */
  path: string;
  /** Literal segments, or `null` where a path parameter sits. */
  segments: Array<string | null>;
  /** Names of the path parameters in order. */
  pathParams: string[];
  parameters: OpenApiParameter[];
  /** Empty array: no credentials needed. */
  security: SecurityAlternative[];
  requestBody: { required: boolean; content: Record<string, JsonSchema | undefined> } | null;
  responses: Record<string, OpenApiResponse>;
}

function splitPath(path: string): string[] {
  return path.split('/').slice(1);
}

/** Flattens every operation of the document (parameters and responses resolved). */
export function listOperations(document: OpenApiDocument): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters ?? []).map((p) => resolveRef(document, p));
    for (const method of METHODS) {
      const op = item[method.toLowerCase()] as OpenApiOperation | undefined;
      if (!op) continue;
      const own = (op.parameters ?? []).map((p) => resolveRef(document, p));
      const parameters = [
        ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
        ...own,
      ];
      const segments = splitPath(path).map((segment) =>
        segment.startsWith('{') && segment.endsWith('}') ? null : segment,
      );
      const pathParams = splitPath(path)
        .filter((segment) => segment.startsWith('{'))
        .map((segment) => segment.slice(1, -1));
      const security = (op.security ?? document.security ?? []).flatMap((requirement) =>
        Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes })),
      );
      const responses: Record<string, OpenApiResponse> = {};
      for (const [status, response] of Object.entries(op.responses)) {
        responses[status] = resolveRef(document, response);
      }
      let requestBody: ContractOperation['requestBody'] = null;
      if (op.requestBody) {
        const content: Record<string, JsonSchema | undefined> = {};
        for (const [type, media] of Object.entries(op.requestBody.content)) {
          content[type] = media.schema;
        }
        requestBody = { required: op.requestBody.required === true, content };
      }
      operations.push({
        operationId: op.operationId,
        method,
        path,
        segments,
        pathParams,
        parameters,
        security,
        requestBody,
        responses,
      });
    }
  }
  return operations;
}

/** The result of matching a URL path against the contract. */
export type RouteMatch =
  | { kind: 'operation'; operation: ContractOperation; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allow: HttpMethod[] }
  | { kind: 'not_found' };

/**
 * Matches paths against the contract's templates; literal segments win over parameters
 * (`/v1/trace/dispensations/{id}` vs a literal sibling).
 */
export class OperationMatcher {
  private readonly byLength = new Map<number, ContractOperation[]>();
  private readonly byId = new Map<string, ContractOperation>();

  constructor(operations: ContractOperation[]) {
    for (const operation of operations) {
      const list = this.byLength.get(operation.segments.length) ?? [];
      list.push(operation);
      this.byLength.set(operation.segments.length, list);
      this.byId.set(operation.operationId, operation);
    }
    for (const list of this.byLength.values()) {
      // More literal segments first, so the most specific template matches.
      list.sort(
        (a, b) =>
          b.segments.filter((s) => s !== null).length - a.segments.filter((s) => s !== null).length,
      );
    }
  }

  operation(operationId: string): ContractOperation | undefined {
    return this.byId.get(operationId);
  }

  all(): IterableIterator<ContractOperation> {
    return this.byId.values();
  }

  match(method: string, pathname: string): RouteMatch {
    const parts = splitPath(pathname);
    const candidates = this.byLength.get(parts.length);
    if (!candidates) return { kind: 'not_found' };
    const allow: HttpMethod[] = [];
    let matchedTemplate: string | null = null;
    for (const operation of candidates) {
      const params = matchSegments(operation, parts);
      if (!params) continue;
      if (matchedTemplate !== null && matchedTemplate !== operation.path) continue;
      matchedTemplate = operation.path;
      if (operation.method === method) return { kind: 'operation', operation, params };
      allow.push(operation.method);
    }
    return allow.length > 0 ? { kind: 'method_not_allowed', allow } : { kind: 'not_found' };
  }
}

function matchSegments(
  operation: ContractOperation,
  parts: string[],
): Record<string, string> | null {
  const params: Record<string, string> = {};
  let p = 0;
  for (let i = 0; i < parts.length; i++) {
    const segment = operation.segments[i];
    const part = parts[i]!;
    if (segment === null) {
      if (part === '') return null;
      let value: string;
      try {
        value = decodeURIComponent(part);
      } catch {
        value = part;
      }
      params[operation.pathParams[p++]!] = value;
    } else if (segment !== part) {
      return null;
    }
  }
  return params;
}
