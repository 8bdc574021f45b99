/**
 * Temporary copies of a content folder for tests, and edits of single entries in them that go
 * through the same YAML reader the site uses (`src/content-model/read-yaml.ts`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { siteCacheDir } from '../../src/config/site.ts';
import { readMarkdown, readYaml } from '../../src/content-model/read-yaml.ts';

export const SOURCE_CONTENT = path.resolve('content/norrkoping');

/** A fresh copy of a content folder; remove it with `removeCopy`. */
export function copyContent(source = SOURCE_CONTENT): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'trygg-content-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  // What builds of the copy kept for the next build (Astro's cache folder is one per content folder).
  rmSync(siteCacheDir(dir), { recursive: true, force: true });
}

type Data = Record<string, unknown>;

/** Rewrites one entry's fields (and optionally its body) in place. `file` is relative to the folder. */
export function editEntry(dir: string, file: string, edit: (data: Data) => void, body?: string): void {
  const full = path.join(dir, file);
  const source = readFileSync(full, 'utf8');
  if (file.endsWith('.yml')) {
    const data = readYaml(source) as Data;
    edit(data);
    writeFileSync(full, yaml.dump(data));
    return;
  }
  const parsed = readMarkdown(source);
  const data = parsed.data as Data;
  edit(data);
  writeFileSync(full, `---\n${yaml.dump(data)}---\n${body ?? parsed.body}`);
}

/** Writes a new file into the folder. */
export function writeEntry(dir: string, file: string, text: string): void {
  writeFileSync(path.join(dir, file), text);
}
