/**
 * Serving as Netlify's CDN does: over HTTP/2 with TLS (a browser opens one connection and asks for
 * everything at once; over HTTP/1.1 it would queue all but six requests), text compressed with gzip,
 * Pagefind's own files as they are, the Cache-Control of netlify.toml (Netlify's default `public,
 * max-age=0, must-revalidate` where it sets none) and ETags, so a revalidation is answered 304
 * without a body. The server also plays the network: it counts what it sends (every request,
 * including those of Pagefind's web worker, which the page's DevTools session does not see) and,
 * when throttled, holds each response for the round trip and sends it over one shared link of the
 * given speed.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, loadHeaderRules } from '../../tests/support/netlify-headers.ts';
import { resolveFile } from '../../tests/support/serve.ts';

/** BENCH_TRACE=1 prints every response: when it was asked for (ms after the measurement began), status, path, bytes. */
const TRACE = process.env.BENCH_TRACE === '1';
/** The slow phone network: 150 ms round trips, 1.6 Mbps. */
const THROTTLE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 1_600_000 / 8 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
export const NETLIFY_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
const rules = await loadHeaderRules();

export interface Sent {
  path: string;
  bytes: number;
  /** Wall-clock time the request arrived (ms since the epoch, as the browser's Date.now()). */
  at: number;
}

export interface BenchServer {
  url: string;
  /** Starts a new measurement: forgets what was sent, sets the network. */
  reset: (throttled: boolean) => void;
  sent: () => Sent[];
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * A throwaway certificate for 127.0.0.1 (made with openssl), and the hash of its public key, which
 * Chromium is told to trust (`--ignore-certificate-errors-spki-list`, as Chromium's own page-load
 * benchmarks do): the connection then counts as secure, so responses are cached as on the real site.
 */
function localCertificate(): { key: Buffer; cert: Buffer; spki: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  const key = readFileSync(keyFile);
  const cert = readFileSync(certFile);
  rmSync(dir, { recursive: true, force: true });
  const der = createPublicKey(cert).export({ type: 'spki', format: 'der' });
  return { key, cert, spki: createHash('sha256').update(der).digest('base64') };
}
export const tls = localCertificate();

export async function serveLikeCdn(root: string): Promise<BenchServer> {
  const cache = new Map<string, { body: Buffer; etag: string }>();
  let log: Sent[] = [];
  let throttled = false;
  let linkFreeAt = 0;
  let began = Date.now();
  const trace = (status: number, urlPath: string, bytes: number) => {
    if (TRACE) console.log(`    ${String(Date.now() - began).padStart(5)} ms ${status} ${urlPath} ${bytes}`);
  };
  const bytesPerMs = THROTTLE.downloadThroughput / 1000;

  async function send(res: Http2ServerResponse, body: Buffer): Promise<void> {
    if (!throttled) {
      res.end(body);
      return;
    }
    await sleep(THROTTLE.latency);
    const chunk = 8 * 1024;
    for (let i = 0; i < body.length; i += chunk) {
      const part = body.subarray(i, i + chunk);
      linkFreeAt = Math.max(performance.now(), linkFreeAt) + part.length / bytesPerMs;
      await sleep(linkFreeAt - performance.now());
      res.write(part);
    }
    res.end();
  }

  const server = createSecureServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    const file = resolveFile(root, req.url ?? '/');
    if (!file) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const type = TYPES[path.extname(file)];
    res.setHeader('Content-Type', type ?? 'application/octet-stream');
    res.setHeader('Cache-Control', headersForPath(rules, urlPath)['cache-control'] ?? NETLIFY_DEFAULT_CACHE);
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      const body = type ? gzipSync(raw) : raw;
      entry = { body, etag: `"${createHash('sha1').update(raw).digest('hex')}"` };
      cache.set(file, entry);
    }
    if (type) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('ETag', entry.etag);
    if (req.headers['if-none-match'] === entry.etag) {
      res.statusCode = 304;
      log.push({ path: urlPath, bytes: 0, at: Date.now() });
      trace(304, urlPath, 0);
      void send(res, Buffer.alloc(0));
      return;
    }
    res.setHeader('Content-Length', entry.body.length);
    log.push({ path: urlPath, bytes: entry.body.length, at: Date.now() });
    trace(200, req.url ?? urlPath, entry.body.length);
    void send(res, entry.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reset: (throttle) => {
      log = [];
      throttled = throttle;
      linkFreeAt = 0;
      began = Date.now();
      if (TRACE) console.log(`  --- ${throttle ? 'throttled' : 'local'}`);
    },
    sent: () => log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
