/**
 * Search benchmark (`npm run bench:search`; not a test, it prints figures): builds the real site
 * from a temporary copy of the content with 1,000 and 5,000 generated, clearly synthetic Swedish
 * pages (press releases and pages in the real formats), then measures in Chromium what a first
 * search costs — index size, the requests and bytes the first query downloads, and its time to
 * results, on the plain local network and throttled to 150 ms RTT / 1.6 Mbps — for Pagefind (the
 * site's /sok/) and for a baseline that loads a whole MiniSearch index of the same pages.
 * Writes the table to docs/benchmarks.md under "Search". Options: `--sizes 1000,5000`.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { chromium } from 'playwright-core';
import { indexedTextOf } from '../src/search/vocabulary.ts';
import { launchOptions } from '../tests/support/browser.ts';
import { buildSite } from '../tests/support/build.ts';
import { copyContent, removeCopy, writeEntry } from '../tests/support/content-copy.ts';
import { listFiles } from '../tests/support/dist.ts';
import { resolveFile } from '../tests/support/serve.ts';
import { random } from './bench/corpus.ts';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number) : [1000, 5000];
const QUERY = 'trygghetsvandring';
const THROTTLE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 1_600_000 / 8 };

// ---- A generated corpus: Swedish sentences about crime prevention, in made-up areas. ----

const SUBJECTS = ['Kommunen', 'Polisen', 'Socialtjänsten', 'Fritidsgården', 'Skolan', 'Bostadsbolaget', 'Föreningen'];
const VERBS = ['förstärker', 'utökar', 'startar', 'följer upp', 'utvärderar', 'planerar', 'samordnar'];
const OBJECTS = [
  'trygghetsvandringarna',
  'kameraövervakningen',
  'det brottsförebyggande arbetet',
  'grannsamverkan',
  'belysningen i parkerna',
  'ordningsvakternas rundor',
  'samverkan med skolorna',
  'fritidsverksamheten för ungdomar',
  'insatserna mot klotter',
  'det våldsförebyggande arbetet',
  'nattvandringen',
  'medborgardialogen',
  'föräldrastödet',
  'lägesbilden för området',
];
const SENTENCES = [
  'Arbetet sker i nära samverkan mellan kommunen, polisen och fastighetsägarna.',
  'Invånarna har i trygghetsmätningen pekat ut platser där de känner sig otrygga.',
  'Målet är att minska skadegörelsen och öka tryggheten i bostadsområdet.',
  'Under kvällstid finns fler vuxna ute på stan, särskilt under helgerna.',
  'Insatsen följs upp efter ett halvår och resultaten redovisas för nämnden.',
  'Ungdomar som riskerar att hamna i kriminalitet ska fångas upp tidigt.',
  'Skolorna, socialtjänsten och fritidsgårdarna delar information enligt gällande regler.',
  'Belysningen förbättras längs gång- och cykelvägar och vid busshållplatser.',
  'Klotter ska tas bort inom ett dygn för att inte locka till mer skadegörelse.',
  'Föräldrar bjuds in till träffar om droger, nätet och ungdomars fritid.',
  'Medborgarlöftet tas fram tillsammans med polisen efter dialog med invånarna.',
  'Kommunens kontaktcenter svarar på frågor under kontorstid.',
  'Den som ser ett brott ska ringa 112, annars når man polisen på 114 14.',
  'Trygghetsvandringar genomförs tillsammans med boende och föreningar.',
  'Det situationella brottsförebyggande arbetet handlar om den fysiska miljön.',
  'Fastighetsbolagen rustar upp entréer, källare och cykelförråd.',
];
const SYNTHETIC = 'Syntetisk text för prestandamätning av sökningen.';

function generatePage(rand: () => number, n: number): { title: string; summary: string; body: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const area = `område ${1 + Math.floor(rand() * 400)}`;
  const title = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} i ${area} (test ${n})`;
  const summary = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} i ${area}. ${SYNTHETIC}`;
  const paragraphs: string[] = [SYNTHETIC];
  const count = 3 + Math.floor(rand() * 4);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 + Math.floor(rand() * 4); s++) {
      sentences.push(rand() < 0.5 ? pick(SENTENCES) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} i ${area}.`);
    }
    paragraphs.push(sentences.join(' '));
    if (p === 1) paragraphs.push(`## ${pick(OBJECTS).replace(/^./, (c) => c.toUpperCase())}`);
  }
  return { title, summary, body: paragraphs.join('\n\n') };
}

function generateCorpus(dir: string, size: number): void {
  const rand = random(size);
  for (let i = 0; i < size; i++) {
    const page = generatePage(rand, i);
    const yaml = (s: string) => JSON.stringify(s);
    if (i % 5 === 4) {
      writeEntry(
        dir,
        `sidor/test-sida-${i}.mdx`,
        `---\ntitle: ${yaml(page.title)}\nsummary: ${yaml(page.summary)}\nsection: sa-arbetar-vi\norder: ${100 + (i % 800)}\nlastReviewed: 2026-11-01\n---\n\n${page.body}\n`,
      );
    } else {
      const year = 2015 + (i % 11);
      const month = String(1 + (i % 12)).padStart(2, '0');
      const day = String(1 + (i % 28)).padStart(2, '0');
      writeEntry(
        dir,
        `pressmeddelanden/test-${i}.md`,
        `---\ntitle: ${yaml(page.title)}\nsummary: ${yaml(page.summary)}\npublished: '${year}-${month}-${day}'\nkind: pressmeddelande\nsender: Testavsändare\n---\n\n${page.body}\n`,
      );
    }
  }
}

// ---- The baseline: one MiniSearch index of the same pages, loaded whole. ----

const BASELINE_PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>MiniSearch</title></head>
<body><ol id="results"></ol><script type="module" src="/bench-minisearch/app.js"></script></body></html>`;
const BASELINE_APP = `import MiniSearch from '/bench-minisearch/minisearch.js';
const q = new URLSearchParams(location.search).get('q') ?? '';
const json = await (await fetch('/bench-minisearch/index.json')).text();
const index = MiniSearch.loadJSON(json, { fields: ['title', 'text'], storeFields: ['title', 'url'] });
const results = index.search(q, { prefix: true, fuzzy: 0.2, boost: { title: 2 } });
const list = document.getElementById('results');
for (const r of results.slice(0, 10)) {
  const li = document.createElement('li');
  li.textContent = r.title;
  list.append(li);
}
window.resultCount = results.length;
window.resultsAt = performance.now();
`;

function writeBaseline(dist: string): void {
  const mini = new MiniSearch<{ id: number; title: string; text: string; url: string }>({
    fields: ['title', 'text'],
    storeFields: ['title', 'url'],
  });
  let id = 0;
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    if (!/<main\b[^>]*data-pagefind-body/.test(html)) continue;
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? file;
    mini.add({ id: id++, title, text: indexedTextOf(html), url: `/${file.replace(/index\.html$/, '')}` });
  }
  const dir = path.join(dist, 'bench-minisearch');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify(mini));
  writeFileSync(path.join(dir, 'index.html'), BASELINE_PAGE);
  writeFileSync(path.join(dir, 'app.js'), BASELINE_APP);
  cpSync(path.resolve('node_modules/minisearch/dist/es/index.js'), path.join(dir, 'minisearch.js'));
}

// ---- Serving as a CDN does: text compressed with gzip, Pagefind's own files as they are. ----
// The server also plays the network: it counts what it sends (every request, including those of
// Pagefind's web worker, which the page's DevTools session does not see) and, when throttled,
// holds each response for the round trip and sends it over one shared link of the given speed.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

interface Sent {
  path: string;
  bytes: number;
}

interface BenchServer {
  url: string;
  /** Starts a new measurement: forgets what was sent, sets the network. */
  reset: (throttled: boolean) => void;
  sent: () => Sent[];
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function serveGzip(root: string): Promise<BenchServer> {
  const cache = new Map<string, Buffer>();
  let log: Sent[] = [];
  let throttled = false;
  let linkFreeAt = 0;
  const bytesPerMs = THROTTLE.downloadThroughput / 1000;

  async function send(res: ServerResponse, body: Buffer): Promise<void> {
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

  const server = createServer((req, res) => {
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    const file = resolveFile(root, req.url ?? '/');
    if (!file) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const type = TYPES[path.extname(file)];
    res.setHeader('Content-Type', type ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    let body: Buffer = readFileSync(file);
    if (type) {
      body = cache.get(file) ?? gzipSync(body);
      cache.set(file, body);
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.setHeader('Content-Length', body.length);
    log.push({ path: urlPath, bytes: body.length });
    void send(res, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reset: (throttle) => {
      log = [];
      throttled = throttle;
      linkFreeAt = 0;
    },
    sent: () => log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---- Measuring a first query in a fresh browser context. ----

interface Measure {
  requests: number;
  bytes: number;
  ms: number;
  results: number;
}

async function measure(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  server: BenchServer,
  urlPath: string,
  isSearchFile: (u: string) => boolean,
  throttled: boolean,
): Promise<Measure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { resultsAt?: number; resultCount?: number };
    const watch = () => {
      const status = document.getElementById('search-status');
      if (!status) return;
      new MutationObserver(() => {
        if (w.resultsAt === undefined && status.textContent) {
          w.resultsAt = performance.now();
          w.resultCount = Number(/^(\d+)/.exec(status.textContent.replace(/\s/g, ''))?.[1] ?? 0);
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    };
    document.addEventListener('DOMContentLoaded', watch);
  });
  server.reset(throttled);
  await page.goto(`${server.url}${urlPath}`);
  await page.waitForFunction(() => (window as unknown as { resultsAt?: number }).resultsAt !== undefined, undefined, {
    timeout: 120_000,
  });
  // Let the last responses finish so their bytes are counted.
  await page.waitForTimeout(300);
  const { ms, results } = await page.evaluate(() => {
    const w = window as unknown as { resultsAt: number; resultCount: number };
    return { ms: w.resultsAt, results: w.resultCount };
  });
  await context.close();
  const search = server.sent().filter((s) => isSearchFile(s.path));
  return {
    requests: search.length,
    bytes: search.reduce((sum, s) => sum + s.bytes, 0),
    ms: Math.round(ms),
    results,
  };
}

const kB = (n: number) => `${(n / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} kB`;

function dirSize(dir: string, include: (f: string) => boolean): { bytes: number; files: number } {
  const files = listFiles(dir).filter(include);
  return { bytes: files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0), files: files.length };
}

// ---- Main ----

const rows: string[] = [];
const notes: string[] = [];
const browser = await chromium.launch(launchOptions());
for (const size of SIZES) {
  const content = copyContent();
  generateCorpus(content, size);
  console.log(`Building ${size} generated pages …`);
  const started = performance.now();
  const build = buildSite({ contentDir: content, buildTime: '2026-11-22T12:00:00Z' });
  const buildSeconds = (performance.now() - started) / 1000;
  removeCopy(content);
  if (build.code !== 0) throw new Error(build.output.slice(-4000));
  const dist = build.outDir;
  const indexLine = /\[search-index\] (.*)/.exec(build.output)?.[1] ?? '';
  console.log(`  build ${buildSeconds.toFixed(0)} s; ${indexLine}`);
  notes.push(`${size} generated pages: whole build ${buildSeconds.toFixed(0)} s; search step: ${indexLine}.`);

  const pagefindDir = path.join(dist, 'pagefind');
  const index = dirSize(pagefindDir, (f) => !/(-ui|highlight)\./.test(f));
  const vocabulary = statSync(path.join(dist, 'sok/ordlista.json')).size;
  writeBaseline(dist);
  const baselineIndex = statSync(path.join(dist, 'bench-minisearch/index.json')).size;
  const baselineGzip = gzipSync(readFileSync(path.join(dist, 'bench-minisearch/index.json'))).length;

  const server = await serveGzip(dist);
  const q = encodeURIComponent(QUERY);
  for (const throttled of [false, true]) {
    const pf = await measure(
      browser,
      server,
      `/sok/?q=${q}`,
      (p) => p.startsWith('/pagefind/') || p === '/sok/ordlista.json',
      throttled,
    );
    const ms = await measure(
      browser,
      server,
      `/bench-minisearch/?q=${q}`,
      (p) => p.startsWith('/bench-minisearch/') && p !== '/bench-minisearch/',
      throttled,
    );
    const network = throttled ? '150 ms RTT, 1.6 Mbps' : 'local';
    rows.push(
      `| ${size.toLocaleString('en-GB')} | ${network} | Pagefind | ${kB(index.bytes)} in ${index.files} files (+ ${kB(vocabulary)} vocabulary) | ${pf.requests} | ${kB(pf.bytes)} | ${pf.ms} ms | ${pf.results} |`,
      `| ${size.toLocaleString('en-GB')} | ${network} | MiniSearch, whole index | ${kB(baselineIndex)} (${kB(baselineGzip)} gzip) | ${ms.requests} | ${kB(ms.bytes)} | ${ms.ms} ms | ${ms.results} |`,
    );
    console.log(rows.at(-2));
    console.log(rows.at(-1));
  }
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
await browser.close();

const table = [
  '| pages | network | engine | index on disk | requests | bytes downloaded | time to results | results |',
  '| ---: | --- | --- | --- | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
const section = `## Search

Measured by \`npm run bench:search\` (${new Date().toISOString().slice(0, 10)}) on a shared 2-core machine,
headless Chromium, fresh browser context and no cache for every run. The corpus is Norrköping's
content plus generated, clearly synthetic Swedish press releases and pages (in a temporary folder,
never committed), built with the real \`npm run build\`. First query: \`/sok/?q=${QUERY}\`.
"Requests" and "bytes" count only what the search downloads (Pagefind: \`/pagefind/…\` and the
vocabulary if needed, including what its web worker fetches; baseline: MiniSearch's script, the app
and its index), response bodies as sent (text gzip-compressed as a CDN does; Pagefind's files are
compressed by Pagefind), counted by the benchmark's server. The throttled rows are throttled by that
server too (DevTools throttling of the page does not reach a web worker): every response waits one
150 ms round trip, then all responses share one 1.6 Mbps link. "Time to results"
runs from navigation start to the results on screen, so it includes loading the page itself. The
baseline loads one MiniSearch index of the same pages (title and text, prefix and fuzzy search).

${table}

${notes.map((n) => `- ${n}`).join('\n')}
`;

mkdirSync('docs', { recursive: true });
const file = 'docs/benchmarks.md';
const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const start = existing.indexOf('## Search\n');
let updated: string;
if (start < 0) {
  updated = `${existing.trimEnd()}\n\n${section}`;
} else {
  const next = existing.indexOf('\n## ', start + 1);
  updated = existing.slice(0, start) + section + (next < 0 ? '' : existing.slice(next + 1));
}
writeFileSync(file, updated);
console.log(`\n${table}\n\nWritten to ${file}`);
