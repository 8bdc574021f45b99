import { describe, expect, it } from 'vitest';
import { buildSchedule, decideScheduledBuild, nextDueTime, startOfYear } from '../../src/utils/build-schedule.ts';
import { nominationWindowBounds } from '../../src/utils/nomination-window.ts';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-12-02T13:40:00Z');

describe('nextDueTime', () => {
  it('is the earliest time strictly after the build clock', () => {
    const times = [at('2026-12-05T08:00:00Z'), at('2026-12-01T08:00:00Z'), undefined, at('2026-12-03T07:30:00Z')];
    expect(nextDueTime(times, NOW)).toEqual(at('2026-12-03T07:30:00Z'));
  });

  it('is undefined when everything is past (or exactly now: that build already includes it)', () => {
    expect(nextDueTime([at('2026-01-01T00:00:00Z'), NOW, undefined], NOW)).toBeUndefined();
    expect(nextDueTime([], NOW)).toBeUndefined();
  });
});

describe('buildSchedule', () => {
  it('rounds the next due time up to the full hour the scheduled function runs at', () => {
    expect(buildSchedule([at('2026-12-03T07:30:00Z')], NOW)).toEqual({
      builtAt: '2026-12-02T13:40:00.000Z',
      nextBuildAt: '2026-12-03T08:00:00.000Z',
    });
    expect(buildSchedule([at('2026-12-03T08:00:00Z')], NOW).nextBuildAt).toBe('2026-12-03T08:00:00.000Z');
  });

  it('says null when nothing is scheduled', () => {
    expect(buildSchedule([at('2025-05-01T00:00:00Z')], NOW)).toEqual({
      builtAt: '2026-12-02T13:40:00.000Z',
      nextBuildAt: null,
    });
  });
});

describe('the instants the build schedules', () => {
  it('a new year begins at midnight Stockholm time (23:00 UTC the day before)', () => {
    expect(startOfYear(2027)).toEqual(at('2026-12-31T23:00:00Z'));
  });

  it('the nomination window opens at midnight on its first day and closes at midnight after its last', () => {
    expect(nominationWindowBounds({ nominationOpens: '2027-03-01', nominationCloses: '2027-03-31' })).toEqual({
      start: at('2027-02-28T23:00:00Z'),
      // Summer time has begun by 1 April.
      end: at('2027-03-31T22:00:00Z'),
    });
    expect(nominationWindowBounds({})).toBeUndefined();
  });
});

describe('decideScheduledBuild', () => {
  const schedule = (nextBuildAt: string | null) => ({ builtAt: '2026-12-02T09:05:00.000Z', nextBuildAt });

  it('builds once the due hour has come', () => {
    expect(decideScheduledBuild(schedule('2026-12-02T13:00:00.000Z'), NOW)).toMatchObject({ build: true });
    expect(decideScheduledBuild(schedule('2026-12-02T13:40:00.000Z'), NOW)).toMatchObject({ build: true });
  });

  it('does not build before the due hour, nor ever when nothing is scheduled', () => {
    expect(decideScheduledBuild(schedule('2026-12-02T14:00:00.000Z'), NOW)).toEqual({
      build: false,
      reason: 'next build due at 2026-12-02T14:00:00.000Z',
    });
    expect(decideScheduledBuild(schedule(null), NOW)).toEqual({
      build: false,
      reason: 'nothing scheduled (site built 2026-12-02T09:05:00.000Z)',
    });
  });

  it('a build, once deployed, stops the next run from building again', () => {
    const deployed = buildSchedule(
      [at('2026-12-02T12:30:00Z'), at('2026-12-09T10:00:00Z')],
      at('2026-12-02T13:02:00Z'),
    );
    expect(decideScheduledBuild(deployed, NOW)).toMatchObject({ build: false });
  });

  it('builds to be safe, saying why, when the schedule is missing or not what the build writes', () => {
    for (const [value, why] of [
      [undefined, 'could not be fetched'],
      ['2026-12-02', 'is not a JSON object'],
      [null, 'is not a JSON object'],
      [{ nextBuildAt: null }, 'has no valid "builtAt"'],
      [{ builtAt: '2026-12-02T09:05:00Z', nextBuildAt: 'soon' }, 'has no valid "nextBuildAt"'],
      [{ builtAt: '2026-12-02T09:05:00Z' }, 'has no valid "nextBuildAt"'],
    ] as const) {
      expect(decideScheduledBuild(value, NOW)).toEqual({
        build: true,
        reason: `/byggschema.json ${why}: building to be safe`,
      });
    }
  });
});
