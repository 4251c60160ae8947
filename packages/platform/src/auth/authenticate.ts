import type { SecurityAlternative } from '../contract/operations';
import type { AuthContext, Scope } from '../domains/types';
import { ApiError } from '../http/problem';
import type { Storage } from '../storage/types';
import { CREDENTIALS, type CredentialDoc } from './credential-docs';
import {
  ALL_SCOPES,
  type RateLimitConfig,
  SANDBOX_ACCOUNT_ID,
  type SecretKeyConfig,
} from './seeded-credentials';

/** The caller, plus what the engine needs beyond the handler's view. */
export interface Authenticated {
  auth: AuthContext;
  /** Rate-limit bucket id. */
  bucket: string;
  bucketLimit: RateLimitConfig | null;
  /** Idempotency-key scope (the credential owner), or null when keys do not apply. */
  idempotencyScope: string | null;
  /** Widget sessions: the only origin allowed to call with this token. */
  allowedOrigin: string | null;
}

const ALL = new Set<Scope>(ALL_SCOPES);

const WWW_AUTHENTICATE = { 'WWW-Authenticate': 'Bearer realm="apotheca"' };

function unauthorized(code: string, detail: string): ApiError {
  return new ApiError(401, code, detail, { headers: WWW_AUTHENTICATE });
}

function makeAuth(
  kind: AuthContext['kind'],
  credentialId: string,
  scopes: ReadonlySet<Scope>,
  patientId: string | null,
): AuthContext {
  return {
    kind,
    accountId: SANDBOX_ACCOUNT_ID,
    credentialId,
    scopes,
    patientId,
    canAccessPatient: (id) => patientId === null || id === patientId,
  };
}

const ANONYMOUS: Authenticated = {
  auth: makeAuth('anonymous', 'anonymous', new Set(), null),
  bucket: 'anonymous',
  bucketLimit: null,
  idempotencyScope: null,
  allowedOrigin: null,
};

/**
 * Authenticates a request against an operation's security alternatives (from the contract).
 * Throws 401 for missing/unknown/expired credentials and 403 for a credential the operation does
 * not accept or that lacks a scope.
 */
export function authenticate(
  security: SecurityAlternative[],
  authorization: string | null,
  secretKeys: ReadonlyMap<string, SecretKeyConfig>,
  storage: Storage,
  nowMs: number,
): Authenticated {
  // Hosts join repeated headers with ", " (Fetch `Headers`; the Node host does so for
  // Authorization from its raw headers). A Bearer credential never contains a comma, so a comma
  // means two credentials: refuse rather than guess which one was meant (RFC 6749 §3.1).
  if (authorization?.includes(',')) {
    throw new ApiError(
      400,
      'duplicate_authorization_header',
      'Send exactly one Authorization header with one credential.',
    );
  }
  if (security.length === 0) return ANONYMOUS;
  if (!authorization) {
    throw unauthorized(
      'authentication_required',
      'Send `Authorization: Bearer <secret key, access token or widget session token>`.',
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) {
    throw unauthorized(
      'invalid_authorization_header',
      'The Authorization header must be `Bearer <token>`.',
    );
  }
  const token = match[1]!;
  let authenticated: Authenticated;
  let scheme: string;
  if (token.startsWith('sk_')) {
    const key = secretKeys.get(token);
    if (!key) {
      throw unauthorized(
        'invalid_api_key',
        token.startsWith('sk_live_')
          ? 'Live keys do not work in the sandbox; use a sk_test_ key.'
          : 'No such API key. The sandbox key is sk_test_apotheca_sandbox.',
      );
    }
    scheme = 'secretKey';
    authenticated = {
      auth: makeAuth('secret_key', key.id, ALL, null),
      bucket: `key:${key.id}`,
      bucketLimit: key.rateLimit ?? null,
      idempotencyScope: `acct:${SANDBOX_ACCOUNT_ID}`,
      allowedOrigin: null,
    };
  } else if (token.startsWith('at_') || token.startsWith('wst_')) {
    const doc = storage.transaction((tx) => tx.collection<CredentialDoc>(CREDENTIALS).get(token));
    if (!doc) throw unauthorized('invalid_token', 'The token is not valid.');
    if (doc.expires_at_ms <= nowMs) {
      throw unauthorized(
        'token_expired',
        doc.kind === 'oauth'
          ? 'The access token has expired; request a new one from /v1/oauth/token.'
          : 'The widget session has expired; mint a new one with POST /v1/widget-sessions.',
      );
    }
    const scopes = new Set(doc.scopes);
    if (doc.kind === 'oauth') {
      scheme = 'oauth2';
      authenticated = {
        auth: makeAuth('oauth', doc.client_id, scopes, null),
        bucket: `oauth:${doc.client_id}`,
        bucketLimit: null,
        idempotencyScope: `oauth:${doc.client_id}`,
        allowedOrigin: null,
      };
    } else {
      scheme = 'widgetSession';
      authenticated = {
        auth: makeAuth('widget_session', doc.session_id, scopes, doc.patient_id),
        bucket: `ws:${doc.session_id}`,
        bucketLimit: null,
        // Keyed by patient so a refreshed session (new token) still replays its own retries,
        // and one patient's widget can never replay another patient's response.
        idempotencyScope: `ws:${SANDBOX_ACCOUNT_ID}:${doc.patient_id}`,
        allowedOrigin: doc.allowed_origin,
      };
    }
  } else {
    throw unauthorized(
      'invalid_token',
      'Unrecognised credential (expected sk_test_…, at_… or wst_…).',
    );
  }
  const alternatives = security.filter((s) => s.scheme === scheme);
  if (alternatives.length === 0) {
    const accepted = security.map((s) => s.scheme);
    throw new ApiError(
      403,
      'credential_not_allowed',
      accepted.length === 1 && accepted[0] === 'secretKey'
        ? 'This operation needs a secret key (from your server); this credential cannot call it.'
        : `This operation does not accept this kind of credential (accepted: ${accepted.join(', ')}).`,
    );
  }
  const granted = authenticated.auth.scopes;
  if (!alternatives.some((alt) => alt.scopes.every((s) => granted.has(s as Scope)))) {
    const needed = alternatives[0]!.scopes;
    throw new ApiError(
      403,
      'insufficient_scope',
      `This operation needs the scope ${needed.join(' + ')}.`,
      { extra: { required_scopes: needed } },
    );
  }
  return authenticated;
}
