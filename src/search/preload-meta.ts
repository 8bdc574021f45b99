/**
 * The search page's last preload: Pagefind's metadata file, whose name (`pagefind.<hash>.pf_meta`)
 * is only known once the index is written, after the pages are. Added to the built `/sok/` page
 * right after the WebAssembly's preload, so the web worker finds the metadata in the cache instead
 * of asking for it only after reading the entry file (one round trip less on a cold search).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FORMS_ON_SITE_ATTRIBUTE, PAGEFIND_BASE, PAGEFIND_WASM_URL } from './engine-files.ts';
import { formsOnSite, type VocabularyFile } from './vocabulary.ts';

const preloadLink = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;

/** Adds the metadata's preload to `sok/index.html` in a built site; returns its address. */
export function preloadSearchMeta(siteDir: string): string {
  const entryFile = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages?: Record<string, { hash?: string; wasm?: string }>;
  };
  const index = entry.languages?.sv;
  if (!index?.hash) throw new Error(`${entryFile}: no Swedish index (languages.sv.hash)`);
  const wasm = `${PAGEFIND_BASE}wasm.${index.wasm}.pagefind`;
  if (wasm !== PAGEFIND_WASM_URL) {
    throw new Error(`${entryFile}: Pagefind's WebAssembly is ${wasm}, the search page preloads ${PAGEFIND_WASM_URL}`);
  }
  const href = `${PAGEFIND_BASE}pagefind.${index.hash}.pf_meta`;
  const page = path.join(siteDir, 'sok', 'index.html');
  const html = readFileSync(page, 'utf8');
  const anchor = preloadLink(PAGEFIND_WASM_URL);
  if (!html.includes(anchor))
    throw new Error(`${page}: no preload of ${PAGEFIND_WASM_URL} to add the metadata's after`);
  writeFileSync(page, html.replace(anchor, `${anchor}${preloadLink(href)}`));
  return href;
}

/**
 * Writes the inflected forms that are also site words (`formsOnSite`) into the search page's
 * `data-forms-on-site` attribute, from the vocabulary the index step wrote: with it the page can
 * show the results for a word found exactly as typed without first fetching the vocabulary.
 */
export function writeFormsOnSite(siteDir: string, vocabularyPath: string): number {
  const file = JSON.parse(readFileSync(path.join(siteDir, vocabularyPath), 'utf8')) as VocabularyFile;
  const forms = formsOnSite(file);
  const page = path.join(siteDir, 'sok', 'index.html');
  const html = readFileSync(page, 'utf8');
  // Astro writes the empty attribute without a value.
  const empty = new RegExp(`\\s${FORMS_ON_SITE_ATTRIBUTE}(="")?(?=[\\s>])`);
  if (!empty.test(html)) throw new Error(`${page}: no empty ${FORMS_ON_SITE_ATTRIBUTE} attribute to fill in`);
  writeFileSync(page, html.replace(empty, ` ${FORMS_ON_SITE_ATTRIBUTE}="${forms.join(' ')}"`));
  return forms.length;
}
