/**
 * The search synonyms from the settings (`installningar/sok.yml`), for the search index: the
 * indexer (`src/search/build-index.ts`) reads this file at the end of the build and gives each
 * page the synonyms of the words it uses. Public, like everything the search page loads.
 */
import type { APIRoute } from 'astro';
import { getSearchSettings } from '../../data/settings.ts';
import type { SynonymsFile } from '../../search/synonyms.ts';

export const GET: APIRoute = async () => {
  const settings = await getSearchSettings();
  const file: SynonymsFile = { synonyms: (settings?.synonyms ?? []).map((s) => ({ word: s.word, means: s.means })) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
