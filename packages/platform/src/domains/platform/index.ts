import type { Schema } from '@apotheca/api-spec';
import { API_VERSION } from '@apotheca/api-spec';
import {
  CREDENTIALS,
  type CredentialDoc,
  WIDGET_ORIGINS,
  type WidgetOriginDoc,
} from '../../auth/credential-docs';
import { OAUTH_TOKEN_TTL_SECONDS, SEEDED_OAUTH_CLIENTS } from '../../auth/seeded-credentials';
import { ApiError, validationFailed } from '../../http/problem';
import { isoSeconds } from '../../util/clock';
import { randomToken } from '../../util/ids';
import { requirePatient } from '../patients/api';
import { type DomainModule, defineRoute, type Scope } from '../types';
import { parseOrigin } from './origin';

const getHealth = defineRoute({
  operationId: 'getHealth',
  handle: ({ now }) => ({
    status: 200,
    body: {
      status: 'ok',
      api_version: API_VERSION,
      time: isoSeconds(now),
    } satisfies Schema<'Health'>,
  }),
});

const createOAuthToken = defineRoute({
  operationId: 'createOAuthToken',
  handle({ body: request, tx, now }) {
    const client = SEEDED_OAUTH_CLIENTS.find((c) => c.clientId === request.client_id);
    if (!client || client.clientSecret !== request.client_secret) {
      throw new ApiError(401, 'invalid_client', 'Unknown client_id or wrong client_secret.');
    }
    let scopes: Scope[] = [...client.scopes];
    if (request.scope !== undefined && request.scope.trim() !== '') {
      const asked = [...new Set(request.scope.trim().split(/\s+/))];
      const unknown = asked.filter((s) => !client.scopes.includes(s as Scope));
      if (unknown.length > 0) {
        throw new ApiError(
          400,
          'invalid_scope',
          `Scope not available to this client: ${unknown.join(', ')}.`,
          {
            errors: [
              {
                path: '/body/scope',
                code: 'invalid_scope',
                message: `may only contain ${client.scopes.join(', ')}`,
              },
            ],
          },
        );
      }
      scopes = asked as Scope[];
    }
    const token = `at_${randomToken(40)}`;
    tx.collection<CredentialDoc>(CREDENTIALS).put({
      id: token,
      kind: 'oauth',
      client_id: client.clientId,
      scopes,
      expires_at_ms: now.getTime() + OAUTH_TOKEN_TTL_SECONDS * 1000,
    });
    return {
      status: 200,
      body: {
        access_token: token,
        token_type: 'Bearer',
        expires_in: OAUTH_TOKEN_TTL_SECONDS,
        scope: scopes.join(' '),
      } satisfies Schema<'OAuthToken'>,
    };
  },
});

const createWidgetSession = defineRoute({
  operationId: 'createWidgetSession',
  handle({ body: request, tx, now, newId, auth }) {
    requirePatient(tx, auth, request.patient_id);
    // Browsers send the serialised origin (lowercase host, no default port): compare like for like.
    const checked = parseOrigin(request.allowed_origin);
    if (!checked.ok) {
      throw validationFailed([
        { path: '/body/allowed_origin', code: 'invalid_origin', message: checked.reason },
      ]);
    }
    const origin = checked.origin;
    const ttl = request.ttl_seconds ?? 900;
    const expiresMs = now.getTime() + ttl * 1000;
    const session: Schema<'WidgetSession'> = {
      id: newId('ws'),
      object: 'widget_session',
      token: `wst_${randomToken(40)}`,
      patient_id: request.patient_id,
      scopes: request.scopes,
      allowed_origin: origin,
      expires_at: isoSeconds(new Date(expiresMs)),
      created_at: isoSeconds(now),
    };
    tx.collection<CredentialDoc>(CREDENTIALS).put({
      id: session.token,
      kind: 'widget_session',
      session_id: session.id,
      patient_id: session.patient_id,
      scopes: [...session.scopes],
      allowed_origin: origin,
      expires_at_ms: expiresMs,
    });
    const origins = tx.collection<WidgetOriginDoc>(WIDGET_ORIGINS);
    const known = origins.get(origin);
    if (!known || known.expires_at_ms < expiresMs)
      origins.put({ id: origin, expires_at_ms: expiresMs });
    return { status: 201, body: session };
  },
});

/** Health, OAuth client credentials and widget sessions. */
export const platformDomain: DomainModule = {
  name: 'platform',
  routes: [getHealth, createOAuthToken, createWidgetSession],
};
