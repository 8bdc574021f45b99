/**
 * Search benchmark (`npm run bench:search`; not a test, it prints figures): builds the real site,
 * and the real site from a temporary copy of the content with 100, 1,000 and 5,000 generated,
 * clearly synthetic Swedish pages (press releases and pages in the real formats), then measures in
 * Chromium what a first search costs — index size, the requests and bytes it downloads, and the
 * time to its first results, on the plain local network and throttled to 150 ms RTT / 1.6 Mbps —
 * in two ways a resident searches: opening `/sok/?q=…` cold (nothing cached), and typing into the
 * header search of a page that has already loaded, then Enter. Side by side, in the same run, a
 * baseline loads a whole MiniSearch index of the same pages. Every figure is the median of
 * `--runs` runs (default 3). Writes the tables to docs/benchmarks.md under "Search".
 * Options: `--sizes 0,100,1000,5000` (0 is the real site without generated pages), `--runs 3`;
 * for tuning, `--keep <folder>` keeps the build of one size and `--dist <folder>` measures it again.
 *
 * Longer than 250 lines on purpose: one procedure read top to bottom (build, measure both ways,
 * write the report). Its parts are beside it: the CDN-like HTTP/2 server that also plays the
 * network (`bench/cdn-server.ts`) and the generated pages (`bench/search-corpus.ts`).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { chromium } from 'playwright-core';
import { indexedTextOf } from '../src/search/vocabulary.ts';
import { launchOptions } from '../tests/support/browser.ts';
import { buildSite } from '../tests/support/build.ts';
import { copyContent, removeCopy } from '../tests/support/content-copy.ts';
import { listFiles } from '../tests/support/dist.ts';
import { type BenchServer, NETLIFY_DEFAULT_CACHE, type Sent, serveLikeCdn, tls } from './bench/cdn-server.ts';
import { generateSearchCorpus } from './bench/search-corpus.ts';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number) : [0, 100, 1000, 5000];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
/** `--dist <folder>`: measure an existing build (of the one size given) instead of building (for tuning). */
const distArg = process.argv.indexOf('--dist');
const GIVEN_DIST = distArg > 0 ? path.resolve(process.argv[distArg + 1] ?? '') : undefined;
/** `--keep <folder>`: move the build (of the one size given) there instead of deleting it, for `--dist`. */
const keepArg = process.argv.indexOf('--keep');
const KEEP_DIST = keepArg > 0 ? path.resolve(process.argv[keepArg + 1] ?? '') : undefined;
if ((GIVEN_DIST || KEEP_DIST) && SIZES.length !== 1)
  throw new Error('--dist and --keep need exactly one size (--sizes N)');
/** The real site's query (the issue's example), and the generated corpora's. */
const REAL_QUERY = 'klotter';
const GENERATED_QUERY = 'trygghetsvandring';
/** A resident typing on a phone: a key every 200 ms, Enter 200 ms after the last. */
const KEY_DELAY_MS = 200;
/** From focusing the header's search field to the first key. */
const FOCUS_TO_TYPING_MS = 500;

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

// ---- Measuring a first query in a fresh browser context (nothing cached). ----

interface Measure {
  /** Time to the first results on screen, ms. */
  ms: number;
  results: number;
  /** What the search downloaded before the results were there. */
  requests: number;
  bytes: number;
  /** Header search only: what the focus and the typing fetched before Enter. */
  warmRequests?: number;
  warmBytes?: number;
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/** In every page: the time the results appear (`#search-status`, or the baseline's `resultsAt`). */
function watchResults(): void {
  const w = window as unknown as { resultsAt?: number; resultsWall?: number; resultCount?: number };
  const watch = () => {
    const status = document.getElementById('search-status');
    if (!status) return;
    new MutationObserver(() => {
      if (w.resultsAt === undefined && status.textContent) {
        w.resultsAt = performance.now();
        w.resultsWall = Date.now();
        w.resultCount = Number(/^(\d+)/.exec(status.textContent.replace(/\s/g, ''))?.[1] ?? 0);
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', watch);
  // The header search: the moment Enter sends the form, kept across the navigation to /sok/.
  document.addEventListener('submit', () => sessionStorage.setItem('submittedAt', String(Date.now())), true);
}

async function waitForResults(page: Awaited<ReturnType<Browser['newPage']>>) {
  await page.waitForFunction(() => (window as unknown as { resultsAt?: number }).resultsAt !== undefined, undefined, {
    timeout: 120_000,
  });
  // Let the last responses finish so their bytes are counted.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { resultsAt: number; resultsWall: number; resultCount: number };
    return {
      ms: w.resultsAt,
      wall: w.resultsWall,
      results: w.resultCount,
      submittedAt: Number(sessionStorage.getItem('submittedAt') ?? 0),
    };
  });
}

const sum = (sent: Sent[]) => sent.reduce((n, s) => n + s.bytes, 0);

/** `/sok/?q=…` (or the baseline's page) opened with nothing cached: navigation start to results. */
async function measureCold(
  browser: Browser,
  server: BenchServer,
  urlPath: string,
  isSearchFile: (u: string) => boolean,
  throttled: boolean,
): Promise<Measure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchResults);
  server.reset(throttled);
  await page.goto(`${server.url}${urlPath}`);
  const { ms, results } = await waitForResults(page);
  await context.close();
  const search = server.sent().filter((s) => isSearchFile(s.path));
  return { requests: search.length, bytes: sum(search), ms: Math.round(ms), results };
}

/**
 * A page that has loaded (the start page, nothing cached before it), then the header search: focus,
 * type, Enter. Time from Enter to the results on `/sok/`; what focus and typing fetched before, and
 * what everything (the search page itself included) cost after Enter.
 */
async function measureHeader(
  browser: Browser,
  server: BenchServer,
  query: string,
  throttled: boolean,
): Promise<Measure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchResults);
  server.reset(throttled);
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  const loaded = server.sent().length;
  await page.focus('#site-search');
  await page.waitForTimeout(FOCUS_TO_TYPING_MS);
  await page.locator('#site-search').pressSequentially(query, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(KEY_DELAY_MS);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/sok\//);
  const { wall, results, submittedAt } = await waitForResults(page);
  await context.close();
  const sent = server.sent().slice(loaded);
  const warm = sent.filter((s) => s.at < submittedAt);
  const after = sent.filter((s) => s.at >= submittedAt);
  return {
    ms: wall - submittedAt,
    results,
    requests: after.length,
    bytes: sum(after),
    warmRequests: warm.length,
    warmBytes: sum(warm),
  };
}

/** The median run (by time) of `RUNS`. */
async function median(run: () => Promise<Measure>): Promise<Measure & { range: string }> {
  const all: Measure[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await run());
  all.sort((a, b) => a.ms - b.ms);
  const mid = all[Math.floor(all.length / 2)] as Measure;
  return { ...mid, range: `${all[0]?.ms}–${all.at(-1)?.ms}` };
}

const kB = (n: number) => `${(n / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} kB`;
const ratio = (a: number, b: number) => `${(a / b).toLocaleString('en-GB', { maximumFractionDigits: 2 })}×`;

function dirSize(dir: string, include: (f: string) => boolean): { bytes: number; files: number } {
  const files = listFiles(dir).filter(include);
  return { bytes: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0), files: files.length };
}

// ---- Main ----

const BUDGETS = { header: 600, realCold: 1200, generatedCold: 1500 };
const summary: string[] = [];
const details: string[] = [];
const notes: string[] = [];
const launch = launchOptions();
const browser = await chromium.launch({
  ...launch,
  args: [...(launch.args ?? []), `--ignore-certificate-errors-spki-list=${tls.spki}`],
});
for (const size of SIZES) {
  const real = size === 0;
  const label = real ? 'real site' : size.toLocaleString('en-GB');
  const query = real ? REAL_QUERY : GENERATED_QUERY;
  const content = copyContent();
  if (!real && !GIVEN_DIST) generateSearchCorpus(content, size);
  console.log(`Building ${real ? 'the real site' : `${size} generated pages`} …`);
  const started = performance.now();
  const build = GIVEN_DIST
    ? { code: 0, outDir: GIVEN_DIST, output: '[search-index] (an existing build)' }
    : buildSite({ contentDir: content, buildTime: '2026-11-22T12:00:00Z' });
  const buildSeconds = (performance.now() - started) / 1000;
  removeCopy(content);
  if (build.code !== 0) throw new Error(build.output.slice(-4000));
  const dist = build.outDir;
  const indexLine = /\[search-index\] (.*)/.exec(build.output)?.[1] ?? '';
  console.log(`  build ${buildSeconds.toFixed(0)} s; ${indexLine}`);
  notes.push(
    `${real ? 'Real site' : `${size} generated pages`}: whole build ${buildSeconds.toFixed(0)} s; search step: ${indexLine}.`,
  );

  const pagefindDir = path.join(dist, 'pagefind');
  const index = dirSize(pagefindDir, (f) => !/(-ui|highlight)\./.test(f));
  const vocabulary = statSync(path.join(dist, 'sok/ordlista.json')).size;
  writeBaseline(dist);
  const baselineIndex = statSync(path.join(dist, 'bench-minisearch/index.json')).size;
  const baselineGzip = gzipSync(readFileSync(path.join(dist, 'bench-minisearch/index.json'))).length;

  const server = await serveLikeCdn(dist);
  const q = encodeURIComponent(query);
  for (const throttled of [true, false]) {
    const network = throttled ? '150 ms RTT, 1.6 Mbps' : 'local';
    const cold = await median(() =>
      measureCold(
        browser,
        server,
        `/sok/?q=${q}`,
        (p) => p.startsWith('/pagefind/') || p === '/sok/ordlista.json',
        throttled,
      ),
    );
    const header = await median(() => measureHeader(browser, server, query, throttled));
    const base = await median(() =>
      measureCold(
        browser,
        server,
        `/bench-minisearch/?q=${q}`,
        (p) => p.startsWith('/bench-minisearch/') && p !== '/bench-minisearch/',
        throttled,
      ),
    );
    const budget = real ? BUDGETS.realCold : BUDGETS.generatedCold;
    const within = (ms: number, limit: number) => (throttled ? (ms <= limit ? ' ✓' : ` ✗ (budget ${limit} ms)`) : '');
    summary.push(
      `| ${label} | ${network} | \`${query}\` | ${header.ms} ms${within(header.ms, BUDGETS.header)} | ${cold.ms} ms${within(cold.ms, budget)} | ${base.ms} ms | ${ratio(cold.ms, base.ms)} | ${ratio(header.ms, base.ms)} | ${cold.results} / ${header.results} / ${base.results} |`,
    );
    details.push(
      `| ${label} | ${network} | Pagefind, header search then Enter | ${kB(index.bytes)} in ${index.files} files (+ ${kB(vocabulary)} vocabulary) | ${header.warmRequests} / ${kB(header.warmBytes ?? 0)} | ${header.requests} / ${kB(header.bytes)} | ${header.ms} ms (${header.range}) |`,
      `| ${label} | ${network} | Pagefind, cold \`/sok/?q=\` | ${kB(index.bytes)} in ${index.files} files (+ ${kB(vocabulary)} vocabulary) | – | ${cold.requests} / ${kB(cold.bytes)} | ${cold.ms} ms (${cold.range}) |`,
      `| ${label} | ${network} | MiniSearch, whole index, cold | ${kB(baselineIndex)} (${kB(baselineGzip)} gzip) | – | ${base.requests} / ${kB(base.bytes)} | ${base.ms} ms (${base.range}) |`,
    );
    console.log(summary.at(-1));
    for (const line of details.slice(-3)) console.log(line);
  }
  notes.push(
    `Load average of the shared machine after measuring ${label}: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')} (1, 5, 15 min; 2 cores).`,
  );
  await server.close();
  if (KEEP_DIST && dist !== GIVEN_DIST) {
    rmSync(KEEP_DIST, { recursive: true, force: true });
    cpSync(dist, KEEP_DIST, { recursive: true });
  }
  if (dist !== GIVEN_DIST) rmSync(dist, { recursive: true, force: true });
}
await browser.close();

const summaryTable = [
  '| pages | network | query | header search → results | cold `/sok/?q=` → results | MiniSearch baseline, cold | cold ÷ baseline | header ÷ baseline | results (cold / header / baseline) |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...summary,
].join('\n');
const detailTable = [
  '| pages | network | search | index on disk | fetched on focus and typing (requests / bytes) | fetched until results (requests / bytes) | time to results (median, range) |',
  '| --- | --- | --- | --- | ---: | ---: | ---: |',
  ...details,
].join('\n');
const section = `## Search

Measured by \`npm run bench:search\` (${new Date().toISOString().slice(0, 10)}) on a shared 2-core machine,
headless Chromium, a fresh browser context (nothing cached) for every run; every figure is the median
of ${RUNS} runs, the range of all runs in brackets. The corpora are Norrköping's real content ("real
site", query \`${REAL_QUERY}\`) and the same content plus 100, 1,000 or 5,000 generated, clearly synthetic
Swedish press releases and pages (in a temporary folder, never committed; query \`${GENERATED_QUERY}\`),
built with the real \`npm run build\`.

The benchmark's server serves the build as Netlify's CDN does: over HTTP/2 with TLS (a browser
asks for everything at once on one connection; over HTTP/1.1 it would queue all but six requests),
text gzip-compressed, Pagefind's files as Pagefind compressed them, the \`Cache-Control\` of
netlify.toml (Netlify's default \`${NETLIFY_DEFAULT_CACHE}\` where it sets none) and ETags. It counts
every response (the web worker's included) and, on the throttled rows, plays a slow phone network:
every response waits one 150 ms round trip, then all responses share one 1.6 Mbps link.

- **Header search**: the start page has loaded; the resident focuses the header's search field,
  starts typing ${FOCUS_TO_TYPING_MS} ms later, a key every ${KEY_DELAY_MS} ms, and presses Enter ${KEY_DELAY_MS} ms after the
  last key. Time from Enter to the results on \`/sok/\` (the page itself included). Budget ${BUDGETS.header} ms.
- **Cold**: \`/sok/?q=…\` opened with nothing cached; time from navigation start to the results.
  Budget ${BUDGETS.realCold} ms on the real site, ${BUDGETS.generatedCold} ms with 1,000 and 5,000 generated pages.
- **Baseline**: a page that loads one MiniSearch index of the same pages, whole (title and text,
  prefix and fuzzy search), cold, from navigation start to its results. The ratios divide by it.

"Results" is the number of pages found. ✓ marks a throttled figure within its budget.

Reading the figures: the chain of requests is the part the site controls, and it no longer depends on
the machine. Cold, \`/sok/\` needs three round trips in a row for a one-word query: the page; what
its HTML asks for side by side, after its styles (the page's own script and the module it imports,
Pagefind's entry file and metadata, and — from the page's one inline script, as soon as the page is
parsed — the index chunk that holds the word, from the page's table of chunks); the first results'
excerpts, asked for as soon as the chunk and the metadata have arrived. The page then draws
Pagefind's first results itself, before Pagefind's engine (script and WebAssembly, 68 kB) has been
asked for (\`quick-search.ts\`): the pages scored from the chunk (each page's word locations and
weights) and the metadata (word counts) as Pagefind 1.6 scores them (\`pagefind-score.ts\`), the
excerpts cut as Pagefind cuts them (\`pagefind-excerpt.ts\`), checked in Chromium against Pagefind's
own answers (the same pages, order, addresses, titles, texts and excerpts); only when the order of
the first 20 is certain (no page tied with the next), else Pagefind searches as before. The engine is
fetched once those results are drawn, so it shares neither the slow link nor the processor with
them, and Pagefind's own search then keeps what is on screen when it shows the same. The filters'
chunks are fetched after the first results, for the counts beside them. The index is in chunks
sized for the site (\`indexChunkSize\`: 100·√(HTML files) word locations, at least 2,000: 2,000 on
the real site, where Pagefind's default made the whole 26 kB index one chunk; 7,925 at 5,000
generated pages, where its default 20,000 made a first search load 70 kB). The vocabulary for
"Menade du …?" is asked for right behind the first results' excerpts, so its round trip overlaps
theirs; the search waits for it only when no result shows a word as typed. Pagefind's WebAssembly
and metadata are packed again with Zopfli (57.6 → 54.9 kB; 48.4 → 43.0 kB at 5,000 pages). From the
header search: the engine, the search page's script, styles and vocabulary on focus, the index for the
words while typing; at Enter the first results' ids go to the search page in its address's fragment,
and its script asks for their excerpts as soon as it runs (fetched from the page before, the browser
cancelled those still on their way when the search page arrived, and they were downloaded twice).
The rest of each figure is processor time — the page reading the index files and drawing the
results (Pagefind compiling its WebAssembly, where it searches first: in its web worker on the page
the header search is on), the baseline parsing its whole index — and on a shared machine that is the part that varies (see
the load averages below): compare the ratios within a run rather than the milliseconds across runs.

${summaryTable}

What was downloaded: "fetched on focus and typing" is what the header search fetched before Enter
(Pagefind's engine on focus, then the index for the words and the first results' excerpts);
"fetched until results" counts, for the header search, every response after Enter (the search page
itself included; a 304 counts as a request of 0 bytes), and for cold searches only the search's own
files (Pagefind's \`/pagefind/…\` and the vocabulary; the baseline's script, app and index).

${detailTable}

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
console.log(`\n${summaryTable}\n\n${detailTable}\n\nWritten to ${file}`);
