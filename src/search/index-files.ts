/**
 * The files of Pagefind's index whose names are digests of their content (`pagefind.<hash>.pf_meta`,
 * `fragment/<hash>.pf_fragment`, `index/<hash>.pf_index`, `filter/<hash>.pf_filter`), which a build
 * can leave in the output folder for the next one: Pagefind 1.6 does not compress or write such a
 * file again when it is already there (its "immutable" files), so an incremental build after one
 * change writes a few new fragments and chunks instead of every file of the index (at 5,000 pages:
 * about 5,400 files, each gzipped at the highest level, about 5 s). The output folder's record
 * (`src/integrations/kept-output.ts`) keeps only files exactly as the last build left them; this
 * module removes, after Pagefind has written, the kept files the new index no longer names.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { ROOT_DIR } from '../config/site.ts';

/** Where Pagefind writes, relative to the site root. */
export const PAGEFIND_DIR = 'pagefind';

/** `relative` (to the site root, `/` or the platform's separator) is one of the index's content-named files. */
export function isHashedIndexFile(relative: string): boolean {
  const file = relative.split(path.sep).join('/');
  return /^pagefind\/(pagefind\.[\w-]+\.pf_meta|fragment\/[\w-]+\.pf_fragment|index\/[\w-]+\.pf_index|filter\/[\w-]+\.pf_filter)$/.test(
    file,
  );
}

/**
 * The installed Pagefind's version: the kept files are kept only for the same version, since another
 * one may write other bytes under the same name (its compression, its format).
 */
export function pagefindVersion(): string {
  const file = path.join(ROOT_DIR, 'node_modules', 'pagefind', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const isHash = (v: unknown): v is string => typeof v === 'string' && /^[\w-]+$/.test(v);

/** The decoded content of a metadata file, or undefined when it is not gzip, signature and CBOR. */
function readMeta(file: string): unknown {
  const signature = 'pagefind_dcd';
  try {
    const raw = gunzipSync(readFileSync(file));
    if (raw.subarray(0, signature.length).toString('utf8') !== signature) return undefined;
    return decode(raw.subarray(signature.length));
  } catch {
    return undefined;
  }
}

/**
 * The content-named files the index in `outputPath` uses, relative to it: each language's metadata
 * (named in `pagefind-entry.json`) and the pages' fragments, word chunks and filter chunks its
 * metadata lists (Pagefind 1.6: gzip, the signature `pagefind_dcd`, then CBOR `[version, pages
 * [hash, words, …], index chunks [from, to, hash], filters [name, hash], sorts, …]`). Fails the build,
 * naming the file, if the metadata is not shaped so (a new Pagefind version changed it).
 */
export function indexFilesInUse(outputPath: string): Set<string> {
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  const used = new Set<string>();
  for (const { hash } of Object.values(entry.languages ?? {})) {
    if (!isHash(hash)) throw new Error(`${entryFile}: a language without its metadata's hash`);
    const metaName = `pagefind.${hash}.pf_meta`;
    const metaFile = path.join(outputPath, metaName);
    const meta = readMeta(metaFile);
    const [, pages, chunks, filters] = Array.isArray(meta) ? (meta as unknown[]) : [];
    const hashesAt = (list: unknown, at: number) =>
      Array.isArray(list) && list.every((item) => Array.isArray(item) && isHash(item[at]))
        ? list.map((item) => (item as string[])[at] as string)
        : undefined;
    const fragments = hashesAt(pages, 0);
    const words = hashesAt(chunks, 2);
    const filterChunks = hashesAt(filters, 1);
    if (!fragments || !words || !filterChunks) {
      throw new Error(
        `${metaFile}: Pagefind's metadata is not shaped as Pagefind 1.6 writes it (pages, index chunks, filters)`,
      );
    }
    used.add(metaName);
    for (const h of fragments) used.add(`fragment/${h}.pf_fragment`);
    for (const h of words) used.add(`index/${h}.pf_index`);
    for (const h of filterChunks) used.add(`filter/${h}.pf_filter`);
  }
  return used;
}

/**
 * Removes the content-named files in `outputPath` (Pagefind's output folder) that its index does not
 * use: those an earlier build left there for pages or chunks that have changed since. Returns how
 * many it removed.
 */
export function removeUnusedIndexFiles(outputPath: string): number {
  const used = indexFilesInUse(outputPath);
  let removed = 0;
  for (const entry of readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(outputPath, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (isHashedIndexFile(`${PAGEFIND_DIR}/${relative}`) && !used.has(relative)) {
      rmSync(path.join(outputPath, relative));
      removed++;
    }
  }
  return removed;
}
