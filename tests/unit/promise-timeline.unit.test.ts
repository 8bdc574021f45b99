import { describe, expect, it } from 'vitest';
import { commitmentTimelines, currentByArea, type PromiseData } from '../../src/utils/promise-timeline.ts';

const promise: PromiseData = {
  startYear: 2025,
  endYear: 2026,
  areas: [{ name: 'Centrum' }],
  promises: [
    { id: 'belysning', text: 'Bättre belysning', responsible: 'Kommunen' },
    { id: 'narvaro', text: 'Mer närvaro' },
  ],
  // Deliberately out of order: the timeline must sort by date.
  followUps: [
    { date: '2026-06-01', text: 'Andra', statuses: [{ promise: 'belysning', status: 'genomfort' }] },
    {
      date: '2025-10-01',
      text: 'Första',
      statuses: [
        { promise: 'belysning', status: 'pagar' },
        { promise: 'narvaro', status: 'forsenat' },
      ],
    },
  ],
};

describe('commitmentTimelines', () => {
  it('gives each commitment its statuses oldest first, with Swedish labels, and the latest status', () => {
    const [belysning, narvaro] = commitmentTimelines(promise);
    expect(belysning?.history).toEqual([
      { date: '2025-10-01', status: 'pagar', label: 'Pågår' },
      { date: '2026-06-01', status: 'genomfort', label: 'Genomfört' },
    ]);
    expect(belysning?.latest?.label).toBe('Genomfört');
    expect(belysning?.responsible).toBe('Kommunen');
    // A later follow-up that says nothing about a commitment leaves its latest status as it was.
    expect(narvaro?.history.map((h) => h.status)).toEqual(['forsenat']);
    expect(narvaro?.latest?.date).toBe('2025-10-01');
  });

  it('has empty histories when there are no follow-ups', () => {
    const timelines = commitmentTimelines({ ...promise, followUps: undefined });
    expect(timelines.map((t) => [t.id, t.history, t.latest])).toEqual([
      ['belysning', [], undefined],
      ['narvaro', [], undefined],
    ]);
  });
});

describe('currentByArea', () => {
  const entry = (id: string, startYear: number, endYear: number, ...areas: string[]) => ({
    id,
    data: { ...promise, startYear, endYear, areas: areas.map((name) => ({ name })) },
  });
  const all = [
    entry('old', 2021, 2022, 'Centrum'),
    entry('both', 2025, 2026, 'Östra', 'Centrum'),
    entry('city', 2026, 2027, 'Centrum'),
  ];

  it('groups the promises current in the year by area, areas alphabetical, newest period first', () => {
    expect(currentByArea(all, 2026).map((g) => [g.area, g.promises.map((p) => p.id)])).toEqual([
      ['Centrum', ['city', 'both']],
      ['Östra', ['both']],
    ]);
  });

  it('leaves out promises outside the year', () => {
    expect(currentByArea(all, 2024)).toEqual([]);
    expect(currentByArea(all, 2022).map((g) => g.promises.map((p) => p.id))).toEqual([['old']]);
  });
});
