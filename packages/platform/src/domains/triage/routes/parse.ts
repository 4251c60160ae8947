/** `POST /v1/triage/parse`: free text to concepts. Stores nothing. */
import { defineRoute, type Route } from '../../types';
import type { TriageEngine } from '../engine';

export const parseTriageText = (engine: TriageEngine): Route =>
  defineRoute({
    operationId: 'parseTriageText',
    bodyLimit: 16 * 1024,
    handle({ body }) {
      const result = engine.parse({
        text: body.text,
        ...(body.locale ? { locale: body.locale } : {}),
      });
      return { status: 200, body: result };
    },
  });
