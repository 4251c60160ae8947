import type { ValidateFunction } from 'ajv';
import { mediaTypeOf } from '../http/body';
import { compileSchema, createContractAjv } from './ajv';
import { contractDocument, type JsonSchema, type OpenApiResponse, resolveRef } from './document';
import { listOperations, OperationMatcher } from './operations';

/** A response to check, with the request it answered. */
export interface ResponseCheck {
  method: string;
  /** The request URL's path, e.g. `/v1/patients/pat_test_wangfang`. */
  path: string;
  status: number;
  /** Response headers (any case). */
  headers: Headers | Record<string, string>;
  /** The raw response body ('' or null when empty). */
  body: string | null;
}

/** Options of {@link createResponseValidator}. */
export interface ResponseValidatorOptions {
  /**
   * Problem statuses any operation may answer even where the contract does not declare them
   * (malformed input, wrong credential kind, body limits, crashes). Default: none (every operation declares a `default` problem response).
   */
  protocolStatuses?: number[];
}

/** Checks responses against the contract. */
export interface ResponseValidator {
  /** Every way the response breaks the contract (empty when it conforms). */
  check(response: ResponseCheck): string[];
  /** Reads a `Response` (from a clone, so it stays readable) and throws if it breaks the contract. */
  assertResponse(request: { method: string; url: string }, response: Response): Promise<void>;
}

const REQUEST_ID = /^req_[A-Za-z0-9]+$/;

/**
 * Builds a validator that checks a response's status is declared for the operation, its
 * content type and body match the declared schema (problem+json for errors), and the required
 * headers (`Apotheca-Request-Id`, `Retry-After` on 429) are there.
 *
 * @example
 * ```ts
 * const validator = createResponseValidator();
 * const response = await platform.handle(request);
 * await validator.assertResponse(request, response); // throws on any contract mismatch
 * ```
 */
export function createResponseValidator(options: ResponseValidatorOptions = {}): ResponseValidator {
  const document = contractDocument();
  const matcher = new OperationMatcher(listOperations(document));
  const ajv = createContractAjv(document);
  const compiled = new Map<string, ValidateFunction>();
  const protocolStatuses = new Set(options.protocolStatuses ?? []);
  const problemResponse = resolveRef<OpenApiResponse>(document, {
    $ref: '#/components/responses/BadRequest',
  });

  function validatorFor(key: string, schema: JsonSchema): ValidateFunction {
    let validate = compiled.get(key);
    if (!validate) {
      validate = compileSchema(ajv, schema);
      compiled.set(key, validate);
    }
    return validate;
  }

  function header(headers: ResponseCheck['headers'], name: string): string | null {
    if (headers instanceof Headers) return headers.get(name);
    const lower = name.toLowerCase();
    for (const [key, value] of Object.entries(headers))
      if (key.toLowerCase() === lower) return value;
    return null;
  }

  function checkAgainst(
    response: ResponseCheck,
    declared: OpenApiResponse,
    key: string,
    problems: string[],
  ): void {
    for (const [name, spec] of Object.entries(declared.headers ?? {})) {
      const resolved = resolveRef(document, spec);
      const value = header(response.headers, name);
      if (value === null) {
        if (resolved.required) problems.push(`missing required header ${name}`);
        continue;
      }
      if (resolved.schema) {
        const schema = resolved.schema;
        const parsed = schema.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
        const validate = validatorFor(`${key} header ${name}`, schema);
        if (!validate(parsed))
          problems.push(
            `header ${name}: ${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`,
          );
      }
    }
    const content = declared.content;
    const body = response.body ?? '';
    if (!content) {
      if (body.length > 0) problems.push('declares no body but has one');
      return;
    }
    const mediaType = mediaTypeOf(header(response.headers, 'content-type'));
    const media = mediaType ? content[mediaType] : undefined;
    if (!mediaType || !media) {
      problems.push(
        `content type ${mediaType ?? '(none)'} is not one of ${Object.keys(content).join(', ')}`,
      );
      return;
    }
    let parsed: unknown;
    if (!mediaType.includes('json')) {
      // A text body (text/calendar) is validated as the string it is.
      parsed = body;
    } else
      try {
        parsed = JSON.parse(body);
      } catch {
        problems.push(`body is not JSON: ${body.slice(0, 80)}`);
        return;
      }
    if (media.schema) {
      const validate = validatorFor(`${key} ${mediaType}`, media.schema);
      if (!validate(parsed)) {
        problems.push(
          `body does not match the schema: ${(validate.errors ?? [])
            .map((e) => `${e.instancePath || '/'} ${e.message}`)
            .join('; ')}`,
        );
      }
    }
    if (response.status >= 400 && parsed && typeof parsed === 'object') {
      const problem = parsed as { status?: unknown; request_id?: unknown };
      if (problem.status !== response.status)
        problems.push(`problem.status ${String(problem.status)} ≠ HTTP ${response.status}`);
      const requestId = header(response.headers, 'apotheca-request-id');
      if (problem.request_id !== requestId)
        problems.push('problem.request_id differs from Apotheca-Request-Id');
    }
  }

  function check(response: ResponseCheck): string[] {
    const problems: string[] = [];
    const requestId = header(response.headers, 'apotheca-request-id');
    if (!requestId || !REQUEST_ID.test(requestId))
      problems.push(`Apotheca-Request-Id missing or malformed (${requestId})`);
    const method = response.method.toUpperCase();
    const match = matcher.match(method, response.path);
    const label = `${method} ${response.path} → ${response.status}`;
    if (match.kind !== 'operation') {
      if (method === 'OPTIONS' && response.status === 204 && match.kind === 'method_not_allowed') {
        return problems.map((p) => `${label}: ${p}`);
      }
      const expected =
        match.kind === 'not_found' ? [404] : method === 'OPTIONS' ? [403, 404] : [405];
      if (
        !expected.includes(response.status) &&
        response.status !== 500 &&
        response.status !== 503
      ) {
        problems.push(`unexpected status for a request matching no operation`);
      }
      if (response.status === 405 && !header(response.headers, 'allow'))
        problems.push('405 without Allow');
      checkAgainst(response, problemResponse, 'problem', problems);
      return problems.map((p) => `${label}: ${p}`);
    }
    const operation = match.operation;
    // `default` stands for errors only: an undeclared success status is always a mismatch.
    const declared =
      operation.responses[String(response.status)] ??
      (response.status >= 400 ? operation.responses.default : undefined);
    if (declared) {
      checkAgainst(response, declared, `${operation.operationId} ${response.status}`, problems);
    } else if (protocolStatuses.has(response.status)) {
      checkAgainst(response, problemResponse, 'problem', problems);
    } else {
      problems.push(
        `status ${response.status} is not declared for ${operation.operationId} (declared: ${Object.keys(operation.responses).join(', ')})`,
      );
    }
    return problems.map((p) => `${label} (${operation.operationId}): ${p}`);
  }

  return {
    check,
    async assertResponse(request, response) {
      const body = await response.clone().text();
      const problems = check({
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        headers: response.headers,
        body,
      });
      if (problems.length > 0) {
        throw new Error(`Response breaks the contract:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}
