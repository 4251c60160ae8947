/**
 * Sandbox test clocks (`/v1/test-helpers/test-clocks`), modelled on payment platforms' test
 * clocks: a scenario's objects live at a clock's frozen time, and advancing it moves only them.
 */
import type { Schema } from '@apotheca/api-spec';
import { ApiError, notFound } from '../../http/problem';
import type { Transaction } from '../../storage/types';
import { isoSeconds } from '../../util/clock';
import { type DomainModule, defineRoute, type Route } from '../types';
import { TEST_CLOCKS, type TestClockDoc } from './api';

function loadClock(tx: Transaction, id: string): TestClockDoc {
  const clock = tx.collection<TestClockDoc>(TEST_CLOCKS).get(id);
  if (!clock) throw notFound('test_clock', id);
  return clock;
}

const createTestClock = defineRoute({
  operationId: 'createTestClock',
  handle({ body, tx, now, newId }) {
    const input = body as Schema<'TestClockCreate'>;
    const clock: TestClockDoc = {
      id: newId('clock'),
      object: 'test_clock',
      ...(input.name !== undefined ? { name: input.name } : {}),
      frozen_time: isoSeconds(new Date(input.frozen_time)),
      status: 'ready',
      created_at: isoSeconds(now),
    };
    tx.collection<TestClockDoc>(TEST_CLOCKS).put(clock);
    return { status: 201, body: clock };
  },
});

const getTestClock = defineRoute({
  operationId: 'getTestClock',
  handle({ tx, params }) {
    return { status: 200, body: loadClock(tx, params.id!) };
  },
});

const advanceTestClock = (domains: readonly DomainModule[]): Route =>
  defineRoute({
    operationId: 'advanceTestClock',
    handle({ body, tx, params, emit, newId, now }) {
      const clock = loadClock(tx, params.id!);
      const target = Date.parse((body as Schema<'TestClockAdvance'>).frozen_time);
      // Only forward: objects never see time run backwards.
      if (!(target > Date.parse(clock.frozen_time))) {
        throw new ApiError(400, 'invalid_frozen_time', 'A test clock only moves forward.', {
          errors: [
            {
              path: '/body/frozen_time',
              code: 'invalid_frozen_time',
              message: `must be later than the clock's frozen_time ${clock.frozen_time}`,
            },
          ],
        });
      }
      const advanced: TestClockDoc = { ...clock, frozen_time: isoSeconds(new Date(target)) };
      tx.collection<TestClockDoc>(TEST_CLOCKS).put(advanced);
      emit('test_helpers.test_clock.advanced', advanced);
      // What became due on this clock happens now, in the same transaction (ADR 0013).
      for (const domain of domains) domain.dueWork?.({ tx, now, clockId: clock.id, emit, newId });
      return { status: 200, body: advanced };
    },
  });

const deleteTestClock = defineRoute({
  operationId: 'deleteTestClock',
  handle({ tx, params }) {
    const clock = loadClock(tx, params.id!);
    tx.collection<TestClockDoc>(TEST_CLOCKS).delete(clock.id);
    return {
      status: 200,
      body: { id: clock.id, object: 'test_clock', deleted: true } satisfies Schema<'DeletedObject'>,
    };
  },
});

/**
 * Test clocks: create, retrieve, advance, delete (secret keys only, from the contract).
 * `advance` runs the `dueWork` of the given domains.
 */
export function createTestClocksDomain(domains: readonly DomainModule[] = []): DomainModule {
  return {
    name: 'test-clocks',
    routes: [createTestClock, getTestClock, advanceTestClock(domains), deleteTestClock],
  };
}

/** Test clocks with no due work. */
export const testClocksDomain: DomainModule = createTestClocksDomain();
