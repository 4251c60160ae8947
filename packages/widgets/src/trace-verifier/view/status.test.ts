import { describe, expect, it } from 'vitest';
import { isExpired, statusLook, today } from './status';

describe('status look', () => {
  it('never shows a problem status in the success tone', () => {
    expect(statusLook('verified').tone).toBe('success');
    expect(statusLook('verified', true).tone).toBe('warning');
    for (const status of ['recalled', 'expired', 'suspect', 'not_found', 'mismatch'] as const) {
      expect(statusLook(status).tone).toBe('danger');
    }
    expect(statusLook('data_incomplete').tone).toBe('warning');
  });
});

describe('expiry', () => {
  const now = new Date(2026, 5, 15, 23, 30);
  it('is expired only after the expiry day has passed', () => {
    expect(today(now)).toBe('2026-06-15');
    expect(isExpired('2026-06-14', now)).toBe(true);
    expect(isExpired('2026-06-15', now)).toBe(false);
    expect(isExpired(undefined, now)).toBe(false);
  });
});
