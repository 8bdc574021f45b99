/** The open datasets of this build, read from the content collections. */
import { getCollection } from 'astro:content';
import {
  DATA_LICENSE,
  DATASETS,
  type Dataset,
  type DatasetId,
  measureItems,
  promiseItems,
  promiseRows,
  winnerItems,
} from '../utils/open-data.ts';
import { getCitizenPromises } from './citizen-promises.ts';
import { getAwardSettings, getSiteSettings } from './settings.ts';

export interface BuiltDataset {
  id: DatasetId;
  json: Dataset<unknown>;
  /** Flat rows for the CSV file. */
  rows: Record<string, unknown>[];
}

/** Every dataset this municipality publishes (the winners only if it has the award). */
export async function getDatasets(): Promise<BuiltDataset[]> {
  const site = await getSiteSettings();
  const meta = (id: DatasetId) => {
    const d = DATASETS.find((x) => x.id === id) as (typeof DATASETS)[number];
    return {
      title: `${d.title} – ${site.municipality}`,
      publisher: site.municipality,
      license: DATA_LICENSE,
      page: new URL(d.page, site.siteUrl).href,
    };
  };
  const promises = await getCitizenPromises();
  const measures = measureItems(await getCollection('atgarder'), site.siteUrl);
  const out: BuiltDataset[] = [
    {
      id: 'medborgarloften',
      json: { ...meta('medborgarloften'), items: promiseItems(promises, site.siteUrl) },
      rows: promiseRows(promises, site.siteUrl),
    },
    { id: 'atgarder', json: { ...meta('atgarder'), items: measures }, rows: measures },
  ];
  if (await getAwardSettings()) {
    const winners = winnerItems(await getCollection('fem-i-tolv'));
    out.push({ id: 'fem-i-tolv-priset', json: { ...meta('fem-i-tolv-priset'), items: winners }, rows: winners });
  }
  return out;
}
