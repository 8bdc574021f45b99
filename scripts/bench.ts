/**
 * `npm run bench`: the performance benchmark (figures, not pass/fail). For generated corpora of
 * 1,000, 5,000 and 10,000 entries it prints the full build time (site and search index), ms per
 * page, peak memory, the time of a rebuild after one changed file and the size of dist/; then
 * Lighthouse (mobile preset, Debian's Chromium) for five pages of the real site. Writes the
 * tables to docs/benchmarks.md and a chart of build time against corpus size to
 * docs/benchmark-build-time.svg. Then runs the search benchmark (`npm run bench:search`).
 *
 *   npm run bench                      # all sizes
 *   npm run bench -- --sizes 1000      # quicker
 *   npm run bench -- --no-lighthouse
 *   npm run bench -- --no-search       # skip the search figures (`npm run bench:search`)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { lineChart } from '../src/utils/line-chart.ts';
import { launchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';
import { generateCorpus } from './bench/corpus.ts';

const args = process.argv.slice(2);
const sizesArg = args.indexOf('--sizes');
const SIZES = sizesArg >= 0 ? (args[sizesArg + 1] ?? '').split(',').map(Number) : [1000, 5000, 10000];
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const LIGHTHOUSE_RUNS = 3;
const SEARCH = !args.includes('--no-search');
const SOURCE = path.resolve('content/norrkoping');
const BUILD_TIME = '2026-11-22T12:00:00Z';

interface BuildFigures {
  seconds: number;
  peakMb: number;
  pages: number;
  distMb: number;
}

/** Runs `npm run build` under GNU time; returns wall time and peak RSS of the whole process tree's largest member. */
function timedBuild(contentDir: string, outDir: string): BuildFigures {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'BENCH %e %M', 'npm', 'run', '--silent', 'build', '--', '--outDir', outDir],
    {
      env: { ...process.env, CONTENT_DIR: contentDir, BUILD_TIME, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const match = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const du = spawnSync('du', ['-sb', outDir], { encoding: 'utf8' }).stdout.split('\t')[0];
  return { seconds: Number(match[1]), peakMb: Number(match[2]) / 1024, pages, distMb: Number(du) / 1e6 };
}

const rows: string[] = [];
const points: { x: number; y: number }[] = [];
for (const size of SIZES) {
  const root = mkdtempSync(path.join(tmpdir(), `trygg-bench-${size}-`));
  const content = path.join(root, 'content');
  const out = path.join(root, 'dist');
  generateCorpus(SOURCE, content, size);
  console.log(`\n${size} entries: building…`);
  const full = timedBuild(content, out);
  // One changed file, as after an editor's save in the CMS.
  const changed = path.join(content, 'pressmeddelanden', 'testmeddelande-0.md');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('Testmeddelande 0:', 'Testmeddelande 0 (ändrad):'));
  const rebuild = timedBuild(content, out);
  const row = `| ${size.toLocaleString('sv-SE')} | ${full.pages} | ${full.seconds.toFixed(1)} | ${((full.seconds * 1000) / full.pages).toFixed(1)} | ${full.peakMb.toFixed(0)} | ${rebuild.seconds.toFixed(1)} | ${full.distMb.toFixed(1)} |`;
  console.log(row);
  rows.push(row);
  points.push({ x: size, y: Math.round(full.seconds) });
  rmSync(root, { recursive: true, force: true });
}

const buildTable = [
  '| entries | pages built | full build (s) | ms per page | peak memory (MB) | rebuild after 1 change (s) | dist (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');

let lighthouseTable = '';
if (LIGHTHOUSE) {
  const out = mkdtempSync(path.join(tmpdir(), 'trygg-bench-site-'));
  timedBuild(SOURCE, out);
  const server = await serveStatic(out);
  const chrome = await chromeLauncher.launch({
    chromePath: launchOptions().executablePath as string,
    chromeFlags: (launchOptions().args ?? []).filter((f) => f !== '--headless').concat('--headless=new'),
  });
  const targets = [
    ['Start', '/'],
    ['Pressrum', '/pressmeddelanden/'],
    ['Pressmeddelande', '/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/'],
    ['Sida', '/brottsforebyggande-arbete/'],
    ['Sök', '/sok/?q=klotter'],
  ] as const;
  const lhRows: string[] = [];
  for (const [name, urlPath] of targets) {
    // Scores vary from run to run on a shared machine: the median of several runs, as Lighthouse
    // itself recommends (its computeMedianRun picks the run closest to the median FCP and TTI).
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const result = await lighthouse(`${server.url}${urlPath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      if (result) runs.push(result.lhr);
    }
    const lhr = computeMedianRun(runs);
    const scoreOf = (run: typeof lhr, key: string) => Math.round((run.categories[key]?.score ?? 0) * 100);
    const score = (key: string) => scoreOf(lhr, key);
    const performance = runs.map((r) => scoreOf(r, 'performance'));
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '';
    const row = `| ${name} | \`${urlPath}\` | ${score('performance')} (${performance.join(', ')}) | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${metric('largest-contentful-paint')} | ${metric('total-blocking-time')} | ${metric('cumulative-layout-shift')} |`;
    console.log(row);
    lhRows.push(row);
  }
  chrome.kill();
  await server.close();
  rmSync(out, { recursive: true, force: true });
  lighthouseTable = [
    `Median of ${LIGHTHOUSE_RUNS} runs per page (each run's performance score in brackets); LCP, TBT and CLS of the median run.`,
    '',
    '| page | URL | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...lhRows,
  ].join('\n');
}

writeFileSync(
  'docs/benchmark-build-time.svg',
  lineChart(points, { title: 'Full build time by corpus size', xLabel: 'Entries', yLabel: 'Seconds' }),
);

const section = [
  '<!-- bench:build:start -->',
  '## Build',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} on this project's CI machine kind (2 cores, shared) with \`npm run bench\`.`,
  'Generated corpora (half press releases, half pages, sentences recombined from the real content) on top of',
  "Norrköping's content; full build = content validation + Astro build + search index, as `npm run build`.",
  '',
  buildTable,
  '',
  '![Full build time by corpus size](benchmark-build-time.svg)',
  '',
  ...(lighthouseTable
    ? [
        '## Lighthouse (mobile preset, Debian Chromium, served locally without compression, so sizes count in full)',
        '',
        lighthouseTable,
        '',
      ]
    : []),
  '<!-- bench:build:end -->',
].join('\n');

const file = 'docs/benchmarks.md';
let doc: string;
try {
  doc = readFileSync(file, 'utf8');
} catch {
  doc = '# Benchmarks\n\nFigures from `npm run bench` (and `npm run bench:search`). Re-run to refresh.\n\n';
}
doc = /<!-- bench:build:start -->[\s\S]*<!-- bench:build:end -->/.test(doc)
  ? doc.replace(/<!-- bench:build:start -->[\s\S]*<!-- bench:build:end -->/, section)
  : `${doc.trimEnd()}\n\n${section}\n`;
writeFileSync(file, doc);
console.log(`\nWrote ${file} and docs/benchmark-build-time.svg`);

// The search figures (index size, first-query bytes and time, Pagefind against a whole-index
// baseline) come from the search benchmark, which writes its own section of docs/benchmarks.md.
if (SEARCH) {
  const search = spawnSync('node', ['scripts/bench-search.ts'], { stdio: 'inherit' });
  if (search.status !== 0) process.exitCode = search.status ?? 1;
}
