/**
 * `/datasets/dcat`: the open-data catalogue in DCAT-AP-SE (RDF/XML) for Sveriges dataportal, at
 * the path the portal pre-registers for public bodies (`http://<organisation>.se/datasets/dcat`).
 * The file has no extension, so Netlify is told its content type in netlify.toml.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(await getCatalog(), { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
