import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK_PRELOAD_SCRIPT } from '../../src/search/chunk-preload-inline.ts';
import {
  preloadScriptImports,
  preloadSearchMeta,
  preloadsAfterStyles,
  recompressFile,
  writeFormsOnSite,
} from '../../src/search/preload-meta.ts';

/** The entry file's preload as the search page renders it (its tag stamped after these steps). */
const ENTRY_PRELOAD =
  '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=unstamped---" as="fetch" crossorigin="anonymous">';
let dir: string;

const link = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;
const ONE_CHUNK = [['0', 'ovrig', 'sv_i1']];
const FILTERS = [
  ['typ', 'sv_f1'],
  ['år', 'sv_f2'],
];

/** Pagefind 1.6's metadata file: gzip of the signature and CBOR `[version, pages, chunks, filters, sorts]`. */
function metaFile(chunks: unknown, filters: unknown = FILTERS): Buffer {
  return gzipSync(
    Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(['1.6.0', [], chunks, filters, []]))]),
  );
}

function site(
  entry: unknown,
  html = `<head>${ENTRY_PRELOAD}</head>`,
  meta: Buffer = metaFile(ONE_CHUNK),
  hash = 'sv_abc123',
): string {
  dir = mkdtempSync(path.join(tmpdir(), 'preload-meta-'));
  mkdirSync(path.join(dir, 'pagefind'));
  mkdirSync(path.join(dir, 'sok'));
  writeFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
  writeFileSync(path.join(dir, 'pagefind', `pagefind.${hash}.pf_meta`), meta);
  writeFileSync(path.join(dir, 'pagefind', 'wasm.sv.pagefind'), gzipSync(Buffer.from('pagefind_dcd\0asm')));
  writeFileSync(path.join(dir, 'sok', 'index.html'), html);
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('preloadSearchMeta', () => {
  it("adds the metadata's and a one-chunk index's preloads right after the entry file's, not the filters'", async () => {
    const root = site({ languages: { sv: { hash: 'sv_abc123', wasm: 'sv' } } });
    expect(await preloadSearchMeta(root)).toBe('/pagefind/pagefind.sv_abc123.pf_meta');
    expect(readFileSync(path.join(root, 'sok', 'index.html'), 'utf8')).toBe(
      `<head>${ENTRY_PRELOAD}${link('/pagefind/pagefind.sv_abc123.pf_meta')}${link('/pagefind/index/sv_i1.pf_index')}</head>`,
    );
  });

  it('gives a larger index as a table of chunks for the page to choose from, not as preloads', async () => {
    const chunks = [
      ['0', 'klott', 'sv_a'],
      ['klottr', 'ö<b>', 'sv_b'],
    ];
    const root = site({ languages: { sv: { hash: 'sv_abc123', wasm: 'sv' } } }, undefined, metaFile(chunks));
    await preloadSearchMeta(root);
    const html = readFileSync(path.join(root, 'sok', 'index.html'), 'utf8');
    expect(html).not.toContain('.pf_index');
    const table = /<script type="application\/json" id="search-index-chunks">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(table ?? '')).toEqual(chunks);
  });

  it('packs the metadata tighter, same content, and leaves a file it cannot shrink as it is', async () => {
    // Many similar page hashes, as in Pagefind's list of pages, packed at gzip's fastest level.
    const pages = Array.from({ length: 2000 }, (_, i) => [`sv_${(i * 7919).toString(16).padStart(7, '0')}`, i % 300]);
    const raw = Buffer.concat([
      Buffer.from('pagefind_dcd'),
      Buffer.from(encode(['1.6.0', pages, ONE_CHUNK, FILTERS, []])),
    ]);
    const root = site({ languages: { sv: { hash: 'sv_abc123', wasm: 'sv' } } }, undefined, gzipSync(raw, { level: 1 }));
    const file = path.join(root, 'pagefind', 'pagefind.sv_abc123.pf_meta');
    const before = readFileSync(file).length;
    await preloadSearchMeta(root);
    const after = readFileSync(file);
    expect(after.length).toBeLessThan(before);
    expect(gunzipSync(after).equals(raw)).toBe(true);
    expect(await recompressFile(file)).toBe(0);
    expect(readFileSync(file).equals(after)).toBe(true);
  });

  it('packs the WebAssembly tighter too, and keeps the result under its digest in the cache', async () => {
    const wasm = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.alloc(20_000, 'wasm module bytes ')]);
    const root = site({ languages: { sv: { hash: 'sv_abc123', wasm: 'sv' } } });
    const file = path.join(root, 'pagefind', 'wasm.sv.pagefind');
    const packed = gzipSync(wasm, { level: 1 });
    writeFileSync(file, packed);
    const cache = path.join(root, 'cache');
    await preloadSearchMeta(root, cache);
    const after = readFileSync(file);
    expect(after.length).toBeLessThan(packed.length);
    expect(gunzipSync(after).equals(wasm)).toBe(true);
    // One entry, named by the file and the settings it was packed with, and no leftover part.
    const entries = readdirSync(path.join(cache, 'zopfli'));
    expect(entries).toHaveLength(1);
    const [entry] = entries as [string];
    expect(entry).toMatch(/^[0-9a-f]{64}\.gz$/);
    expect(entry).not.toBe(`${createHash('sha256').update(packed).digest('hex')}.gz`);
    expect(readFileSync(path.join(cache, 'zopfli', entry)).equals(after)).toBe(true);
    // The same file again: taken from the cache (here zlib's output, to prove it is read), once
    // it unpacks to the same content; a damaged entry is made again.
    const marked = gzipSync(wasm, { level: 9 });
    writeFileSync(path.join(cache, 'zopfli', entry), marked);
    writeFileSync(file, packed);
    expect(await recompressFile(file, path.join(cache, 'zopfli'))).toBe(packed.length - marked.length);
    expect(readFileSync(file).equals(marked)).toBe(true);
    writeFileSync(path.join(cache, 'zopfli', entry), marked.subarray(0, 20));
    writeFileSync(file, packed);
    await recompressFile(file, path.join(cache, 'zopfli'));
    expect(readFileSync(file).equals(after)).toBe(true);
  });

  it('names the metadata file when it is not shaped as Pagefind 1.6 writes it', async () => {
    const root = site({ languages: { sv: { hash: 'sv_abc123', wasm: 'sv' } } }, undefined, metaFile([['0', 1]]));
    await expect(preloadSearchMeta(root)).rejects.toThrow(
      /pagefind\.sv_abc123\.pf_meta: Pagefind's metadata is not shaped/,
    );
  });

  it('names the entry file when it has no Swedish index', async () => {
    const root = site({ languages: { en: { hash: 'en_1', wasm: 'en' } } });
    await expect(preloadSearchMeta(root)).rejects.toThrow(/pagefind-entry\.json: no Swedish index/);
  });

  it('refuses an index whose WebAssembly is not the one the search page preloads', async () => {
    const root = site({ languages: { sv: { hash: 'sv_1', wasm: 'unknown' } } });
    await expect(preloadSearchMeta(root)).rejects.toThrow(/wasm\.unknown\.pagefind.*wasm\.sv\.pagefind/);
  });

  it("names the search page when its entry file's preload is missing", async () => {
    const root = site({ languages: { sv: { hash: 'sv_1', wasm: 'sv' } } }, '<head></head>');
    await expect(preloadSearchMeta(root)).rejects.toThrow(/sok\/index\.html: no preload/);
  });
});

describe('writeFormsOnSite', () => {
  it('fills the empty attribute with the forms that are also site words', () => {
    const root = site({}, '<form id="f" data-forms-on-site data-x>');
    writeFileSync(
      path.join(root, 'sok', 'ordlista.json'),
      JSON.stringify({ words: ['plats', 'platsen', 'museum'], forms: { platsen: 'plats', museet: 'museum' } }),
    );
    expect(writeFormsOnSite(root, 'sok/ordlista.json')).toBe(1);
    expect(readFileSync(path.join(root, 'sok', 'index.html'), 'utf8')).toBe(
      '<form id="f" data-forms-on-site="platsen" data-x>',
    );
  });

  it('names the search page when the attribute is missing', () => {
    const root = site({}, '<form id="f">');
    writeFileSync(path.join(root, 'sok', 'ordlista.json'), JSON.stringify({ words: [] }));
    expect(() => writeFormsOnSite(root, 'sok/ordlista.json')).toThrow(/sok\/index\.html: no empty data-forms-on-site/);
  });
});

describe('preloadScriptImports', () => {
  it("adds a modulepreload for the page's scripts and every module they import, nested ones too, once", () => {
    const root = site(
      {},
      '<head><link rel="stylesheet" href="/_astro/a.css"></head><script type="module" src="/_astro/page.js"></script>',
    );
    mkdirSync(path.join(root, '_astro'));
    writeFileSync(path.join(root, '_astro', 'page.js'), 'import{a as b}from"./shared.X1.js";import"./side.js";b();');
    writeFileSync(path.join(root, '_astro', 'shared.X1.js'), 'import{c}from"./deep.js";export const a=()=>c;');
    writeFileSync(path.join(root, '_astro', 'side.js'), 'console.log(1)');
    writeFileSync(path.join(root, '_astro', 'deep.js'), 'export const c=1;');
    const page = path.join(root, 'sok', 'index.html');
    expect(preloadScriptImports(root, page)).toEqual([
      '/_astro/page.js',
      '/_astro/shared.X1.js',
      '/_astro/deep.js',
      '/_astro/side.js',
    ]);
    expect(readFileSync(page, 'utf8')).toContain(
      '<link rel="modulepreload" href="/_astro/page.js"><link rel="modulepreload" href="/_astro/shared.X1.js"><link rel="modulepreload" href="/_astro/deep.js"><link rel="modulepreload" href="/_astro/side.js"></head>',
    );
    // Run again (a second build step): nothing added twice.
    expect(preloadScriptImports(root, page)).toEqual([]);
  });

  it("puts them before Pagefind's preloads, so the page's script arrives first on a slow link", () => {
    for (const pagefind of [
      '<link rel="modulepreload" href="/pagefind/pagefind.js">',
      `${ENTRY_PRELOAD}<link rel="preload" href="/pagefind/pagefind.sv_1.pf_meta" as="fetch" crossorigin="anonymous">`,
    ]) {
      const root = site(
        {},
        `<head><title>Sök</title>${pagefind}</head><script type="module" src="/_astro/page.js"></script>`,
      );
      mkdirSync(path.join(root, '_astro'));
      writeFileSync(path.join(root, '_astro', 'page.js'), 'import"./view.js";');
      writeFileSync(path.join(root, '_astro', 'view.js'), 'export {};');
      const page = path.join(root, 'sok', 'index.html');
      preloadScriptImports(root, page);
      expect(readFileSync(page, 'utf8')).toContain(
        `<head><title>Sök</title><link rel="modulepreload" href="/_astro/page.js"><link rel="modulepreload" href="/_astro/view.js">${pagefind}`,
      );
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('preloadsAfterStyles', () => {
  it('moves the preloads after the CSP and the stylesheets, in their order, and the chunk table with its inline script before the stylesheets, once', () => {
    const links =
      '<link rel="modulepreload" href="/_astro/page.js"><link rel="modulepreload" href="/pagefind/pagefind.js">' +
      '<link rel="preload" href="/pagefind/wasm.sv.pagefind" as="fetch" crossorigin="anonymous">';
    const table = '<script type="application/json" id="search-index-chunks">[["a","b","h1"]]</script>';
    const inline = `<script>${CHUNK_PRELOAD_SCRIPT}</script>`;
    const csp = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
    const styles = '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">';
    const root = site(
      {},
      `<head><title>Sök</title>${links}${table}${csp}${styles}</head><body>${inline}<h1>Sök</h1><link rel="preload" href="/x"></body>`,
    );
    const page = path.join(root, 'sok', 'index.html');
    expect(preloadsAfterStyles(page)).toBe(4);
    const moved = `<head><title>Sök</title>${csp}${table}${inline}${styles}${links}</head><body><h1>Sök</h1><link rel="preload" href="/x"></body>`;
    expect(readFileSync(page, 'utf8')).toBe(moved);
    // Again (a second build step): the same page.
    expect(preloadsAfterStyles(page)).toBe(4);
    expect(readFileSync(page, 'utf8')).toBe(moved);
  });

  it('names the page when it has no head', () => {
    const root = site({}, '<p>no head</p>');
    expect(() => preloadsAfterStyles(path.join(root, 'sok', 'index.html'))).toThrow(/sok\/index\.html: no <\/head>/);
  });
});
