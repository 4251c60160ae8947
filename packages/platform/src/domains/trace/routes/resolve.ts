/**
 * Turns a request's `code` (raw scan) or `fields` into a registry query, with the parser's
 * error code and position when the scan cannot be read.
 */
import { safeParseTraceCode } from '@apotheca/domain/trace';
import { ApiError, validationFailed } from '../../../http/problem';
import type { TraceCodeFields, TraceCodeQuery } from '../types';
import { queryFromFields, queryFromParsed } from '../verify/code';

/** The part of a request body that names a pack. */
export interface CodeBody {
  code?: string;
  fields?: TraceCodeFields;
}

/**
 * The query for a body, or a thrown problem: 400 when neither or both of `code` and `fields`
 * are sent, 422 `invalid_trace_code` when the code cannot be read.
 */
export function resolveCode(body: CodeBody): TraceCodeQuery {
  if (body.code !== undefined && body.fields !== undefined) {
    throw validationFailed([
      {
        path: '/body/fields',
        code: 'conflicting_fields',
        message: 'send either code or fields, not both',
      },
    ]);
  }
  if (body.fields !== undefined) {
    const result = queryFromFields(body.fields, '/body/fields');
    if (result.ok) return result.query;
    throw new ApiError(422, 'invalid_trace_code', result.errors[0]?.message ?? 'Invalid fields.', {
      errors: result.errors,
    });
  }
  if (body.code === undefined) {
    throw validationFailed([
      { path: '/body/code', code: 'required', message: 'is required (or send fields)' },
    ]);
  }
  const parsed = safeParseTraceCode(body.code);
  if (parsed.ok) return queryFromParsed(parsed.value);
  const { error } = parsed;
  const extra: Record<string, unknown> = { position: error.position };
  if (error.ai !== undefined) extra.ai = error.ai;
  throw new ApiError(
    422,
    'invalid_trace_code',
    `The code cannot be read: ${error.message} (at position ${error.position}).`,
    {
      errors: [{ path: '/body/code', code: error.code, message: error.message }],
      extra,
    },
  );
}
