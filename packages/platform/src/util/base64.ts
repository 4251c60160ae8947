// Web-only (no Buffer) so the engine runs in browsers and msw.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Standard base64 of bytes. */
export function base64Encode(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Decodes standard base64 (throws on invalid input). */
export function base64Decode(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** base64url without padding of a UTF-8 string. */
export function base64UrlEncodeText(text: string): string {
  return base64Encode(encoder.encode(text))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Inverse of {@link base64UrlEncodeText}; throws on invalid input. */
export function base64UrlDecodeText(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  return decoder.decode(base64Decode(padded + '='.repeat((4 - (padded.length % 4)) % 4)));
}

/** Lowercase hex of bytes. */
export function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}
