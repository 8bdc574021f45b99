import { describe, expect, it } from 'vitest';
import { isRealDate, parseStockholmDateTime } from '../../src/utils/stockholm-time.ts';

describe('parseStockholmDateTime', () => {
  it('reads wall-clock time without a zone as Stockholm time, winter and summer', () => {
    expect(parseStockholmDateTime('2023-12-01T09:30')?.toISOString()).toBe('2023-12-01T08:30:00.000Z');
    expect(parseStockholmDateTime('2023-07-27 15:00')?.toISOString()).toBe('2023-07-27T13:00:00.000Z');
    expect(parseStockholmDateTime('2023-12-01')?.toISOString()).toBe('2023-11-30T23:00:00.000Z');
  });

  it('handles the daylight-saving changes', () => {
    // 31 March 2024: clocks go from 02:00 to 03:00; 03:30 local is 01:30 UTC.
    expect(parseStockholmDateTime('2024-03-31T03:30')?.toISOString()).toBe('2024-03-31T01:30:00.000Z');
    // 27 October 2024: 04:00 local (after the change back) is 03:00 UTC.
    expect(parseStockholmDateTime('2024-10-27T04:00')?.toISOString()).toBe('2024-10-27T03:00:00.000Z');
  });

  it('takes a value with a zone as the instant it names', () => {
    expect(parseStockholmDateTime('2024-02-29T12:45:45Z')?.toISOString()).toBe('2024-02-29T12:45:45.000Z');
    expect(parseStockholmDateTime('2024-02-29T13:45:45+01:00')?.toISOString()).toBe('2024-02-29T12:45:45.000Z');
  });

  it('rejects impossible dates and times', () => {
    for (const bad of [
      '2023-02-30T10:00',
      '2023-13-01',
      '2023-12-01T24:00',
      '2023-12-01T10:60',
      'i morgon',
      '',
      '2023-02-30T10:00Z',
    ]) {
      expect(parseStockholmDateTime(bad), bad).toBeUndefined();
    }
  });
});

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
  });
});
