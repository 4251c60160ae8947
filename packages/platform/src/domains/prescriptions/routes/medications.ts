/** `GET /v1/medications` (search or the whole catalogue, cursor-paged) and `GET /v1/medications/{id}`. */
import type { Schema } from '@apotheca/api-spec';
import type { Medication as CatalogueMedication } from '@apotheca/domain/medications';
import { ApiError, notFound } from '../../../http/problem';
import { base64UrlDecodeText, base64UrlEncodeText } from '../../../util/base64';
import { defineRoute, type Route } from '../../types';
import type { MedicationKnowledge } from '../knowledge';

type Medication = Schema<'Medication'>;

/** The contract's `Medication` of a catalogue entry (the shapes agree; `object` is added). */
export function toMedication(entry: CatalogueMedication): Medication {
  return { ...entry, object: 'medication' };
}

/** FNV-1a of the query, so a cursor cannot be replayed against another `q`. */
function queryTag(q: string | undefined): string {
  let h = 0x811c9dc5;
  for (const ch of q ?? '') {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const encodeOffset = (offset: number, q: string | undefined) =>
  base64UrlEncodeText(`m:${offset}:${queryTag(q)}`);

function decodeOffset(cursor: string, q: string | undefined): number {
  let text = '';
  try {
    text = base64UrlDecodeText(cursor);
  } catch {
    // an undecodable cursor is handled below like any foreign one
  }
  const match = /^m:(\d{1,6}):([0-9a-z]+)$/.exec(text);
  if (!match || match[2] !== queryTag(q)) {
    throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API issued for this q.', {
      errors: [
        { path: '/query/cursor', code: 'invalid_cursor', message: 'is not a cursor for this q' },
      ],
    });
  }
  return Number(match[1]);
}

/** The catalogue routes over the given knowledge. */
export function medicationRoutes(knowledge: MedicationKnowledge): Route[] {
  const list = defineRoute({
    operationId: 'listMedications',
    handle({ query }) {
      const q = query.q?.trim() === '' ? undefined : query.q;
      const limit = query.limit ?? 20;
      const offset = query.cursor === undefined ? 0 : decodeOffset(query.cursor, q);
      const all: Medication[] =
        q === undefined
          ? knowledge.list().map(toMedication)
          : knowledge.search(q).map((m) => ({
              ...toMedication(m.medication),
              match: { score: m.score, matched: m.matched, via: m.via },
            }));
      const data = all.slice(offset, offset + limit);
      const next = offset + limit < all.length ? encodeOffset(offset + limit, q) : null;
      return { status: 200, body: { object: 'list' as const, data, next_cursor: next } };
    },
  });

  const retrieve = defineRoute({
    operationId: 'getMedication',
    handle({ params }) {
      const entry = knowledge.get(params.id);
      if (!entry) throw notFound('medication', params.id);
      return { status: 200, body: toMedication(entry) };
    },
  });

  return [list, retrieve];
}
