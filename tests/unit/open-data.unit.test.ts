import { describe, expect, it } from 'vitest';
import { DATASETS, measureItems, promiseRows, winnerItems } from '../../src/utils/open-data.ts';
import { CSV_COLUMNS, toCsv } from '../../src/utils/open-data-files.ts';

const SITE = 'https://trygg.example';
const promise = {
  id: 'lofte',
  data: {
    title: 'Löfte',
    summary: 'S',
    startYear: 2025,
    endYear: 2026,
    areas: [{ name: 'Centrum' }, { name: 'Öst' }],
    parties: [{ name: 'Kommunen' }, { name: 'Polisen' }],
    promises: [
      { id: 'a', text: 'Belysning, "trygg"' },
      { id: 'b', text: 'Närvaro' },
    ],
    followUps: [
      { date: '2025-10-01', text: 'F1', statuses: [{ promise: 'a' as const, status: 'pagar' as const }] },
      { date: '2026-03-01', text: 'F2', statuses: [{ promise: 'a' as const, status: 'genomfort' as const }] },
    ],
  },
};

describe('open data shaping', () => {
  it('every dataset has CSV columns, and the row shapers produce exactly those keys', () => {
    expect(Object.keys(CSV_COLUMNS).sort()).toEqual(DATASETS.map((d) => d.id).sort());
    for (const row of promiseRows([promise], SITE)) expect(Object.keys(row)).toEqual(CSV_COLUMNS.medborgarloften);
    const measure = { id: 'm', data: { title: 'T', description: 'D', status: 'pagar' as const, documents: ['plan'] } };
    for (const row of measureItems([measure], SITE)) expect(Object.keys(row)).toEqual(CSV_COLUMNS.atgarder);
    const winner = { id: 'w', data: { year: 2024, winner: 'X', citation: 'C' } };
    for (const row of winnerItems([winner])) expect(Object.keys(row)).toEqual(CSV_COLUMNS['fem-i-tolv-priset']);
  });

  it('flattens promises to one row per commitment and status, and keeps commitments without follow-ups', () => {
    const rows = promiseRows([promise], SITE);
    expect(rows.map((r) => [r.promiseId, r.followUpDate, r.statusLabel])).toEqual([
      ['a', '2025-10-01', 'Pågår'],
      ['a', '2026-03-01', 'Genomfört'],
      ['b', '', ''],
    ]);
    expect(rows[0]?.areas).toBe('Centrum; Öst');
    expect(rows[0]?.url).toBe('https://trygg.example/medborgarloften/lofte/');
  });

  it('writes RFC 4180 CSV: header, CRLF, quotes around commas and doubled quotes, empty cells for null', () => {
    const csv = toCsv([{ a: 'Belysning, "trygg"', b: null, c: ['x', 'y'] }], ['a', 'b', 'c']);
    expect(csv).toBe('a,b,c\r\n"Belysning, ""trygg""",,x; y\r\n');
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n');
  });

  it('links measures to their documents and gives the status in words', () => {
    const [m] = measureItems(
      [{ id: 'm', data: { title: 'T', description: 'D', status: 'genomford', documents: ['plan'] } }],
      SITE,
    );
    expect(m).toMatchObject({
      statusLabel: 'Genomförd',
      owner: null,
      documents: ['https://trygg.example/dokument/plan/'],
    });
  });
});
