/**
 * Web origins as a widget session's `allowed_origin`: `scheme://host[:port]`, checked strictly so
 * that what is stored is what the partner sent (only case and a default port may differ), never a
 * silent rewrite, and never an exception on hostile input.
 */

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 };

// scheme :// authority, with no path, query or fragment (userinfo is refused by the host rule).
const ORIGIN = /^(https?):\/\/(\[[^\]]*\]|[^:/?#[\]]*)(?::([^/?#]*))?$/;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DECIMAL_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const PORT = /^[1-9][0-9]{0,4}$/;

/** The outcome of {@link parseOrigin}. */
export type OriginCheck = { ok: true; origin: string } | { ok: false; reason: string };

function isIPv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => DECIMAL_OCTET.test(p) && Number(p) <= 255);
}

/** RFC 1123 host name in LDH form; `xn--` labels must be valid IDNA A-labels. */
function hostNameProblem(host: string): string | null {
  if (host.length === 0) return 'has no host';
  if (host.length > 253) return 'has a host name longer than 253 characters';
  const labels = host.split('.');
  for (const label of labels) {
    if (!LDH_LABEL.test(label)) {
      return 'must have a host name of letters, digits and inner hyphens (1–63 per label; IDNA A-labels for other scripts)';
    }
  }
  // An all-numeric last label would be read as an IPv4 address (`1.2.3` is 1.2.0.3).
  if (/^[0-9]+$/.test(labels.at(-1)!)) return 'must have a valid IPv4 address or host name';
  if (labels.some((l) => l.startsWith('xn--'))) {
    // The URL parser applies IDNA ToASCII: an A-label that does not decode makes it throw, and a
    // valid one comes back unchanged.
    try {
      if (new URL(`http://${host}`).hostname !== host) return 'has an invalid IDNA A-label';
    } catch {
      return 'has an invalid IDNA A-label';
    }
  }
  return null;
}

function ipv6Problem(literal: string): string | null {
  try {
    // Compare with the parser's canonical form so `[::0:1]` is not stored as `[::1]` unseen.
    const host = new URL(`http://${literal}`).hostname;
    return host === literal ? null : `must write the IPv6 address in canonical form (${host})`;
  } catch {
    return 'has an invalid IPv6 address';
  }
}

/**
 * Checks a Web origin (http/https; an RFC 1123 host name, IDNA A-label or IP literal; port
 * 1–65535; nothing else) and serialises it as browsers send it in `Origin`: lowercase, without
 * the scheme's default port.
 *
 * @example
 * ```ts
 * parseOrigin('https://Portal.Example:443'); // { ok: true, origin: 'https://portal.example' }
 * parseOrigin('http://a:b@c');               // { ok: false, reason: 'must not contain userinfo …' }
 * ```
 */
export function parseOrigin(input: string): OriginCheck {
  if (/[@]/.test(input)) return { ok: false, reason: 'must not contain userinfo (user@)' };
  const match = ORIGIN.exec(input.toLowerCase());
  if (!match) {
    return {
      ok: false,
      reason: 'must be scheme://host[:port] (http or https) with no path, query or fragment',
    };
  }
  const [, scheme, host, port] = match as unknown as [string, string, string, string | undefined];
  let problem: string | null;
  if (host.startsWith('[')) problem = ipv6Problem(host);
  else if (/^[0-9.]+$/.test(host) && !isIPv4(host)) problem = 'has an invalid IPv4 address';
  else problem = isIPv4(host) ? null : hostNameProblem(host);
  if (problem) return { ok: false, reason: problem };
  let portPart = '';
  if (port !== undefined) {
    if (!PORT.test(port) || Number(port) > 65535) {
      return { ok: false, reason: 'must have a port from 1 to 65535 (no leading zeros)' };
    }
    if (Number(port) !== DEFAULT_PORTS[scheme]) portPart = `:${port}`;
  }
  const origin = `${scheme}://${host}${portPart}`;
  // Belt and braces: the platform's URL parser must agree, or the origin would not match the
  // `Origin` header browsers send.
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    return { ok: false, reason: 'is not a valid origin' };
  }
  if (parsed !== origin) return { ok: false, reason: `is not in serialised form (${parsed})` };
  return { ok: true, origin };
}
