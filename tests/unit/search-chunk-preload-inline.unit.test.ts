import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHUNK_PRELOAD_SCRIPT } from '../../src/search/chunk-preload-inline.ts';
import { chunksForForms, type IndexChunk } from '../../src/search/index-chunks.ts';
import { fold } from '../../src/search/words.ts';

/** Chunks as the build sizes them: sorted ranges of normalised words, one a prefix of the next. */
const TABLE: IndexChunk[] = [
  ['0', 'anmal', 'sv_a1'],
  ['anmala', 'brott', 'sv_b2'],
  ['brotts', 'klott', 'sv_c3'],
  ['klotter', 'nattvandr', 'sv_d4'],
  ['nattvandra', 'samverk', 'sv_e5'],
  ['samverkan', 'trygg', 'sv_f6'],
  ['trygghet', 'ovrig', 'sv_g7'],
];

/** Runs the inline script on a page with `table` and the address `?q=query`; returns the chunks it asked for. */
function run(query: string, table: unknown = TABLE): string[] {
  const links: { rel: string; as: string; crossOrigin: string; href: string }[] = [];
  const document = {
    getElementById: (id: string) => (id === 'search-index-chunks' ? { textContent: JSON.stringify(table) } : null),
    createElement: () => ({ rel: '', as: '', crossOrigin: '', href: '' }),
    head: { append: (link: (typeof links)[number]) => links.push(link) },
  };
  const location = { search: `?${new URLSearchParams({ q: query })}` };
  new Function('document', 'location', CHUNK_PRELOAD_SCRIPT)(document, location);
  for (const l of links) {
    expect(l.rel).toBe('preload');
    expect(l.as).toBe('fetch');
    expect(l.crossOrigin).toBe('anonymous');
  }
  return links.map((l) => l.href);
}

describe('the search page inline chunk preload', () => {
  it("asks for the chunks Pagefind loads for each word as typed (chunksForForms' rule)", () => {
    const words = [
      'klotter',
      'Anmäla',
      'brottsförebyggande',
      'trygg',
      'trygghet',
      'ö',
      'zz',
      'nattvandrare',
      'a',
      'samverkan',
      'Ål',
    ];
    for (const word of words) {
      const expected = chunksForForms([fold(word)], TABLE).map((h) => `/pagefind/index/${h}.pf_index`);
      expect(new Set(run(word)), word).toEqual(new Set(expected));
    }
  });

  it('asks for each chunk once for several words, and nothing without a query or a table', () => {
    expect(run('klotter klottret KLOTTER')).toEqual(['/pagefind/index/sv_d4.pf_index']);
    expect(run('  ')).toEqual([]);
    expect(run('klotter', [])).toEqual([]);
    // A hash that is not a plain name is never put in an address.
    expect(run('klotter', [['a', 'ö', '../x']])).toEqual([]);
  });

  it('is allowed by the CSP of netlify.toml, which applies on top of the page’s own', () => {
    const hash = `'sha256-${createHash('sha256').update(CHUNK_PRELOAD_SCRIPT).digest('base64')}'`;
    const toml = readFileSync('netlify.toml', 'utf8');
    const csp = /Content-Security-Policy = "([^"]+)"/.exec(toml)?.[1] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain(hash);
  });
});
