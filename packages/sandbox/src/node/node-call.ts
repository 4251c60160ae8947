import type { IncomingMessage } from 'node:http';
import { ApiError, type IncomingCall, payloadTooLarge } from '@apotheca/platform';

/** Adapts a Node request to the engine without building a Web `Request` (cheaper per request). */
export function callFromNode(req: IncomingMessage, onTooLarge: () => void): IncomingCall {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    pathname: q === -1 ? url : url.slice(0, q),
    search: q === -1 ? '' : url.slice(q + 1),
    header(name) {
      // Node keeps only the first Authorization header; join them all, as Fetch `Headers` does,
      // so the engine sees (and refuses) a repeated credential.
      if (name === 'authorization') return joinedRawHeader(req, name);
      const value = req.headers[name];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
    readBody: (limit) => readBody(req, limit, onTooLarge),
  };
}

function joinedRawHeader(req: IncomingMessage, name: string): string | null {
  const values: string[] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === name) values.push(raw[i + 1]!);
  }
  return values.length === 0 ? null : values.join(', ');
}

function readBody(
  req: IncomingMessage,
  limit: number,
  onTooLarge: () => void,
): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    onTooLarge();
    return Promise.reject(payloadTooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        // Stop reading here; the connection is closed after the 413 is sent.
        cleanup();
        req.pause();
        onTooLarge();
        reject(payloadTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
    };
    const onError = () => {
      cleanup();
      reject(new ApiError(400, 'request_aborted', 'The request body was not completely received.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}
