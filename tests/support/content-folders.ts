/**
 * Every municipality's content folder under `content/`, discovered (never a hand list), for the
 * quality gates that must pass on each of them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface ContentFolder {
  /** The folder's name under `content/`, e.g. `nykoping`. */
  name: string;
  /** Its absolute path. */
  dir: string;
}

export function contentFolders(): ContentFolder[] {
  const root = path.resolve('content');
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, dir: path.join(root, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (folders.length === 0) throw new Error(`${root}: no content folders`);
  return folders;
}
