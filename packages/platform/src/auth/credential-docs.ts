import type { Scope } from '../domains/types';

/** A stored bearer token (OAuth access token or widget session token), keyed by the token. */
export type CredentialDoc =
  | {
      id: string;
      kind: 'oauth';
      client_id: string;
      scopes: Scope[];
      expires_at_ms: number;
    }
  | {
      id: string;
      kind: 'widget_session';
      session_id: string;
      patient_id: string;
      scopes: Scope[];
      allowed_origin: string;
      expires_at_ms: number;
    };

/** A live widget origin: lets CORS preflights through before the token is visible. */
export interface WidgetOriginDoc {
  /** The origin, e.g. `https://portal.example-hospital.cn`. */
  id: string;
  /** The latest expiry of any session for this origin. */
  expires_at_ms: number;
}

/** Collection names used by the engine. */
export const CREDENTIALS = 'credentials';
export const WIDGET_ORIGINS = 'widget_origins';
