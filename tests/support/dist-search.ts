/**
 * Searching a whole built site for a string: every file's text, gzip-compressed files (Pagefind's
 * `.pf_*` index fragments and any `.gz`) decompressed first, and every file's path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './dist.ts';

/** The text of a file, decompressed when it is gzip (magic bytes 1f 8b). */
export function fileText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    return `${bytes.toString('latin1')}\n${gunzipSync(bytes).toString('utf8')}`;
  return bytes.toString('utf8');
}

/** Files (relative paths) whose path or content contains `needle`, case-insensitively. */
export function filesContaining(dir: string, needle: string): string[] {
  const lower = needle.toLowerCase();
  return listFiles(dir).filter(
    (rel) => rel.toLowerCase().includes(lower) || fileText(path.join(dir, rel)).toLowerCase().includes(lower),
  );
}
