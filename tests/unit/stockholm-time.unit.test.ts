import { describe, expect, it } from 'vitest';
import {
  isRealDate,
  parseStockholmDateTime,
  readWrittenDateTime,
  stockholmParts,
  writtenDateProblem,
} from '../../src/lib/stockholm-time.ts';

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

describe('readWrittenDateTime (what editors may write in a date-time field)', () => {
  const iso = (v: string) => {
    const r = readWrittenDateTime(v);
    return 'instant' in r ? r.instant.toISOString() : r.problem;
  };
  it('reads the forms Decap and editors write as Swedish wall-clock time', () => {
    expect(iso('2023-12-01T09:30')).toBe('2023-12-01T08:30:00.000Z');
    expect(iso('2023-12-01 09:30')).toBe('2023-12-01T08:30:00.000Z');
    expect(iso('2023-12-01 09:30:00')).toBe('2023-12-01T08:30:00.000Z');
    expect(iso('2023-07-27')).toBe('2023-07-26T22:00:00.000Z');
  });
  it('refuses, saying why, what would not be shown as written', () => {
    expect(iso('2023-12-01T09:30:00Z')).toMatch(/has a time zone/);
    expect(iso('2023-12-01T09:30+01:00')).toMatch(/has a time zone/);
    expect(iso('2023-12-01T09:30:15')).toMatch(/has seconds/);
    expect(iso('2024-03-31T02:30')).toMatch(/does not exist in Swedish time/);
    expect(iso('2023-13-45')).toMatch(/not a real date: "2023-13-45"/);
    expect(iso('2023-12-01T24:00')).toMatch(/not a real time/);
    expect(iso('0023-12-01')).toMatch(/year must be between 1900 and 2199/);
    expect(iso('1/12/2023')).toMatch(/expected a date and time written YYYY-MM-DDTHH:mm/);
  });
  it('takes both readings of the hour that repeats when summer time ends as the time written', () => {
    const r = readWrittenDateTime('2024-10-27T02:30');
    expect('instant' in r && stockholmParts(r.instant)).toMatchObject({ hour: 2, minute: 30 });
  });
});

describe('writtenDateProblem', () => {
  it('accepts a real YYYY-MM-DD and refuses anything else', () => {
    expect(writtenDateProblem('2024-02-29')).toBeUndefined();
    expect(writtenDateProblem('2023-02-29')).toMatch(/not a real date/);
    expect(writtenDateProblem('2023-12-01T09:30')).toMatch(/expected a date written YYYY-MM-DD/);
    expect(writtenDateProblem(' 2023-12-01')).toMatch(/expected a date written/);
  });
});
