/** The CMS's Swedish date field: what editors write, what is stored, what they are shown. */
import { describe, expect, it } from 'vitest';
import { inWords, shownValue, storedValue } from '../../admin/date-widget.ts';

describe('the Swedish date field of the CMS', () => {
  it('shows stored values the Swedish (ISO) way', () => {
    expect(shownValue('2026-12-01T23:56')).toBe('2026-12-01 23:56');
    expect(shownValue('2026-12-01')).toBe('2026-12-01');
  });

  it('stores what editors write in the form the content model reads', () => {
    expect(storedValue('2026-12-01 23:56', true)).toBe('2026-12-01T23:56');
    expect(storedValue('2026-12-01 9.30', true)).toBe('2026-12-01T09:30');
    expect(storedValue('2026-12-01T09:30', true)).toBe('2026-12-01T09:30');
    expect(storedValue('2026-12-01', true)).toBe('2026-12-01');
    expect(storedValue('2026-12-01', false)).toBe('2026-12-01');
  });

  it('keeps half-written or impossible values out', () => {
    for (const text of ['2026-12', '12/01/2026', '2026-12-01 11:56 PM', '2026-12-01 24:00']) {
      expect(storedValue(text, true), text).toBeUndefined();
    }
    expect(storedValue('2026-12-01 10:00', false)).toBeUndefined();
  });

  it('says the date in Swedish words, as the site does', () => {
    expect(inWords('2026-12-01T23:56', true)).toMatch(/^1 december 2026 kl\. 23\.56$/);
    expect(inWords('2026-12-01', false)).toBe('1 december 2026');
    expect(inWords('2026-02-30', false)).toBe('');
  });
});
