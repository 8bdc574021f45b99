import { describe, expect, it } from 'vitest';
import { kindFilters, kindHref, sortDocuments } from '../../src/utils/document-filters.ts';

describe('kindFilters', () => {
  it('lists only kinds that have documents, in the order of the kind list, with counts', () => {
    const docs = [{ kind: 'lagesbild' }, { kind: 'riktlinje' }, { kind: 'lagesbild' }];
    expect(kindFilters(docs)).toEqual([
      { kind: 'riktlinje', label: 'Riktlinje', href: '/dokument/typ/riktlinje/', count: 1 },
      { kind: 'lagesbild', label: 'Lägesbild', href: '/dokument/typ/lagesbild/', count: 2 },
    ]);
    expect(kindFilters([])).toEqual([]);
    expect(kindHref('atgardsplan')).toBe('/dokument/typ/atgardsplan/');
  });
});

describe('sortDocuments', () => {
  it('puts the newest decision first and undated documents last, by title', () => {
    const docs = [
      { title: 'B', decided: undefined },
      { title: 'Äldst', decided: '2020-01-01' },
      { title: 'A', decided: undefined },
      { title: 'Nyast', decided: '2025-06-12' },
    ];
    expect(sortDocuments(docs).map((d) => d.title)).toEqual(['Nyast', 'Äldst', 'A', 'B']);
  });
});
