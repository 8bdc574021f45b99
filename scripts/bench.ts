/**
 * `npm run bench`: the performance benchmark (figures, not pass/fail). For generated corpora of
 * 1,000, 5,000 and 10,000 entries it builds, alternating, the bare baseline (a minimal Astro site
 * over the same Markdown plus the Pagefind CLI, `scripts/bench/baseline.ts`) and this site, clean,
 * `--reps` times each (2 unless told), and prints both times and their ratio (the ratio is what
 * to compare across runs on a shared machine), ms per page, peak memory, the time of an
 * incremental build after one changed release (and where its time goes) and the size of dist/; then
 * Lighthouse (mobile preset, Debian's Chromium) for five pages of the real site. Writes the
 * tables to docs/benchmarks.md and a chart of build time against corpus size to
 * docs/benchmark-build-time.svg. Then runs the search benchmark (`npm run bench:search`).
 *
 *   npm run bench                      # all sizes
 *   npm run bench -- --sizes 1000      # quicker (BENCH_SIZES=1000 npm run bench does the same)
 *   npm run bench -- --reps 1          # one clean build of each kind per size
 *   npm run bench -- --no-lighthouse
 *   npm run bench -- --no-search       # skip the search figures (`npm run bench:search`)
 *
 * Longer than 250 lines on purpose: one procedure read top to bottom (build, measure, write the
 * tables); its parts are in `scripts/bench/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { siteCacheDir } from '../src/config/site.ts';
import { launchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';
import { writeBaselineSite } from './bench/baseline.ts';
import { generateCorpus } from './bench/corpus.ts';
import { lineChart } from './bench/line-chart.ts';
import { buildPhases, type Phases } from './bench/phases.ts';

const args = process.argv.slice(2);
const sizesArg = args.indexOf('--sizes');
const SIZES = (sizesArg >= 0 ? (args[sizesArg + 1] ?? '') : (process.env.BENCH_SIZES ?? '1000,5000,10000'))
  .split(',')
  .map(Number);
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const LIGHTHOUSE_RUNS = 3;
const SEARCH = !args.includes('--no-search');
const repsArg = args.indexOf('--reps');
/** Clean builds of each kind per corpus size (alternating baseline and site). */
const REPS = repsArg >= 0 ? Number(args[repsArg + 1]) : 2;
const SOURCE = path.resolve('content/norrkoping');
const BUILD_TIME = '2026-11-22T12:00:00Z';

interface BuildFigures {
  /** Wall-clock time. */
  seconds: number;
  /** Processor time (user + system) of the whole process tree: less sensitive to other users' load. */
  cpuSeconds: number;
  peakMb: number;
  pages: number;
  distMb: number;
  /** What the build printed (for `buildPhases`). */
  output: string;
}

/**
 * Runs a command under GNU time; returns wall and processor time and the peak RSS of the process
 * tree's largest member. `PATH` starts with the project's `node_modules/.bin`, so `node` is the
 * project's Node 24 as under `npm run`.
 */
function timed(command: string[], env: Record<string, string>, outDir: string): BuildFigures {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', ...command], {
    env: {
      ...process.env,
      PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH}`,
      BUILD_TIME,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const match = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const du = spawnSync('du', ['-sb', outDir], { encoding: 'utf8' }).stdout.split('\t')[0];
  return {
    seconds: Number(match[1]),
    cpuSeconds: Number(match[2]) + Number(match[3]),
    peakMb: Number(match[4]) / 1024,
    pages,
    distMb: Number(du) / 1e6,
    output: result.stdout,
  };
}

/** `npm run build` of this site (content validation, Astro, search index) into `outDir`. */
function timedBuild(contentDir: string, outDir: string): BuildFigures {
  return timed(['npm', 'run', '--silent', 'build', '--', '--outDir', outDir], { CONTENT_DIR: contentDir }, outDir);
}

/**
 * A clean build of the bare baseline (`scripts/bench/baseline.ts`): Astro, then the Pagefind CLI;
 * with `clean: false`, a build that keeps the last one's output and cache (the incremental baseline).
 */
function timedBaseline(root: string, { clean = true } = {}): BuildFigures {
  if (clean) for (const dir of ['dist', '.cache']) rmSync(path.join(root, dir), { recursive: true, force: true });
  const dist = path.join(root, 'dist');
  return timed(['sh', '-c', `astro build --root "${root}" && pagefind --site "${dist}"`], {}, dist);
}

type Figure = Exclude<keyof BuildFigures, 'output'>;
const sum = (list: BuildFigures[], key: Figure) => list.reduce((total, f) => total + f[key], 0);
const mean = (list: BuildFigures[], key: Figure) => sum(list, key) / list.length;
const range = (list: BuildFigures[]) =>
  list.length < 2
    ? ''
    : ` (${Math.min(...list.map((f) => f.seconds)).toFixed(1)}–${Math.max(...list.map((f) => f.seconds)).toFixed(1)})`;

// One untimed build of the real site first: it makes what every later build on the machine
// shares, whatever its content (Pagefind's packed WebAssembly, the dictionary's list of accepted
// words: `CACHE_ROOT` in src/config/site.ts), so the clean builds measured below are what an editor's
// build meets, with no content-layer cache, and not the very first build of a fresh checkout.
{
  const warmUp = mkdtempSync(path.join(tmpdir(), 'trygg-bench-warm-up-'));
  console.log('Warm-up: an untimed build of the real site…');
  timedBuild(SOURCE, path.join(warmUp, 'dist'));
  rmSync(warmUp, { recursive: true, force: true });
}

const rows: string[] = [];
const phaseRows: string[] = [];
const loads: string[] = [];
const points: { x: number; y: number }[] = [];
for (const size of SIZES) {
  const root = mkdtempSync(path.join(tmpdir(), `trygg-bench-${size}-`));
  const content = path.join(root, 'content');
  const out = path.join(root, 'dist');
  const baselineRoot = path.join(root, 'baseline');
  const incrementalBaselineRoot = path.join(root, 'baseline-incremental');
  generateCorpus(SOURCE, content, size);
  mkdirSync(baselineRoot);
  writeBaselineSite(baselineRoot, content);
  mkdirSync(incrementalBaselineRoot);
  writeBaselineSite(incrementalBaselineRoot, content, { incremental: true });
  // Clean builds of the baseline and of the site, alternating, so both meet the same load.
  const baseline: BuildFigures[] = [];
  const full: BuildFigures[] = [];
  for (let rep = 1; rep <= REPS; rep++) {
    console.log(`\n${size} entries: bare baseline, clean build ${rep} of ${REPS}…`);
    baseline.push(timedBaseline(baselineRoot));
    console.log(`${size} entries: this site, clean build ${rep} of ${REPS}…`);
    rmSync(siteCacheDir(content), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    full.push(timedBuild(content, out));
  }
  // One changed release, as after an editor's save in the CMS: an incremental build, with the
  // cache (content layer, pages, search-index work) the last clean build left, into the same
  // output folder (as on Netlify: Astro writes the output folder into its image module).
  // The bare baseline with Astro's incremental build on does the same: a clean build (untimed),
  // then one after the same change. What an incremental build costs in Astro and Pagefind alone.
  console.log(`${size} entries: bare baseline with Astro's incremental build, clean build (untimed)…`);
  timedBaseline(incrementalBaselineRoot);
  const changed = path.join(content, 'pressmeddelanden', 'testmeddelande-0.md');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('Testmeddelande 0:', 'Testmeddelande 0 (ändrad):'));
  console.log(`${size} entries: this site, incremental build after one change…`);
  const rebuild = timedBuild(content, out);
  console.log(`${size} entries: bare baseline, incremental build after the same change…`);
  const bareRebuild = timedBaseline(incrementalBaselineRoot, { clean: false });
  const phases = { full: buildPhases(full.at(-1)?.output ?? ''), incremental: buildPhases(rebuild.output) };
  const [f0] = full as [BuildFigures];
  const fullS = mean(full, 'seconds');
  const baseS = mean(baseline, 'seconds');
  console.log(
    `${size} entries: bare ${baseS.toFixed(1)} s | full ${fullS.toFixed(1)} s (${(fullS / baseS).toFixed(2)}× bare) | ` +
      `incremental ${rebuild.seconds.toFixed(1)} s (${(rebuild.seconds / fullS).toFixed(2)}× full; ` +
      `bare's own ${bareRebuild.seconds.toFixed(1)} s, ${(bareRebuild.seconds / fullS).toFixed(2)}×) | ` +
      `peak memory full ${Math.max(...full.map((f) => f.peakMb)).toFixed(0)} MB, incremental ${rebuild.peakMb.toFixed(0)} MB`,
  );
  const phaseRow = (name: string, p: Phases, total: number) =>
    `| ${size.toLocaleString('sv-SE')} | ${name} | ${total.toFixed(1)} | ${(total - p.astro).toFixed(1)} | ${p.sync.toFixed(1)} | ${p.bundling.toFixed(1)} | ${p.generation.toFixed(1)} (${p.rendered} rendered, ${p.restored} copied) | ${p.searchWork.toFixed(1)} | ${p.pagefind.toFixed(1)} | ${(p.astro - p.sync - p.bundling - p.generation - p.searchWork - p.pagefind).toFixed(1)} |`;
  phaseRows.push(
    phaseRow('full', phases.full, full.at(-1)?.seconds ?? 0),
    phaseRow('incremental', phases.incremental, rebuild.seconds),
  );
  const row = [
    size.toLocaleString('sv-SE'),
    f0.pages,
    `${baseS.toFixed(1)}${range(baseline)}`,
    `${fullS.toFixed(1)}${range(full)}`,
    `${(sum(full, 'seconds') / sum(baseline, 'seconds')).toFixed(2)}×`,
    `${(sum(full, 'cpuSeconds') / sum(baseline, 'cpuSeconds')).toFixed(2)}×`,
    ((fullS * 1000) / f0.pages).toFixed(1),
    rebuild.seconds.toFixed(1),
    `${(rebuild.seconds / fullS).toFixed(2)}×`,
    `${(rebuild.cpuSeconds / mean(full, 'cpuSeconds')).toFixed(2)}×`,
    bareRebuild.seconds.toFixed(1),
    `${(bareRebuild.seconds / fullS).toFixed(2)}×`,
    Math.max(...full.map((f) => f.peakMb)).toFixed(0),
    rebuild.peakMb.toFixed(0),
    Math.max(...baseline.map((f) => f.peakMb)).toFixed(0),
    f0.distMb.toFixed(1),
  ];
  const line = `| ${row.join(' | ')} |`;
  console.log(line);
  rows.push(line);
  loads.push(
    `- Load average of the shared machine after ${size.toLocaleString('en-GB')}: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (1, 5, 15 min; 2 cores).`,
  );
  points.push({ x: size, y: Math.round(fullS) });
  rmSync(siteCacheDir(content), { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
}

const buildTable = [
  '| entries | pages built | bare Astro + Pagefind (s) | full build (s) | full ÷ bare | processor time, full ÷ bare | ms per page | incremental after 1 change (s) | incremental ÷ full | processor time, incremental ÷ full | bare incremental after the same change (s) | bare incremental ÷ full | peak memory, full (MB) | peak memory, incremental (MB) | peak memory, bare (MB) | dist (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
const phaseTable = [
  '| entries | build | wall (s) | validation and start-up (s) | content sync (s) | bundling (s) | page generation (s) | search index: per-page work (s) | search index: Pagefind (s) | rest: sitemap, images, other integrations (s) |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...phaseRows,
].join('\n');

const file = 'docs/benchmarks.md';
let doc: string;
try {
  doc = readFileSync(file, 'utf8');
} catch {
  doc = '# Benchmarks\n\nFigures from `npm run bench` (and `npm run bench:search`). Re-run to refresh.\n\n';
}

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

const keptLighthouse = /\n(## Lighthouse[\s\S]*?)<!-- bench:build:end -->/.exec(doc)?.[1]?.trim();
const section = [
  '<!-- bench:build:start -->',
  '## Build',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} on this project's CI machine kind (2 cores, shared) with \`npm run bench\`.`,
  'Generated corpora (half press releases, half pages, sentences recombined from the real content) on top of',
  "Norrköping's content; full build = content validation + Astro build + search index, as `npm run build`,",
  "clean (no cache of the content folder; what all content folders share, Pagefind's packed WebAssembly and the",
  "dictionary's word list, made by an untimed build first). Bare = a minimal Astro site over the same Markdown and MDX (glob loader, one",
  'template, `scripts/bench/baseline.ts`) plus the Pagefind CLI. Clean builds alternate bare and full,',
  `${REPS} of each (mean, range in brackets); the ratios divide the sums, so both met the same load.`,
  'Processor time is user + system time of all processes, less sensitive to the load of other users than wall time.',
  "The incremental build changes one press release and keeps the cache the last clean build left in Astro's",
  "`cacheDir` (content layer, the pages of the incremental build, the search index's per-page work).",
  "Bare incremental = a copy of the bare baseline with Astro's experimental incremental build on (each page's",
  "`cacheKey` its entry's digest), built clean untimed, then again after the same change (Astro, then the",
  'Pagefind CLI over every page): the least Astro and Pagefind themselves need for one change.',
  '',
  buildTable,
  '',
  ...loads,
  '',
  "Where the time of the last clean build and of the incremental build went (from the build's own log:",
  'Astro\'s step timings and the search-index integration\'s; "rest" is what `astro build` spent outside them):',
  '',
  phaseTable,
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
    : // Run without Lighthouse: the figures of the last run that had it stay.
      keptLighthouse
      ? [keptLighthouse, '']
      : []),
  '<!-- bench:build:end -->',
].join('\n');

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
