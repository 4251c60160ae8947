import type { ErrorObject } from 'ajv';
import type { FieldError } from '../http/problem';

const FORMAT_MESSAGES: Record<string, string> = {
  date: 'must be a calendar date (YYYY-MM-DD)',
  'date-time': 'must be an RFC 3339 date-time, e.g. 2026-11-01T08:00:00Z',
  uri: 'must be an absolute URI',
  email: 'must be an email address',
  uuid: 'must be a UUID',
};

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    null: 'null',
  };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(' or ');
}

function describe(
  error: ErrorObject,
  prefix: string,
): { path: string; code: string; message: string } {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return {
        path: `${path}/${escapePointer(String(params.missingProperty))}`,
        code: 'required',
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        path: `${path}/${escapePointer(String(params.additionalProperty))}`,
        code:
          prefix === '/body' || prefix.startsWith('/body/') ? 'unknown_field' : 'unknown_parameter',
        message:
          prefix === '/query'
            ? 'is not a query parameter this operation accepts'
            : 'is not a field this operation accepts',
      };
    case 'type':
      return { path, code: 'invalid_type', message: `must be ${typeName(params.type)}` };
    case 'format':
      return {
        path,
        code: 'invalid_format',
        message: FORMAT_MESSAGES[String(params.format)] ?? `must be a valid ${params.format}`,
      };
    case 'pattern':
      return { path, code: 'invalid_format', message: `must match ${params.pattern}` };
    case 'enum':
      return {
        path,
        code: 'invalid_value',
        message: `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'const':
      return {
        path,
        code: 'invalid_value',
        message: `must be ${JSON.stringify(params.allowedValue)}`,
      };
    case 'minLength':
      return {
        path,
        code: params.limit === 1 ? 'required' : 'too_short',
        message:
          params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters`,
      };
    case 'maxLength':
      return { path, code: 'too_long', message: `must be at most ${params.limit} characters` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, code: 'too_small', message: `must be ${params.comparison} ${params.limit}` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { path, code: 'too_large', message: `must be ${params.comparison} ${params.limit}` };
    case 'minItems':
      return { path, code: 'too_few_items', message: `must have at least ${params.limit} item(s)` };
    case 'maxItems':
      return { path, code: 'too_many_items', message: `must have at most ${params.limit} items` };
    case 'uniqueItems':
      return {
        path,
        code: 'duplicate_items',
        message: `must not repeat items (items ${params.j} and ${params.i} are equal)`,
      };
    case 'minProperties':
      return {
        path,
        code: 'empty_object',
        message: `must contain at least ${params.limit} field(s)`,
      };
    case 'maxProperties':
      return {
        path,
        code: 'too_many_fields',
        message: `must contain at most ${params.limit} fields`,
      };
    default:
      return { path, code: 'invalid_value', message: error.message ?? 'is invalid' };
  }
}

/**
 * Turns Ajv errors into the contract's field errors: JSON pointers under `prefix` (`/body`,
 * `/query`, …), one error per path and problem, `oneOf` failures folded into one readable line.
 */
export function toFieldErrors(errors: ErrorObject[], prefix: string): FieldError[] {
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const union = unions.find(
      (u) => u !== error && error.schemaPath.startsWith(`${u.schemaPath}/`),
    );
    if (union) continue; // folded into the union's message below
    let described = describe(error, prefix);
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      const branchErrors = errors.filter((e) => e.schemaPath.startsWith(`${error.schemaPath}/`));
      const allowed = branchErrors.flatMap((e) => {
        const p = e.params as Record<string, unknown>;
        if (e.keyword === 'enum') return (p.allowedValues as unknown[]).map(String);
        if (e.keyword === 'const') return [String(p.allowedValue)];
        return [];
      });
      described =
        allowed.length > 0
          ? {
              path: error.instancePath,
              code: 'invalid_value',
              message: `must be one of: ${allowed.join(', ')}`,
            }
          : {
              path: error.instancePath,
              code: 'invalid_value',
              message: 'does not match any allowed form',
            };
    }
    const fieldError = { ...described, path: prefix + described.path };
    const key = `${fieldError.path}|${fieldError.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(fieldError);
  }
  return out;
}
