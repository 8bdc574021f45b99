/**
 * The search index's per-page work kept between builds (in Astro's `cacheDir`, next to the
 * incremental build's pages): for each indexable Swedish page, the copy the indexer gets (synonyms
 * and compound marks added) and the words it gives the vocabulary. A page's entry is found by a
 * digest of the page's HTML, the synonyms and the code and dictionary that did the work
 * (`src/search/`, dictionary-sv), so a changed page or rule is always worked out afresh and an
 * unchanged page costs a file read instead of the dictionary load and compound splitting.
 * Pagefind itself still indexes every page: it has no incremental mode.
 *
 * Without a cache folder (or with an empty one) everything is computed, as in a clean build; the
 * output is the same either way. Entries no build used are removed after each build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config/site.ts';
import type { CompoundPart } from './compound-splitter.ts';

/** What indexing one page produced. */
export interface PageIndexWork {
  /** The indexer's copy of the page. */
  html: string;
  /** Vocabulary words and how often the page gave each. */
  words: [string, number][];
  compoundsMarked: number;
  synonymsAdded: number;
}

const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** Digest of the code and data behind the per-page work: every file of `src/search/` and dictionary-sv's version. */
function codeDigest(): string {
  const dir = path.join(ROOT_DIR, 'src', 'search');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const dictionary = JSON.parse(
    readFileSync(path.join(ROOT_DIR, 'node_modules/dictionary-sv/package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return sha(...files.flatMap((f) => [f, readFileSync(path.join(dir, f))]), `dictionary-sv ${dictionary.version}`);
}

type Split = readonly CompoundPart[] | undefined;

/** A page's entry: not JSON (see `page`). */
const PAGE_EXTENSION = '.page';

/** What the dictionary said about each word: its compound parts (null: none) and its inflections. */
interface WordsFile {
  split: Record<string, CompoundPart[] | null>;
  inflect: Record<string, string[]>;
}

/**
 * The same, as looked up: asked for every word of every page (about 140,000 times at 1,000 entries),
 * so in maps rather than objects with a property per word (faster, and `constructor` is a word).
 */
interface Words {
  split: Map<string, CompoundPart[] | null>;
  inflect: Map<string, string[]>;
}

const noWords = (): Words => ({ split: new Map(), inflect: new Map() });

export class SearchIndexCache {
  readonly #dir: string | undefined;
  readonly #salt: string;
  readonly #wordsKey: string;
  readonly #used = new Set<string>();
  readonly #known: Words = noWords();
  readonly #seen: Words = noWords();
  hits = 0;
  misses = 0;

  /** `dir`: the cache folder, or undefined for none. `context`: other inputs of the work (the synonyms). */
  constructor(dir: string | undefined, context: string) {
    this.#dir = dir;
    const code = codeDigest();
    this.#salt = sha(code, context);
    // The dictionary's answers depend on the code and the dictionary only, not on the synonyms.
    this.#wordsKey = `words-${code.slice(0, 24)}`;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    this.#used.add(this.#wordsKey);
    const file = path.join(dir, `${this.#wordsKey}.json`);
    try {
      if (existsSync(file)) {
        const known = JSON.parse(readFileSync(file, 'utf8')) as WordsFile;
        this.#known.split = new Map(Object.entries(known.split));
        this.#known.inflect = new Map(Object.entries(known.inflect));
      }
    } catch {
      // A damaged file: every word is looked up again.
    }
  }

  /**
   * `split`, answered from the words of earlier builds where it can: a build whose changed pages
   * hold only known words never loads the dictionary.
   */
  splitter(split: (word: string) => Split): (word: string) => Split {
    return (word) => {
      let parts = this.#seen.split.get(word);
      if (parts !== undefined) return parts ?? undefined;
      parts = this.#known.split.get(word);
      if (parts === undefined) parts = (split(word) as CompoundPart[] | undefined) ?? null;
      this.#seen.split.set(word, parts);
      return parts ?? undefined;
    };
  }

  /** `inflect`, answered from the words of earlier builds where it can. */
  inflector(inflect: (word: string) => string[]): (word: string) => string[] {
    return (word) => {
      const forms = this.#seen.inflect.get(word) ?? this.#known.inflect.get(word) ?? inflect(word);
      this.#seen.inflect.set(word, forms);
      return forms;
    };
  }

  /** Keeps the words this build looked up (and only those) for the next build. */
  saveWords(): void {
    if (!this.#dir) return;
    const seen: WordsFile = {
      split: Object.fromEntries(this.#seen.split),
      inflect: Object.fromEntries(this.#seen.inflect),
    };
    writeFileSync(path.join(this.#dir, `${this.#wordsKey}.json`), JSON.stringify(seen));
  }

  /**
   * The page's work, from the cache or from `compute` (then kept). Kept as a line of JSON (the
   * words and counts, and the copy's length) followed by the indexer's copy as it is: written as a
   * JSON string, every quote of the HTML was escaped and unescaped again (0.5 s of a clean
   * 1,000-entry build). A copy shorter than its length (an interrupted write) is worked out again.
   */
  page(html: string, compute: () => PageIndexWork): PageIndexWork {
    const key = `page-${sha(this.#salt, html)}`;
    this.#used.add(key);
    const file = this.#dir && path.join(this.#dir, `${key}${PAGE_EXTENSION}`);
    if (file && existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      const newline = text.indexOf('\n');
      try {
        const { length, ...rest } = JSON.parse(text.slice(0, newline)) as Omit<PageIndexWork, 'html'> & {
          length: number;
        };
        const copy = text.slice(newline + 1);
        if (newline >= 0 && copy.length === length) {
          this.hits++;
          return { html: copy, ...rest };
        }
      } catch {
        // A damaged entry (an interrupted build) is worked out again and rewritten.
      }
    }
    this.misses++;
    const work = compute();
    const { html: copy, ...rest } = work;
    if (file) writeFileSync(file, `${JSON.stringify({ ...rest, length: copy.length })}\n${copy}`);
    return work;
  }

  /** The vocabulary's inflected forms for `words`, from the cache or from `compute`. */
  forms(words: readonly string[], compute: () => Record<string, string>): Record<string, string> {
    return this.#get(`forms-${sha(this.#salt, words.join('\n'))}`, compute);
  }

  #get<T>(key: string, compute: () => T): T {
    this.#used.add(key);
    const file = this.#dir && path.join(this.#dir, `${key}.json`);
    if (file && existsSync(file)) {
      try {
        const value = JSON.parse(readFileSync(file, 'utf8')) as T;
        this.hits++;
        return value;
      } catch {
        // A damaged entry (an interrupted build) is worked out again and rewritten.
      }
    }
    this.misses++;
    const value = compute();
    if (file) writeFileSync(file, JSON.stringify(value));
    return value;
  }

  /** Removes the entries this build did not use (pages changed or gone). */
  prune(): number {
    if (!this.#dir) return 0;
    let removed = 0;
    for (const name of readdirSync(this.#dir)) {
      const key = /^(.+)(?:\.json|\.page)$/.exec(name)?.[1];
      if (key !== undefined && !this.#used.has(key)) {
        rmSync(path.join(this.#dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
