import { HttpResponse, http } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ApothecaClient } from '../client/client';
import { BASE, useMswServer } from '../test-support/msw';
import { Paginator } from './paginator';

const server = useMswServer();

/** 7 patients served 3 per page (or `limit`), with cursors = the next index. */
function serveList() {
  const queries: string[] = [];
  server.use(
    http.get(`${BASE}/v1/patients`, ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.search);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 3);
      const end = Math.min(start + limit, 7);
      const data = Array.from({ length: end - start }, (_, i) => ({ id: `pat_${start + i}` }));
      return HttpResponse.json({ object: 'list', data, next_cursor: end < 7 ? String(end) : null });
    }),
  );
  return queries;
}

const client = new ApothecaClient({ baseUrl: BASE, apiKey: 'sk_test_x', browser: false });

describe('paginate', () => {
  it('iterates every item across pages, following next_cursor and keeping the query', async () => {
    const queries = serveList();
    const ids: string[] = [];
    const paginator = client.paginate('/v1/patients', { params: { query: { limit: 3 } } });
    for await (const patient of paginator) {
      expectTypeOf(patient.birth_date).toEqualTypeOf<string>();
      ids.push(patient.id);
    }
    expect(ids).toEqual(['pat_0', 'pat_1', 'pat_2', 'pat_3', 'pat_4', 'pat_5', 'pat_6']);
    expect(queries).toEqual(['?limit=3', '?limit=3&cursor=3', '?limit=3&cursor=6']);
  });

  it('fetches pages lazily: breaking early stops fetching', async () => {
    const queries = serveList();
    for await (const patient of client.paginate('/v1/patients')) {
      if (patient.id === 'pat_1') break;
    }
    expect(queries).toHaveLength(1);
  });

  it('toArray collects up to the limit', async () => {
    serveList();
    const some = await client.paginate('/v1/patients').toArray({ limit: 4 });
    expect(some.map((p) => p.id)).toEqual(['pat_0', 'pat_1', 'pat_2', 'pat_3']);
    const all = await client.paginate('/v1/patients').toArray({ limit: 100 });
    expect(all).toHaveLength(7);
  });

  it('toArray requires a limit between 1 and 10 000', async () => {
    const paginator = new Paginator<number>(async () => ({ data: [1], next_cursor: null }));
    await expect(paginator.toArray({ limit: 0 })).rejects.toThrow(RangeError);
    await expect(paginator.toArray({ limit: 10_001 })).rejects.toThrow(RangeError);
    await expect(paginator.toArray({} as { limit: number })).rejects.toThrow(RangeError);
    await expect(paginator.toArray({ limit: 10_000 })).resolves.toEqual([1]);
  });

  it('stops with the abort reason when the signal aborts mid-iteration', async () => {
    const queries = serveList();
    const controller = new AbortController();
    const ids: string[] = [];
    const run = async () => {
      for await (const patient of client.paginate(
        '/v1/patients',
        {},
        { signal: controller.signal },
      )) {
        ids.push(patient.id);
        if (ids.length === 2) controller.abort(new Error('stop'));
      }
    };
    await expect(run()).rejects.toThrow('stop');
    expect(ids).toEqual(['pat_0', 'pat_1']);
    expect(queries).toHaveLength(1);
  });
});
