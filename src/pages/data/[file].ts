/** `/data/<dataset>.json` and `/data/<dataset>.csv` for every open dataset of this build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type BuiltDataset, getDatasets } from '../../data/open-data.ts';
import { CSV_COLUMNS, toCsv, toJson } from '../../utils/open-data.ts';

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
  format === 'json'
    ? new Response(toJson(dataset.json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(toCsv(dataset.rows, CSV_COLUMNS[dataset.id]), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
