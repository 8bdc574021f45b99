/**
 * Builds the search index of a built site: every page whose `<main>` carries
 * `data-pagefind-body` (indexable pages; drafts and embargoed entries are never built, so never
 * indexed), handed to Pagefind's Node API with Swedish compounds marked (`mark-compounds.ts`),
 * plus the site's vocabulary for "Menade du …?" at `/sok/ordlista.json`.
 *
 * Why `addHTMLFile` rather than `addDirectory` or the CLI: the indexer must see a rewritten copy
 * of each page (compound marks) while the page on disk stays as it is. Why not `addCustomRecord`:
 * it would lose what Pagefind reads from the HTML (headings for sub-results, meta, filters, sort
 * and weighting from the templates' attributes).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { markCompounds } from './mark-compounds.ts';
import { swedishCompoundSplitter } from './swedish-dictionary.ts';
import { indexedTextOf, VocabularyCounter, wordsOf } from './vocabulary.ts';

/**
 * Pagefind's ready-made interfaces (Default, Modular and Component UI, highlighting), which the
 * site does not use: its own page drives the JS API. Removed from the output so they are not
 * deployed (about 430 kB).
 */
export const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Where the vocabulary goes, relative to the site root. */
export const VOCABULARY_PATH = 'sok/ordlista.json';

export interface IndexStats {
  pages: number;
  compoundsMarked: number;
  vocabularyWords: number;
  /** Loading the dictionary and splitting compounds, in ms. */
  splitMs: number;
  /** Pagefind's indexing and writing, in ms. */
  pagefindMs: number;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (rel.endsWith('.html')) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** `est/index.html` → `/est/`. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexStats> {
  const started = performance.now();
  const split = swedishCompoundSplitter();
  let splitMs = performance.now() - started;
  let pagefindMs = 0;
  const vocabulary = new VocabularyCounter();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  let compoundsMarked = 0;
  try {
    const pending: Promise<pagefind.NewFileResponse>[] = [];
    for (const file of htmlFiles(siteDir)) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      if (!/<main\b[^>]*data-pagefind-body/.test(html)) continue;
      const t0 = performance.now();
      const words = wordsOf(indexedTextOf(html));
      const parts = words.flatMap((w) => split(w)?.map((p) => p.part) ?? []);
      vocabulary.add([...words, ...parts]);
      const marked = markCompounds(html, split);
      splitMs += performance.now() - t0;
      compoundsMarked += marked.marked;
      pages++;
      pending.push(index.addHTMLFile({ url: urlOf(file), content: marked.html }));
    }
    const t1 = performance.now();
    for (const response of await Promise.all(pending)) {
      if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    }
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const name of readdirSync(outputPath)) {
      if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(path.join(outputPath, name));
    }
    pagefindMs = performance.now() - t1;
  } finally {
    await pagefind.close();
  }
  const file = vocabulary.toFile();
  mkdirSync(path.join(siteDir, path.dirname(VOCABULARY_PATH)), { recursive: true });
  writeFileSync(path.join(siteDir, VOCABULARY_PATH), JSON.stringify(file));
  return {
    pages,
    compoundsMarked,
    vocabularyWords: file.words.length,
    splitMs: Math.round(splitMs),
    pagefindMs: Math.round(pagefindMs),
  };
}
