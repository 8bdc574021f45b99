import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadSearchMeta } from '../../src/search/preload-meta.ts';

const WASM_PRELOAD = '<link rel="preload" href="/pagefind/wasm.sv.pagefind" as="fetch" crossorigin="anonymous">';
let dir: string;

function site(entry: unknown, html = `<head>${WASM_PRELOAD}</head>`): string {
  dir = mkdtempSync(path.join(tmpdir(), 'preload-meta-'));
  mkdirSync(path.join(dir, 'pagefind'));
  mkdirSync(path.join(dir, 'sok'));
  writeFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
  writeFileSync(path.join(dir, 'sok', 'index.html'), html);
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('preloadSearchMeta', () => {
  it("adds the metadata's preload right after the WebAssembly's", () => {
    const root = site({ languages: { sv: { hash: 'sv_abc123', wasm: 'sv' } } });
    expect(preloadSearchMeta(root)).toBe('/pagefind/pagefind.sv_abc123.pf_meta');
    expect(readFileSync(path.join(root, 'sok', 'index.html'), 'utf8')).toBe(
      `<head>${WASM_PRELOAD}<link rel="preload" href="/pagefind/pagefind.sv_abc123.pf_meta" as="fetch" crossorigin="anonymous"></head>`,
    );
  });

  it('names the entry file when it has no Swedish index', () => {
    const root = site({ languages: { en: { hash: 'en_1', wasm: 'en' } } });
    expect(() => preloadSearchMeta(root)).toThrow(/pagefind-entry\.json: no Swedish index/);
  });

  it('refuses an index whose WebAssembly is not the one the search page preloads', () => {
    const root = site({ languages: { sv: { hash: 'sv_1', wasm: 'unknown' } } });
    expect(() => preloadSearchMeta(root)).toThrow(/wasm\.unknown\.pagefind.*wasm\.sv\.pagefind/);
  });

  it('names the search page when its WebAssembly preload is missing', () => {
    const root = site({ languages: { sv: { hash: 'sv_1', wasm: 'sv' } } }, '<head></head>');
    expect(() => preloadSearchMeta(root)).toThrow(/sok\/index\.html: no preload/);
  });
});
