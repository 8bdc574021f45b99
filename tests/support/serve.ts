/**
 * A static file server for a built site, as a CDN would serve it: `/x/` answers `x/index.html`,
 * unknown paths answer `404.html` with status 404. Optional extra headers per response (the
 * quality gates pass the ones parsed from netlify.toml). Listens on a free port on 127.0.0.1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:43210`. */
  url: string;
  close: () => Promise<void>;
}

export function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = path.join(full, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export async function serveStatic(
  root: string,
  headersFor: (urlPath: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const server: Server = createServer((req, res) => {
    const urlPath = req.url ?? '/';
    const file = resolveFile(absRoot, urlPath);
    for (const [name, value] of Object.entries(headersFor(urlPath))) res.setHeader(name, value);
    if (file === undefined) {
      const notFound = path.join(absRoot, '404.html');
      res.statusCode = 404;
      res.setHeader('Content-Type', TYPES['.html'] as string);
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
