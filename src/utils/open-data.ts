/**
 * Open data (lag 2022:818): the citizen promises with their follow-ups, the action-plan measures
 * and the award winners as JSON and CSV. Pure shaping of the entries' data; the endpoints in
 * `src/pages/data/` only feed it. Keys are the content model's field names, so the datasets
 * describe themselves in the same words as the CMS.
 */
import { stringify } from 'csv-stringify/sync';
import { labelOf, MEASURE_STATUSES } from '../content-model/enums.ts';
import { commitmentTimelines, type PromiseData } from './promise-timeline.ts';

/** The licence of every dataset: the site's own decision, stated on `/data/` and in each file. */
export const DATA_LICENSE = {
  name: 'CC0 1.0 Universell',
  identifier: 'CC0-1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv',
} as const;

/** Every dataset the site publishes: file name (without extension), title and what it holds. */
export const DATASETS = [
  {
    id: 'medborgarloften',
    title: 'Medborgarlöften med uppföljningar',
    description: 'Kommunens och polisens medborgarlöften, varje åtagande och dess status vid varje uppföljning.',
    page: '/medborgarloften/',
  },
  {
    id: 'atgarder',
    title: 'Åtgärder i åtgärdsplanen',
    description: 'Åtgärderna mot brott och otrygghet, med ansvarig och status.',
    page: '/dokument/',
  },
  {
    id: 'fem-i-tolv-priset',
    title: 'Pristagare',
    description: 'Pristagare per år med motivering.',
    page: '/fem-i-tolv-priset/',
  },
] as const;

export type DatasetId = (typeof DATASETS)[number]['id'];

export interface Dataset<Row> {
  /** What the JSON file is, for whoever opens it without context. */
  title: string;
  publisher: string;
  license: typeof DATA_LICENSE;
  /** The page the data is shown on. */
  page: string;
  items: Row[];
}

type PromiseEntry = {
  id: string;
  data: PromiseData & {
    title: string;
    summary: string;
    parties: { name: string }[];
    signed?: string | undefined;
    policeUrl?: string | undefined;
    followUps?: (NonNullable<PromiseData['followUps']>[number] & { report?: string | undefined })[] | undefined;
  };
};

/** One item per promise, with each commitment's statuses over time and the follow-ups. */
export function promiseItems(promises: readonly PromiseEntry[], siteUrl: string) {
  return promises.map((p) => ({
    id: p.id,
    url: new URL(`/medborgarloften/${p.id}/`, siteUrl).href,
    title: p.data.title,
    summary: p.data.summary,
    startYear: p.data.startYear,
    endYear: p.data.endYear,
    areas: p.data.areas.map((a) => a.name),
    parties: p.data.parties.map((a) => a.name),
    signed: p.data.signed ?? null,
    promises: commitmentTimelines(p.data).map((c) => ({
      id: c.id,
      text: c.text,
      responsible: c.responsible ?? null,
      statuses: c.history.map((h) => ({ date: h.date, status: h.status, statusLabel: h.label })),
    })),
    followUps: [...(p.data.followUps ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((f) => ({
        date: f.date,
        text: f.text,
        report: f.report ? new URL(f.report, siteUrl).href : null,
      })),
    policeUrl: p.data.policeUrl ?? null,
  }));
}

/**
 * The promises as a flat table: one row per commitment and follow-up status (a commitment
 * without follow-ups gets one row with empty status columns).
 */
export function promiseRows(promises: readonly PromiseEntry[], siteUrl: string) {
  return promiseItems(promises, siteUrl).flatMap((p) =>
    p.promises.flatMap((c) => {
      const base = {
        id: p.id,
        title: p.title,
        startYear: p.startYear,
        endYear: p.endYear,
        areas: p.areas.join('; '),
        parties: p.parties.join('; '),
        promiseId: c.id,
        promiseText: c.text,
        responsible: c.responsible ?? '',
      };
      const statuses = c.statuses.length > 0 ? c.statuses : [{ date: '', status: '', statusLabel: '' }];
      return statuses.map((s) => ({
        ...base,
        followUpDate: s.date,
        status: s.status,
        statusLabel: s.statusLabel,
        url: p.url,
      }));
    }),
  );
}

type MeasureEntry = {
  id: string;
  data: {
    title: string;
    description: string;
    owner?: string | undefined;
    status?: (typeof MEASURE_STATUSES)[number]['value'] | undefined;
    source?: string | undefined;
    order?: number | undefined;
    documents?: string[] | undefined;
  };
};

/** The measures in the order the site lists them. */
export function measureItems(measures: readonly MeasureEntry[], siteUrl: string) {
  return [...measures]
    .sort((a, b) => (a.data.order ?? 1000) - (b.data.order ?? 1000) || a.data.title.localeCompare(b.data.title, 'sv'))
    .map((m) => ({
      id: m.id,
      title: m.data.title,
      description: m.data.description,
      owner: m.data.owner ?? null,
      status: m.data.status ?? null,
      statusLabel: m.data.status ? labelOf(MEASURE_STATUSES, m.data.status) : null,
      source: m.data.source ?? null,
      documents: (m.data.documents ?? []).map((d) => new URL(`/dokument/${d}/`, siteUrl).href),
    }));
}

type WinnerEntry = {
  id: string;
  data: {
    year: number;
    winner: string;
    citation: string;
    ceremonyDate?: string | undefined;
    ceremonyPlace?: string | undefined;
  };
};

/** Winners, newest year first. */
export function winnerItems(winners: readonly WinnerEntry[]) {
  return [...winners]
    .sort((a, b) => b.data.year - a.data.year || a.data.winner.localeCompare(b.data.winner, 'sv'))
    .map((w) => ({
      id: w.id,
      year: w.data.year,
      winner: w.data.winner,
      citation: w.data.citation,
      ceremonyDate: w.data.ceremonyDate ?? null,
      ceremonyPlace: w.data.ceremonyPlace ?? null,
    }));
}

/** CSV columns, in order. The row shapers above produce exactly these keys (a unit test checks it). */
export const CSV_COLUMNS = {
  medborgarloften: [
    'id',
    'title',
    'startYear',
    'endYear',
    'areas',
    'parties',
    'promiseId',
    'promiseText',
    'responsible',
    'followUpDate',
    'status',
    'statusLabel',
    'url',
  ],
  atgarder: ['id', 'title', 'description', 'owner', 'status', 'statusLabel', 'source', 'documents'],
  'fem-i-tolv-priset': ['id', 'year', 'winner', 'citation', 'ceremonyDate', 'ceremonyPlace'],
} as const satisfies Record<DatasetId, readonly string[]>;

/** A dataset as a JSON document (pretty-printed, so it reads in a browser too). */
export function toJson<Row>(dataset: Dataset<Row>): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * Rows as CSV (RFC 4180: comma-separated, CRLF line ends, quotes where needed, UTF-8), with a
 * header row of the keys. Lists inside a cell are joined with "; " before they get here; null is
 * an empty cell. `columns` fixes the header even when there are no rows.
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const cells = rows.map((row) =>
    columns.map((c) => {
      const value = row[c];
      if (value === null || value === undefined) return '';
      if (Array.isArray(value)) return value.join('; ');
      return String(value);
    }),
  );
  return stringify(cells, { header: true, columns: [...columns], record_delimiter: 'windows' });
}
