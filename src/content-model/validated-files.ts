/**
 * The validator's verdicts kept between builds: a file that passed is not checked again while its
 * text, the code that checks it (`model-digest.ts`) and everything else a check reads (the ids a
 * reference may name: contacts, documents, pages, topics, languages; the uploaded files) are
 * unchanged. Only passes are kept: a file with problems is checked, and its problems reported, in
 * every run. Stored in the content folder's cache folder (`siteCacheDir`), which Netlify keeps;
 * without it every file is checked.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FILES_FOLDER } from './index.ts';
import { modelCodeDigest } from './model-digest.ts';
import type { SchemaContext } from './to-zod.ts';

export class ValidatedFiles {
  readonly #file: string;
  readonly #known = new Set<string>();
  readonly #passed = new Set<string>();
  #context = '';
  skipped = 0;

  constructor(file: string) {
    this.#file = file;
    try {
      if (existsSync(file)) for (const key of JSON.parse(readFileSync(file, 'utf8')) as string[]) this.#known.add(key);
    } catch {
      // A damaged file: every file is checked.
    }
  }

  /** Sets what every check in this run reads besides the file itself. */
  useContext(contentDir: string, context: SchemaContext): void {
    const uploads: string[] = [];
    const dir = path.join(contentDir, FILES_FOLDER);
    if (existsSync(dir)) uploads.push(...readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort());
    const ids = Object.entries(context.ids).map(([name, set]) => [name, [...set].sort()]);
    this.#context = createHash('sha256')
      .update(modelCodeDigest())
      .update(JSON.stringify({ ids, uploads }))
      .digest('hex');
  }

  keyOf(collection: string, name: string, source: string): string {
    return createHash('sha256').update(`${this.#context}\n${collection}/${name}\n`).update(source).digest('hex');
  }

  /**
   * Whether this file, with this text, passed the last run (read only: for the content layer in
   * `astro dev` and a bare `astro build`). Needs `useContext` first.
   */
  passedLastRun(collection: string, name: string, source: string): boolean {
    return this.#known.has(this.keyOf(collection, name, source));
  }

  /** Whether a file with this key passed in an earlier run (it is then kept for the next). */
  passedBefore(key: string): boolean {
    if (!this.#known.has(key)) return false;
    this.#passed.add(key);
    this.skipped++;
    return true;
  }

  passed(key: string): void {
    this.#passed.add(key);
  }

  /** Keeps this run's passes (and only those) for the next run. */
  save(): void {
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify([...this.#passed]));
  }
}
