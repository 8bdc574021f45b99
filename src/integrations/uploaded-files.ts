/**
 * Serves the content folder's uploads (`content/<kommun>/filer/`) at `/filer/`: copied into
 * `dist/` after a build, and answered by the dev server. Uploads live with the content, not in
 * `public/`, so a build for one municipality never ships another's files.
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { uploadedFilePath } from '../content-model/context.ts';
import { FILES_FOLDER } from '../content-model/index.ts';

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export function uploadedFiles(contentDir: string): AstroIntegration {
  const source = path.join(contentDir, FILES_FOLDER);
  return {
    name: 'uploaded-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          const file = uploadedFilePath(contentDir, url);
          if (file === undefined || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(source)) cpSync(source, path.join(fileURLToPath(dir), FILES_FOLDER), { recursive: true });
      },
    },
  };
}
