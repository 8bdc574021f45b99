/**
 * Leaves the last build's pages in the output folder for the next build, instead of Astro emptying
 * the folder and then copying every page its incremental build reuses back in from `cacheDir` (at
 * 10,000 entries: about 25,000 files deleted and 12,000 copied on every build). Astro's incremental
 * build already reuses a page that is still in the output folder ("(cached)" rather than
 * "(restored)"); what this integration adds is knowing which files there may be kept:
 *
 * - at the end of a build (after the search index stamped its tag into the pages), it records the
 *   size, modification time and inode of every page it leaves (`kept-output.json` in `cacheDir`),
 *   and of the search index's files named by their content, which Pagefind then does not write
 *   again (`src/search/index-files.ts`, which also removes those the new index no longer uses);
 * - at the start of the next build it deletes that record and then everything in the output folder
 *   except the files that are exactly as it recorded them (so a folder another build or another
 *   content folder wrote into, a build that failed half-way, or a page changed by hand is emptied as
 *   Astro would empty it);
 * - once Astro has written the pages (before the search index reads them), it deletes each kept
 *   page this build did not write or reuse (a removed entry's page).
 *
 * A kept page is the page Astro would copy from its cache, plus the index tag of the last build,
 * which the search index finds and writes anew (`src/search/index-tag.ts`). Astro decides which
 * pages it reuses exactly as before (their `cacheKey`, template code and config); a page it renders
 * is written over the kept one.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isHashedIndexFile, pagefindVersion } from '../search/index-files.ts';

/** Where the record of the last build's pages is kept, in `cacheDir`. */
export const KEPT_OUTPUT_RECORD = 'kept-output.json';

interface KeptRecord {
  outDir: string;
  /** The Pagefind version that wrote the search index's files. */
  pagefind?: string;
  /** Each kept file (relative to `outDir`): size, modification time (ms), inode. */
  pages: Record<string, Fingerprint>;
}

type Fingerprint = [size: number, mtimeMs: number, inode: number];

const fingerprint = (file: string): Fingerprint => {
  const stat = statSync(file);
  return [stat.size, stat.mtimeMs, stat.ino];
};

const same = (a: Fingerprint, b: Fingerprint) => a.every((value, i) => value === b[i]);

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

const isPage = (file: string) => file.endsWith('.html');

/**
 * Records the files in `outDir` the next build may keep: the pages (HTML files) and the files of the
 * search index named by their content (`src/search/index-files.ts`). Returns how many.
 */
export function recordOutput(outDir: string, cacheDir: string): number {
  const pages = Object.fromEntries(
    filesUnder(outDir)
      .filter((file) => isPage(file) || isHashedIndexFile(file))
      .map((file) => [file, fingerprint(path.join(outDir, file))]),
  );
  const record: KeptRecord = { outDir: path.resolve(outDir), pagefind: pagefindVersion(), pages };
  writeFileSync(path.join(cacheDir, KEPT_OUTPUT_RECORD), JSON.stringify(record));
  return Object.keys(pages).length;
}

/**
 * Takes the record of the last build (deleting it: a build that fails leaves none) and empties
 * `outDir` except the files that are still exactly as recorded; returns those files.
 */
export function emptyOutDirKeepingPages(outDir: string, cacheDir: string): Map<string, Fingerprint> {
  const recordFile = path.join(cacheDir, KEPT_OUTPUT_RECORD);
  let record: KeptRecord | undefined;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as KeptRecord;
  } catch {
    // No record (a first or clean build) or a damaged one: nothing is kept.
  }
  rmSync(recordFile, { force: true });
  const kept = new Map<string, Fingerprint>();
  if (!existsSync(outDir)) return kept;
  const recorded = record?.outDir === path.resolve(outDir) ? record.pages : {};
  for (const file of filesUnder(outDir)) {
    const full = path.join(outDir, file);
    // The search index's files only from the same Pagefind version (`pagefindVersion`).
    const was = isHashedIndexFile(file) && record?.pagefind !== pagefindVersion() ? undefined : recorded[file];
    const now = was && fingerprint(full);
    if (was && now && same(now, was)) kept.set(file, now);
    else rmSync(full, { force: true });
  }
  removeEmptyDirs(outDir, false);
  return kept;
}

/** Removes the empty folders under `dir` (and `dir` itself when `self` and it is empty). */
function removeEmptyDirs(dir: string, self: boolean): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name), true);
  }
  if (self && readdirSync(dir).length === 0) rmdirSync(dir);
}

/**
 * Deletes the kept pages this build neither wrote nor reused; returns them. A kept page is reused
 * when Astro reports it among the build's files (`written`) or its incremental build recorded it in
 * its manifest for this build (`reused`); a page Astro rendered again is no longer as it was kept.
 */
export function removeUnwritten(
  outDir: string,
  kept: ReadonlyMap<string, Fingerprint>,
  written: ReadonlySet<string>,
  reused: ReadonlySet<string>,
): string[] {
  const stale = [...kept].filter(([file, was]) => {
    // The search index's kept files are Pagefind's to reuse or not (`src/search/index-files.ts`).
    if (!isPage(file) || written.has(file) || reused.has(file)) return false;
    const full = path.join(outDir, file);
    return existsSync(full) && same(fingerprint(full), was);
  });
  for (const [file] of stale) rmSync(path.join(outDir, file), { force: true });
  if (stale.length > 0) removeEmptyDirs(outDir, false);
  return stale.map(([file]) => file);
}

/** The output files (relative to the output folder) in the manifest of Astro's incremental build. */
export function incrementalManifestFiles(cacheDir: string): Set<string> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as {
      routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
    };
    return new Set(
      Object.values(manifest.routes ?? {}).flatMap((route) =>
        Object.values(route.paths ?? {}).flatMap((p) => (p.outputFile ? [path.normalize(p.outputFile)] : [])),
      ),
    );
  } catch {
    return new Set();
  }
}

/**
 * The two halves of the integration: `first` goes before the integrations that read the built pages
 * (the search index), `last` after every integration that writes them.
 */
export function keptOutput(): { first: AstroIntegration; last: AstroIntegration } {
  let outDir = '';
  let cacheDir = '';
  let kept = new Map<string, Fingerprint>();
  return {
    first: {
      name: 'kept-output',
      hooks: {
        'astro:config:setup': ({ command, updateConfig }) => {
          // The folder is emptied here instead (`astro:build:start`), keeping the unchanged pages.
          if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
        },
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          cacheDir = fileURLToPath(config.cacheDir);
        },
        'astro:build:start': () => {
          kept = emptyOutDirKeepingPages(outDir, cacheDir);
        },
        'astro:build:done': ({ assets, logger }) => {
          const written = new Set(
            [...assets.values()].flatMap((urls) => urls.map((url) => path.relative(outDir, fileURLToPath(url)))),
          );
          const stale = removeUnwritten(outDir, kept, written, incrementalManifestFiles(cacheDir));
          const pages = [...kept.keys()].filter(isPage).length;
          logger.info(
            `${pages} pages kept from the last build, ${stale.length} of them not written by Astro this time and removed; ` +
              `${kept.size - pages} files of the search index kept`,
          );
        },
      },
    },
    last: {
      name: 'kept-output-record',
      hooks: {
        'astro:build:done': () => {
          recordOutput(outDir, cacheDir);
        },
      },
    },
  };
}
