import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { requestFingerprint } from './fingerprint';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('requestFingerprint', () => {
  it('gives the same fingerprint with a host hash as with WebCrypto', async () => {
    const body = { name: '王芳', nested: { b: 1, a: [true, null] } };
    const webCrypto = await requestFingerprint('POST', '/v1/patients', body);
    expect(webCrypto).toMatch(/^[0-9a-f]{64}$/);
    expect(await requestFingerprint('POST', '/v1/patients', body, nodeSha256)).toBe(webCrypto);
  });

  it('uses the host hash when given one', async () => {
    const seen: string[] = [];
    const fingerprint = await requestFingerprint('POST', '/v1/x', { b: 2, a: 1 }, (text) => {
      seen.push(text);
      return 'h';
    });
    expect(fingerprint).toBe('h');
    expect(seen).toEqual(['POST /v1/x\n{"a":1,"b":2}']);
  });
});
