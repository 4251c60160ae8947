import { payloadTooLarge, readStreamWithLimit } from '../http/body';

/**
 * A request as the engine sees it: hosts adapt their native request to this (the Node host does
 * so without building a `Request`).
 */
export interface IncomingCall {
  method: string;
  /** The URL path, e.g. `/v1/patients`. */
  pathname: string;
  /** The query string without `?` (may be empty). */
  search: string;
  /** A header by lowercase name, or null. */
  header(name: string): string | null;
  /**
   * Reads the whole body, rejecting with a 413 `ApiError` as soon as it exceeds `limit` bytes
   * (without reading the rest).
   */
  readBody(limit: number): Promise<Uint8Array>;
}

/** A response as the engine produces it. */
export interface OutgoingReply {
  status: number;
  headers: Record<string, string>;
  /** Already-serialised body, or null for none. */
  body: string | null;
}

/** Adapts a Web `Request`. */
export function callFromRequest(request: Request): IncomingCall {
  const url = new URL(request.url);
  return {
    method: request.method.toUpperCase(),
    pathname: url.pathname,
    search: url.search.length > 1 ? url.search.slice(1) : '',
    header: (name) => request.headers.get(name),
    readBody: async (limit) => {
      const declared = Number(request.headers.get('content-length'));
      if (declared > limit) {
        // Refuse before reading a byte.
        await request.body?.cancel().catch(() => {});
        throw payloadTooLarge(limit);
      }
      return readStreamWithLimit(request.body, limit);
    },
  };
}

/** Builds a Web `Response` from a reply. */
export function replyToResponse(reply: OutgoingReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
