/** `/data/<dataset>.json` and `/data/<dataset>.csv` for every open dataset of this build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../data/open-data.ts';
import { type BuiltDataset, datasetFile } from '../../utils/open-data-files.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).flatMap((dataset) => [
    { params: { file: `${dataset.id}.json` }, props: { dataset, format: 'json' as const } },
    { params: { file: `${dataset.id}.csv` }, props: { dataset, format: 'csv' as const } },
  ])) satisfies GetStaticPaths;

interface Props {
  dataset: BuiltDataset;
  format: 'json' | 'csv';
}

export const GET: APIRoute<Props> = ({ props: { dataset, format } }) =>
  new Response(datasetFile(dataset, format).body, {
    headers: {
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    },
  });
