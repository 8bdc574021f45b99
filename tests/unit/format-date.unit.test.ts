import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isMidnight, isoDate, yearOf } from '../../src/lib/format-date.ts';
import { parseStockholmDateTime } from '../../src/lib/stockholm-time.ts';

describe('formatDate', () => {
  it('writes calendar dates in Swedish without a leading zero', () => {
    expect(formatDate('2023-12-01')).toBe('1 december 2023');
    expect(formatDate('2024-02-29')).toBe('29 februari 2024');
    expect(formatDate('2021-09-05')).toBe('5 september 2021');
  });

  it('writes instants on their Stockholm calendar day, not the UTC one', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Stockholm (winter time).
    expect(formatDate(new Date('2023-11-30T23:30:00Z'))).toBe('1 december 2023');
    // 22:30 UTC on 30 June is 00:30 on 1 July (summer time, +02:00).
    expect(formatDate(new Date('2023-06-30T22:30:00Z'))).toBe('1 juli 2023');
  });

  it('refuses a string that is not a calendar date', () => {
    expect(() => formatDate('1 december')).toThrow(/calendar date/);
  });
});

describe('formatDateTime', () => {
  it('uses Swedish clock notation with kl. and a full stop', () => {
    expect(formatDateTime(new Date('2024-02-29T12:45:45Z'))).toBe('29 februari 2024 kl. 13.45');
  });
});

describe('isMidnight, isoDate and yearOf', () => {
  it('work in Stockholm time', () => {
    const midnight = parseStockholmDateTime('2023-12-01');
    expect(midnight && isMidnight(midnight)).toBe(true);
    expect(isMidnight(new Date('2023-12-01T08:00:00Z'))).toBe(false);
    expect(isoDate(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
    expect(yearOf(new Date('2023-12-31T23:30:00Z'))).toBe(2024);
    expect(yearOf('2023-12-31')).toBe(2023);
  });
});
