/**
 * The one script the search page runs inline (`src/pages/sok.astro`): as soon as the page is
 * parsed, it asks for the index chunks that hold the words in the address (`?q=…`), from the chunk
 * table the build wrote into the page (`preload-meta.ts`), so they come with the page's own
 * scripts and styles instead of one round trip after them (on the slow phone network 150 ms and
 * the time the page's script takes to arrive and start). The page's script then asks for the
 * chunks of the words' stems too (`preloadChunksFor`); Pagefind and the search page read them from
 * the browser's cache.
 *
 * Plain JavaScript in a string, small, and the same rule as `chunksForForms` for the words as
 * typed (lower case, without diacritics, `fold`): a unit test runs it against that function. Its
 * hash is in the CSP of the page (Astro's `<meta>`) and of netlify.toml's header, which a unit test
 * checks against this text.
 */

export const CHUNK_PRELOAD_SCRIPT = `(() => {
  const el = document.getElementById('search-index-chunks');
  const q = new URLSearchParams(location.search).get('q');
  if (!el || !q) return;
  const table = JSON.parse(el.textContent);
  const cmp = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = a[i].codePointAt(0) - b[i].codePointAt(0);
      if (d !== 0) return d;
    }
    return a.length - b.length;
  };
  const words = q.toLowerCase().normalize('NFD').replace(/\\p{M}/gu, '').split(/[^\\p{L}\\p{N}]+/u);
  const asked = new Set();
  for (const word of words.filter((w) => w).slice(0, 10)) {
    const w = Array.from(word);
    let hit = table.filter(([from, to]) => cmp(w, Array.from(from)) >= 0 && cmp(w, Array.from(to)) <= 0);
    if (hit.length === 0) {
      hit = table.filter(([from, to]) => {
        const f = Array.from(from);
        const t = Array.from(to);
        return cmp(w.slice(0, f.length), f.slice(0, w.length)) >= 0 && cmp(w.slice(0, t.length), t.slice(0, w.length)) <= 0;
      });
    }
    for (const [, , hash] of hit) {
      if (asked.has(hash) || !/^[\\w-]+$/.test(hash)) continue;
      asked.add(hash);
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = '/pagefind/index/' + hash + '.pf_index';
      document.head.append(link);
    }
  }
})();`;
