/** The open datasets of this build, read from the content collections. */
import { getCollection } from 'astro:content';
import { dcatCatalog } from '../utils/dcat.ts';
import {
  DATA_LICENSE,
  DATASETS,
  type DatasetId,
  measureItems,
  promiseDates,
  promiseItems,
  promiseRows,
  winnerDates,
  winnerItems,
} from '../utils/open-data.ts';
import { type BuiltDataset, catalogInput } from '../utils/open-data-files.ts';
import { getCitizenPromises } from './citizen-promises.ts';
import { getAwardSettings, getSiteSettings } from './settings.ts';

export type { BuiltDataset } from '../utils/open-data-files.ts';

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
  const promiseList = promiseItems(promises, site.siteUrl);
  const measures = measureItems(await getCollection('atgarder'), site.siteUrl);
  const out: BuiltDataset[] = [
    {
      id: 'medborgarloften',
      json: { ...meta('medborgarloften'), items: promiseList },
      rows: promiseRows(promises, site.siteUrl),
      dates: promiseDates(promiseList),
    },
    // The measures' content states no dates.
    { id: 'atgarder', json: { ...meta('atgarder'), items: measures }, rows: measures, dates: {} },
  ];
  if (await getAwardSettings()) {
    const winners = winnerItems(await getCollection('fem-i-tolv'));
    out.push({
      id: 'fem-i-tolv-priset',
      json: { ...meta('fem-i-tolv-priset'), items: winners },
      rows: winners,
      dates: winnerDates(winners),
    });
  }
  return out;
}

/** The DCAT-AP-SE catalogue of this build's datasets (`/datasets/dcat`), as RDF/XML. */
export async function getCatalog(): Promise<string> {
  const site = await getSiteSettings();
  return dcatCatalog(catalogInput(site, await getDatasets()));
}
