/**
 * Where a build's time went, read from what `npm run build` prints: Astro's own timings (content
 * sync, bundling, page generation) and the search-index integration's (its per-page work and
 * Pagefind). For the benchmark's table of what is left of an incremental build.
 */
import { stripVTControlCharacters } from 'node:util';

export interface Phases {
  /** `astro build` from start to end (Astro's "N page(s) built in"). */
  astro: number;
  /** Content sync and types (Astro's "Collecting build info"). */
  sync: number;
  /** Vite/Rolldown bundling: Astro's build step less its page generation. */
  bundling: number;
  /** Page generation (rendering or copying from the incremental cache). */
  generation: number;
  /** The search index's per-page work (dictionary, synonyms, compounds, vocabulary) and Pagefind. */
  searchWork: number;
  pagefind: number;
  /** Pages copied from the incremental build's cache, and pages rendered. */
  restored: number;
  rendered: number;
}

/** Astro's `456ms`, `1.23s` or `2m 10s` as seconds. */
const seconds = (value: string, unit: string) => {
  const minutes = /^(\d+)m (\d+)$/.exec(value);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return Number(value) / (unit === 'ms' ? 1000 : 1);
};
/** A time as Astro prints it: value, then unit. */
const TIME = '(\\d+m \\d+|[\\d.]+)(m?s)';

export function buildPhases(output: string): Phases {
  const text = stripVTControlCharacters(output);
  const time = (re: RegExp) => {
    const m = re.exec(text);
    return m ? seconds(m[1] as string, m[2] as string) : Number.NaN;
  };
  const sync = time(new RegExp(`Collecting build info\\.\\.\\.\\n[^\\n]*✓ Completed in ${TIME}`));
  const generation = time(new RegExp(`generating static routes[\\s\\S]*?\\n[^\\n[]*✓ Completed in ${TIME}`));
  const step = time(new RegExp(`generating static routes[\\s\\S]*?\\[build\\] ✓ Completed in ${TIME}`));
  // The page lines only (image generation prints its own lines after them).
  const start = text.indexOf('generating static routes');
  const routes = text.slice(start, text.indexOf('✓ Completed', start));
  const lines = routes.split('\n').filter((l) => l.includes('├─ '));
  const restored = lines.filter((l) => /\((restored|cached)\)/.test(l)).length;
  return {
    astro: time(new RegExp(`page\\(s\\) built in ${TIME}`)),
    sync,
    bundling: step - generation,
    generation,
    searchWork: time(/compound splitting (\d+) (ms)/),
    pagefind: time(/Pagefind (\d+) (ms)/),
    restored,
    rendered: lines.length - restored,
  };
}
