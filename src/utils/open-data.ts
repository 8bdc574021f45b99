/**
 * Open data (lag 2022:818): the citizen promises with their follow-ups, the action-plan measures
 * and the award winners as JSON and CSV. Pure shaping of the entries' data; the endpoints in
 * `src/pages/data/` only feed it. Keys are the content model's field names, so the datasets
 * describe themselves in the same words as the CMS. The files and the catalogue's input made from
 * the shaped data are in `open-data-files.ts`.
 */
import { labelOf, MEASURE_STATUSES } from '../content-model/enums.ts';
import { AWARD_PATH, DOCUMENTS_PATH, documentPath, PROMISES_PATH, promisePath } from '../lib/urls.ts';
import type { DataTheme } from './dcat.ts';
import { commitmentTimelines, type PromiseData } from './promise-timeline.ts';

/** The licence of every dataset: the site's own decision, stated on `/data/` and in each file. */
export const DATA_LICENSE = {
  name: 'CC0 1.0 Universell',
  identifier: 'CC0-1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv',
} as const;

/**
 * Every dataset the site publishes: file name (without extension), title and what it holds, and
 * for the DCAT catalogue its keywords and EU data themes (JUST: justice, legal system and public
 * safety; GOVE: government and public sector; SOCI: population and society).
 */
export const DATASETS = [
  {
    id: 'medborgarloften',
    title: 'Medborgarlöften med uppföljningar',
    description: 'Kommunens och polisens medborgarlöften, varje åtagande och dess status vid varje uppföljning.',
    page: PROMISES_PATH,
    keywords: ['medborgarlöfte', 'polisen', 'trygghet', 'brottsförebyggande arbete', 'uppföljning'],
    themes: ['JUST', 'GOVE'],
  },
  {
    id: 'atgarder',
    title: 'Åtgärder i åtgärdsplanen',
    description: 'Åtgärderna mot brott och otrygghet, med ansvarig och status.',
    page: DOCUMENTS_PATH,
    keywords: ['åtgärdsplan', 'trygghet', 'brottsförebyggande arbete'],
    themes: ['JUST', 'GOVE'],
  },
  {
    id: 'fem-i-tolv-priset',
    title: 'Pristagare',
    description: 'Pristagare per år med motivering.',
    page: AWARD_PATH,
    keywords: ['pris', 'pristagare', 'brottsförebyggande arbete'],
    themes: ['JUST', 'SOCI'],
  },
] as const satisfies readonly {
  id: string;
  title: string;
  description: string;
  page: string;
  keywords: readonly string[];
  themes: readonly DataTheme[];
}[];

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
    url: new URL(promisePath(p.id), siteUrl).href,
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

/**
 * The dates a dataset's content states, for the catalogue: `issued` the oldest, `modified` the
 * newest (`YYYY-MM-DD`), and the years it covers. Never the build time: a rebuild with unchanged
 * content gives the same catalogue. Undefined where the content states no date.
 */
export interface DatasetDates {
  issued?: string | undefined;
  modified?: string | undefined;
  temporal?: { start: string; end: string } | undefined;
}

function datesFrom(dates: readonly (string | null | undefined)[], years: readonly number[]): DatasetDates {
  const known = dates.filter((d): d is string => typeof d === 'string' && d !== '').sort();
  const sortedYears = [...years].sort((a, b) => a - b);
  const first = sortedYears[0];
  const last = sortedYears.at(-1);
  return {
    issued: known[0],
    modified: known.at(-1),
    temporal: first === undefined || last === undefined ? undefined : { start: String(first), end: String(last) },
  };
}

/** Promises: signing and follow-up dates; the years from the first start year to the last end year. */
export function promiseDates(items: ReturnType<typeof promiseItems>): DatasetDates {
  return datesFrom(
    items.flatMap((p) => [p.signed, ...p.followUps.map((f) => f.date)]),
    items.flatMap((p) => [p.startYear, p.endYear]),
  );
}

/** Winners: ceremony dates; the award years. */
export function winnerDates(items: ReturnType<typeof winnerItems>): DatasetDates {
  return datesFrom(
    items.map((w) => w.ceremonyDate),
    items.map((w) => w.year),
  );
}

type MeasureEntry = {
  id: string;
  data: {
    title: string;
    description: string;
    owner?: string | undefined;
    status?: (typeof MEASURE_STATUSES)[number]['value'] | undefined;
    provenance?: { text?: string | undefined } | undefined;
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
      source: m.data.provenance?.text ?? null,
      documents: (m.data.documents ?? []).map((d) => new URL(documentPath(d), siteUrl).href),
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
