import { statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../config/site.ts';
import { uploadedFilePath } from '../content-model/context.ts';
import { describeFile } from '../lib/format-file-size.ts';

/** An uploaded file's link target and its type and size in Swedish ("PDF, 221,6 kB"), read at build time. */
export function fileInfo(publicPath: string): { href: string; name: string; description: string; bytes: number } {
  const file = uploadedFilePath(contentDir(), publicPath);
  if (file === undefined) throw new Error(`Not an uploaded file: ${publicPath}`);
  const { size } = statSync(file);
  return { href: publicPath, name: path.basename(file), description: describeFile(file, size), bytes: size };
}
