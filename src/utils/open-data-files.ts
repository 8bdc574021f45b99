/**
 * The open datasets as files (`/data/<id>.json`, `/data/<id>.csv`) and as the DCAT catalogue's
 * input: what `open-data.ts` shapes, written out. Pure; the endpoints in `src/pages/data/` and
 * `src/pages/datasets/` serve it.
 */
import { stringify } from 'csv-stringify/sync';
import { OPEN_DATA_PATH } from '../lib/urls.ts';
import type { CatalogInput, FileFormat } from './dcat.ts';
import { DATASETS, type Dataset, type DatasetDates, type DatasetId } from './open-data.ts';

/** CSV columns, in order. The row shapers (`open-data.ts`) produce exactly these keys (a unit test checks it). */
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

/** A dataset as built for the site: the JSON document, the CSV rows and its dates. */
export interface BuiltDataset {
  id: DatasetId;
  json: Dataset<unknown>;
  /** Flat rows for the CSV file. */
  rows: Record<string, unknown>[];
  /** The dates its content states, for the catalogue. */
  dates: DatasetDates;
}

/** A dataset file's name and body, exactly as `/data/<id>.<format>` serves it. */
export function datasetFile(dataset: BuiltDataset, format: FileFormat): { file: string; body: string } {
  return {
    file: `${dataset.id}.${format}`,
    body: format === 'json' ? toJson(dataset.json) : toCsv(dataset.rows, CSV_COLUMNS[dataset.id]),
  };
}

/** The site settings the catalogue reads (the `webbplats` settings file). */
export interface CatalogSettings {
  municipality: string;
  siteName: string;
  siteUrl: string;
  contactCentre: { name: string; phone: string; email?: string | undefined };
  openData?:
    | {
        publisher?: string | undefined;
        organisationNumber?: string | undefined;
        contact?: { name: string; email: string; phone?: string | undefined } | undefined;
      }
    | undefined;
}

/**
 * The catalogue's input from the site settings and the built datasets. Publisher: the settings'
 * `openData.publisher`, else the municipality. Contact point: `openData.contact`, else the
 * contact centre when it has an e-mail address (DCAT-AP-SE requires one), else none.
 */
export function catalogInput(site: CatalogSettings, datasets: readonly BuiltDataset[]): CatalogInput {
  const open = site.openData;
  const centre = site.contactCentre;
  const contact =
    open?.contact ??
    (centre.email
      ? {
          // "Kontaktcenter" alone says nothing on a national portal; a name that already is the
          // municipality's (e.g. "Exempelby kommun") stays as it is.
          name: centre.name.includes(site.municipality) ? centre.name : `${centre.name}, ${site.municipality}`,
          email: centre.email,
          phone: centre.phone,
        }
      : undefined);
  return {
    siteUrl: site.siteUrl,
    siteName: site.siteName,
    publisher: {
      name: open?.publisher || site.municipality,
      organisationNumber: open?.organisationNumber ? open.organisationNumber.replace('-', '') : undefined,
    },
    contactPoint: contact,
    datasets: datasets.map((d) => {
      const about = DATASETS.find((x) => x.id === d.id) as (typeof DATASETS)[number];
      return {
        id: d.id,
        title: d.json.title,
        shortTitle: about.title,
        description: about.description,
        keywords: about.keywords,
        themes: about.themes,
        page: d.json.page,
        ...d.dates,
        files: (['json', 'csv'] as const).map((format) => {
          const { file, body } = datasetFile(d, format);
          return {
            format,
            url: new URL(`${OPEN_DATA_PATH}${file}`, site.siteUrl).href,
            byteSize: Buffer.byteLength(body, 'utf8'),
          };
        }),
      };
    }),
  };
}
