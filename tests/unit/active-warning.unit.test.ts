import { describe, expect, it } from 'vitest';
import { isWarningActive, selectActiveWarning, type WarningTiming } from '../../src/utils/active-warning.ts';
import { msUntilWarningEnds } from '../../src/utils/warning-expiry.ts';

const at = (iso: string) => new Date(iso);
const warning = (level: WarningTiming['level'], start: string, end?: string) => ({
  level,
  startsAt: at(start),
  endsAt: end === undefined ? undefined : at(end),
});

describe('isWarningActive', () => {
  const w = warning('orange', '2024-01-10T08:00:00Z', '2024-01-12T08:00:00Z');
  it('is inactive before the start, active from the start, inactive from the end', () => {
    expect(isWarningActive(w, at('2024-01-10T07:59:59Z'))).toBe(false);
    expect(isWarningActive(w, at('2024-01-10T08:00:00Z'))).toBe(true);
    expect(isWarningActive(w, at('2024-01-11T12:00:00Z'))).toBe(true);
    expect(isWarningActive(w, at('2024-01-12T08:00:00Z'))).toBe(false);
  });
  it('without an end stays active', () => {
    expect(isWarningActive(warning('info', '2024-01-10T08:00:00Z'), at('2030-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('selectActiveWarning', () => {
  const gul = warning('gul', '2024-01-01T00:00:00Z', '2024-01-31T00:00:00Z');
  const rod = warning('rod', '2024-01-10T00:00:00Z', '2024-01-11T00:00:00Z');
  const info = warning('info', '2024-01-20T00:00:00Z');
  const all = [gul, rod, info];

  it('returns nothing when none is active', () => {
    expect(selectActiveWarning(all, at('2023-12-31T00:00:00Z'))).toBeUndefined();
    expect(selectActiveWarning([], at('2024-01-05T00:00:00Z'))).toBeUndefined();
  });
  it('returns the one active warning', () => {
    expect(selectActiveWarning(all, at('2024-01-05T00:00:00Z'))).toBe(gul);
  });
  it('prefers the most severe when several overlap', () => {
    expect(selectActiveWarning(all, at('2024-01-10T12:00:00Z'))).toBe(rod);
    expect(selectActiveWarning(all, at('2024-01-25T00:00:00Z'))).toBe(gul);
  });
  it('after all have ended, only the open-ended one remains', () => {
    expect(selectActiveWarning(all, at('2024-02-15T00:00:00Z'))).toBe(info);
  });
  it('among equal levels, prefers the newest', () => {
    const older = warning('orange', '2024-01-01T00:00:00Z');
    const newer = warning('orange', '2024-01-02T00:00:00Z');
    expect(selectActiveWarning([older, newer], at('2024-01-03T00:00:00Z'))).toBe(newer);
  });
});

describe('msUntilWarningEnds (the script that hides an ended warning between builds)', () => {
  const now = Date.parse('2024-01-10T12:00:00Z');
  it('is the time left before the end, and zero or less once it has passed', () => {
    expect(msUntilWarningEnds('2024-01-10T12:00:05.000Z', now)).toBe(5000);
    expect(msUntilWarningEnds('2024-01-10T12:00:00.000Z', now)).toBe(0);
    expect(msUntilWarningEnds('2024-01-10T11:00:00.000Z', now)).toBe(-3_600_000);
  });
  it('gives up on nonsense and on ends beyond what a timer can wait for', () => {
    expect(msUntilWarningEnds('', now)).toBeUndefined();
    expect(msUntilWarningEnds('imorgon', now)).toBeUndefined();
    expect(msUntilWarningEnds('2024-03-10T12:00:00.000Z', now)).toBeUndefined();
    expect(msUntilWarningEnds('2024-01-30T12:00:00.000Z', now)).toBe(20 * 24 * 3_600_000);
  });
});
