/**
 * A digest of the code that reads and checks entries: the content model and the layers below it
 * (`src/lib/`: dates, slugs; `src/markdown/`: the sanitiser). Whatever is kept between builds because a file's text is unchanged (the content
 * layer's parsed entries, the validator's verdicts) is kept under this digest too, so a change to
 * the reader or the rules reads and checks every file again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config/site.ts';

let digest: string | undefined;

export function modelCodeDigest(): string {
  if (digest) return digest;
  const hash = createHash('sha256');
  const files = [
    ...['src/lib', 'src/markdown', 'src/content-model', 'src/content-model/collections'].flatMap((dir) =>
      readdirSync(path.join(ROOT_DIR, dir))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(dir, f)),
    ),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(ROOT_DIR, file)));
  digest = hash.digest('hex');
  return digest;
}
