import { describe, expect, it } from 'vitest';
import { formatCelsius, formatDate } from './format';
import { toLocale } from './locale';

describe('toLocale', () => {
  it('maps every Chinese and English tag to the locale we ship', () => {
    expect(toLocale('zh')).toBe('zh-CN');
    expect(toLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(toLocale('ZH_cn')).toBe('zh-CN');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale(' en ')).toBe('en');
  });

  it('answers undefined for languages we do not ship, so the next source is tried', () => {
    expect(toLocale('fr')).toBeUndefined();
    expect(toLocale('')).toBeUndefined();
    expect(toLocale(null)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('formats an expiry date without shifting it across time zones', () => {
    expect(formatDate('en', '2029-02-28')).toBe('Feb 28, 2029');
    expect(formatDate('zh-CN', '2029-02-28')).toBe('2029年2月28日');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });

  it('formats temperatures per locale', () => {
    expect(formatCelsius('en', 2.45)).toMatch(/^2\.5\s?°C$/);
    expect(formatCelsius('zh-CN', -3)).toMatch(/^-3\s?°C$/);
  });
});
