/**
 * Where a build's time goes, by phase: `npm exec -- node scripts/bench/profile.ts [--size 1000]`.
 * Generates the benchmark corpus (`corpus.ts`) in a temporary folder, times the content validation,
 * then runs a clean `astro build` under Node's sampling profiler (`--cpu-prof`) and prints:
 *
 * - the phases Astro and the search-index integration report (content sync, bundling, page
 *   generation, compound splitting, Pagefind) with their wall time;
 * - page generation by route (the sum of Astro's per-page times, grouped by route);
 * - processor time by kind of work, from the profile: each sample's function is put in the
 *   category of the package or source file it belongs to (see CATEGORIES).
 *
 * A figure for docs/benchmarks.md, not a test. The profiler slows the build by a few per cent.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siteCacheDir } from '../../src/config/site.ts';
import { generateCorpus } from './corpus.ts';

const args = process.argv.slice(2);
const sizeArg = args.indexOf('--size');
const SIZE = sizeArg >= 0 ? Number(args[sizeArg + 1]) : 1000;
const ROOT = mkdtempSync(path.join(tmpdir(), `trygg-profile-${SIZE}-`));
const CONTENT = path.join(ROOT, 'content');
const OUT = path.join(ROOT, 'dist');
const PROFILES = path.join(ROOT, 'profiles');
/** `--keep <folder>`: copy the raw `.cpuprofile` files there (for Chrome's DevTools or a closer look). */
const keepArg = args.indexOf('--keep');
const KEEP = keepArg >= 0 ? path.resolve(args[keepArg + 1] as string) : undefined;

/** Kinds of work, matched in order against a sampled function's package or file. */
const CATEGORIES: [string, RegExp][] = [
  ['compound splitting, stemming, vocabulary (src/search, nspell)', /^(src\/search\/|nspell|dictionary-sv)/],
  ['Pagefind (Node API; its indexer is a separate binary)', /^pagefind/],
  ['sanitiser (hast-util-sanitize, src/markdown)', /^(hast-util-sanitize|src\/markdown\/)/],
  [
    'Markdown pipeline (remark, rehype, retext/smartypants)',
    /^(@astrojs\/markdown-remark|@astrojs\/prism|unified|remark-|rehype-|retext|micromark|mdast-|hast-|unist-|parse-latin|nlcst-|vfile|property-information|space-separated|comma-separated|html-void|zwitch|stringify-entities|character-|decode-named|ccount|trough|bail|devlop|github-slugger|smartypants|trim-lines|markdown-table|longest-streak)/,
  ],
  [
    'MDX compilation (@mdx-js, acorn, estree)',
    /^(@mdx-js|acorn|estree-|astring|recma-|esast-|periscopic|is-reference)/,
  ],
  [
    'bundling (Vite, Rolldown, Astro compiler)',
    /^(vite|rolldown|@rolldown|@astrojs\/compiler|esbuild|lightningcss|postcss)/,
  ],
  ['sitemap', /^(@astrojs\/sitemap|sitemap|sax)/],
  ['images (sharp)', /^(sharp|@img)/],
  ['content model, YAML, zod', /^(yaml|js-yaml|zod|src\/content-model|src\/content\.config)/],
  ['templates and data (this site, bundled)', /^(bundled:|src\/)/],
  ['Astro runtime (rendering, content layer, writing files)', /^(astro|devalue|@astrojs\/|html-escaper|cookie)/],
  ['Node.js (file system, modules, streams)', /^(node:|\(native\))/],
  ['V8 (compiling and running code outside functions)', /^\(program\)/],
  ['garbage collection', /^\(garbage collector\)/],
  ['idle (waiting for the Pagefind binary, files, other processes)', /^\(idle\)/],
];

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The package or source file a sampled function belongs to. */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const src = /\/(src\/.*)$/.exec(url);
  if (src && !url.startsWith(`file://${OUT}`)) return src[1] as string;
  if (url.startsWith(`file://${OUT}`) || url.includes('.prerender')) return `bundled:${path.basename(url)}`;
  if (url.startsWith('node:')) return 'node:';
  return url;
}

function byCategory(profile: CpuProfile): Map<string, number> {
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const result = new Map<string, number>();
  const other = new Map<string, number>();
  for (const node of profile.nodes) {
    const micros = self.get(node.id);
    if (micros === undefined) continue;
    const owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
    const category = CATEGORIES.find(([, pattern]) => pattern.test(owner))?.[0] ?? 'other';
    result.set(category, (result.get(category) ?? 0) + micros / 1000);
    if (category === 'other') other.set(owner, (other.get(owner) ?? 0) + micros / 1000);
  }
  const largest = [...other].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.error(`"other": ${largest.map(([owner, t]) => `${owner} ${Math.round(t)} ms`).join(', ')}`);
  return result;
}

/** `/pressmeddelanden/ar/2023/index.html` → the route it comes from, for grouping. */
function routeOf(page: string): string {
  const parts = page.split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 1) return page.endsWith('.html') || !page.includes('.') ? '/ (start, 404)' : page;
  if (first === 'pressmeddelanden') {
    if (['ar', 'typ', 'amne', 'sida'].includes(second ?? '')) return `/pressmeddelanden/${second}/… (lists)`;
    if (parts.length === 2 || second === 'index.html') return '/pressmeddelanden/ (press room)';
    if (parts.length > 3 && parts[2] !== 'index.html') return '/pressmeddelanden/[slug]/… (files)';
    return '/pressmeddelanden/[slug]/';
  }
  if (parts.length === 2 && second === 'index.html') return '/[slug]/ (pages)';
  return `/${first}/…`;
}

const ms = (s: string | undefined) => (s === undefined ? Number.NaN : Number(s) * 1000);
/** Astro's `1m 6s` or `33.21s`, in ms. */
const durationMs = (s: string | undefined) => {
  const match = s === undefined ? null : /^(?:(\d+)m )?([\d.]+)s$/.exec(s);
  return match ? (Number(match[1] ?? 0) * 60 + Number(match[2])) * 1000 : Number.NaN;
};
const fmt = (n: number) => (Number.isNaN(n) ? '–' : `${(n / 1000).toFixed(1)} s`);

generateCorpus(path.resolve('content/norrkoping'), CONTENT, SIZE);
const env = {
  ...process.env,
  PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH}`,
  CONTENT_DIR: CONTENT,
  BUILD_TIME: '2026-11-22T12:00:00Z',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
};
const run = (command: string[]) => {
  const result = spawnSync('/usr/bin/time', ['-f', 'PROFILE %e %U %S', ...command], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const times = /PROFILE ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || !times)
    throw new Error(`${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, wall: ms(times[1]), cpu: ms(times[2]) + ms(times[3]) };
};

const validation = run(['node', 'scripts/validate-content.ts']);
const build = run([
  'node',
  '--cpu-prof',
  `--cpu-prof-dir=${PROFILES}`,
  'node_modules/astro/bin/astro.mjs',
  'build',
  '--outDir',
  OUT,
]);
const log = build.stdout;
const [profileFile] = readdirSync(PROFILES);
const profile = JSON.parse(readFileSync(path.join(PROFILES, profileFile as string), 'utf8')) as CpuProfile;

const routes = new Map<string, { pages: number; ms: number }>();
for (const match of log.matchAll(/[├└]─ (\S+?)(?:\s|\d{2}:\d{2}).*?\(\+(\d+)ms\)/g)) {
  const route = routeOf(match[1] as string);
  const entry = routes.get(route) ?? { pages: 0, ms: 0 };
  entry.pages++;
  entry.ms += Number(match[2]);
  routes.set(route, entry);
}
const search = /compound splitting (\d+) ms(?: \([^)]*\))?, Pagefind (\d+) ms/.exec(log);
const phases: [string, number][] = [
  ['content validation (`scripts/validate-content.ts`, its own process)', validation.wall],
  [
    'content sync and types (`Collecting build info`)',
    ms(/\[build\] ✓ Completed in ([\d.]+)s\.\n[\s\S]*Building static/.exec(log)?.[1]),
  ],
  ['bundling: Vite/Rolldown, MDX bodies compiled to modules', ms(/\[vite\] ✓ built in ([\d.]+)s/.exec(log)?.[1])],
  ['page generation (all routes)', ms(/\n\S* ?✓ Completed in ([\d.]+)s\./.exec(log.replace(/\[build\] ✓/g, ''))?.[1])],
  ['search index: dictionary, compound splitting, vocabulary', Number(search?.[1])],
  ['search index: Pagefind indexing and writing', Number(search?.[2])],
  ['whole `astro build`', durationMs(/page\(s\) built in ((?:\d+m )?[\d.]+s)/.exec(log)?.[1])],
];

const categories = byCategory(profile);
const cpuTotal = [...categories.values()].reduce((a, b) => a + b, 0);
const lines = [
  `Profile of a clean build of Norrköping's content + ${SIZE.toLocaleString('en-GB')} generated entries (${new Date().toISOString().slice(0, 10)}).`,
  '',
  '| phase | wall time |',
  '| --- | ---: |',
  ...phases.map(([name, value]) => `| ${name} | ${fmt(value)} |`),
  '',
  '| route | pages | generation time (sum) | per page |',
  '| --- | ---: | ---: | ---: |',
  ...[...routes]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([route, r]) => `| \`${route}\` | ${r.pages} | ${fmt(r.ms)} | ${(r.ms / r.pages).toFixed(1)} ms |`),
  '',
  `| processor time of \`astro build\` by kind of work (profile, ${fmt(cpuTotal)} sampled) | time | share |`,
  '| --- | ---: | ---: |',
  ...[...categories]
    .sort((a, b) => b[1] - a[1])
    .map(([name, value]) => `| ${name} | ${fmt(value)} | ${((100 * value) / cpuTotal).toFixed(0)} % |`),
];
console.log(lines.join('\n'));
if (KEEP) cpSync(PROFILES, KEEP, { recursive: true });
rmSync(ROOT, { recursive: true, force: true });
rmSync(siteCacheDir(CONTENT), { recursive: true, force: true });
