import { describe, expect, it } from 'vitest';
import { traceVerifierStates } from './states';

describe('traceVerifierStates', () => {
  it('names every status, camera failure, dispense, photo and error state once, in kebab case', () => {
    const states = traceVerifierStates();
    expect(new Set(states).size).toBe(states.length);
    for (const state of states) expect(state).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(states).toEqual(
      expect.arrayContaining([
        'empty',
        'verifying',
        'secondary-verification-required',
        'camera-no-camera',
        'dispense-failed',
        'photo-decoder-failed',
        'error-rate-limited',
      ]),
    );
  });
});
