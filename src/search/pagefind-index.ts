/**
 * Pagefind 1.6's index files as its WebAssembly reads them (pagefind_web's `index.rs` and
 * `metadata.rs`), for scoring pages before it has arrived (`pagefind-score.ts`). The files' CBOR
 * is read by `readCbor` (`early-excerpts.ts`); these functions give its values their meaning.
 */

const isArray = Array.isArray;
const f32 = Math.fround;

/** One word (or form) on one page: `[weight, position]` locations, `[field, position]` in metadata. */
export interface PageWord {
  page: number;
  locations: [weight: number, position: number][];
  metaLocations: [field: number, position: number][];
}

export interface WordData {
  pages: PageWord[];
  forms: { form: string; pages: PageWord[] }[];
}

/** What the scoring needs from Pagefind's metadata. */
export interface IndexMeta {
  /** Per page: its hash, its word count and its fragment group ('' when none). */
  pages: { hash: string; words: number; group: string }[];
  averagePageLength: number;
  metaFields: string[];
}

function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`index chunk: ${what} is not a number`);
  return value;
}

/** A word's pages, decoded as `decode_pages` does: page numbers and positions as differences, negative numbers set the weight. */
function decodePages(list: unknown): PageWord[] {
  if (!isArray(list)) throw new Error('index chunk: pages are not a list');
  let page = 0;
  return list.map((entry) => {
    if (!isArray(entry) || !isArray(entry[1])) throw new Error('index chunk: a page is not [number, locations, …]');
    page += integer(entry[0], 'a page');
    const locations: PageWord['locations'] = [];
    let weight = 25;
    let position = 0;
    for (const value of entry[1]) {
      const n = integer(value, 'a location');
      if (n < 0) {
        weight = Math.min(-n - 1, 255);
        position = 0;
      } else {
        position += n;
        locations.push([weight, position]);
      }
    }
    const metaLocations: PageWord['metaLocations'] = [];
    if (entry.length >= 3) {
      if (!isArray(entry[2])) throw new Error('index chunk: metadata locations are not a list');
      let field = 0;
      let at = 0;
      for (const value of entry[2]) {
        const n = integer(value, 'a metadata location');
        if (n < 0) {
          field = -n - 1;
          at = 0;
        } else {
          at += n;
          metaLocations.push([field, at]);
        }
      }
    }
    return { page, locations, metaLocations };
  });
}

/** The words of index chunks (CBOR already read), as `decode_index_chunk` loads them into one map. */
export function decodeChunks(chunks: readonly unknown[]): Map<string, WordData> {
  const words = new Map<string, WordData>();
  for (const chunk of chunks) {
    const list = isArray(chunk) ? chunk[0] : undefined;
    if (!isArray(list)) throw new Error('index chunk: no word list');
    for (const entry of list) {
      if (!isArray(entry) || typeof entry[0] !== 'string') throw new Error('index chunk: a word is not [word, pages]');
      const forms = isArray(entry[2])
        ? entry[2].map((v) => {
            if (!isArray(v) || typeof v[0] !== 'string') throw new Error('index chunk: a form is not [form, pages]');
            return { form: v[0], pages: decodePages(v[1]) };
          })
        : [];
      words.set(entry[0], { pages: decodePages(entry[1]), forms });
    }
  }
  return words;
}

/** Pagefind's metadata (CBOR already read): `[version, [[hash, words, group], …], chunks, filters, sorts, fields]`. */
export function decodeMeta(meta: unknown): IndexMeta {
  const list = isArray(meta) ? meta[1] : undefined;
  if (!isArray(list)) throw new Error('metadata: no list of pages');
  const pages = list.map((p) => {
    if (!isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'number')
      throw new Error('metadata: a page is not [hash, words]');
    return { hash: p[0], words: p[1], group: typeof p[2] === 'string' ? p[2] : '' };
  });
  // The average in 32-bit floats, summed in order, as `decode_metadata` does.
  let sum = 0;
  for (const p of pages) sum = f32(sum + f32(p.words));
  const fields = isArray(meta) && isArray(meta[5]) ? meta[5].filter((f): f is string => typeof f === 'string') : [];
  return { pages, averagePageLength: pages.length > 0 ? f32(sum / pages.length) : 0, metaFields: fields };
}

/** An excerpt file as Pagefind stores it (`fragment/<hash>.pf_fragment`): `{url, content, meta, …}`. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/** Pagefind's files as the search page reads them before Pagefind has loaded (`pagefindFiles` in `early-excerpts.ts`). */
export interface PagefindFiles {
  /** An index chunk's content (CBOR read), by hash. */
  chunk: (hash: string) => Promise<unknown>;
  /** The metadata's content (CBOR read). */
  meta: () => Promise<unknown>;
  /** An excerpt file's JSON (`fragment/<hash>.pf_fragment`, unpacked). */
  fragment: (hash: string) => Promise<Fragment>;
}
