/**
 * Checks on a kept benchmark build (`npm run bench:search -- --sizes 5000 --keep <folder>`) that
 * the search page's pick of Pagefind's first results (`early-excerpts.ts`) agrees with Pagefind's
 * real results in Chromium, for up to `--words N` (default 400) of the index's words of four or
 * more letters, spread over the alphabet: `npm exec -- node scripts/bench/check-first-excerpts.ts <folder> [--words N]`.
 * Prints how many words were on more than 20 pages, for how many the whole first 20 was certain,
 * and every picked page Pagefind does not show first (there must be none).
 */
import { chromium } from 'playwright-core';
import { RERANKED } from '../../src/search/run-query.ts';
import { launchOptions } from '../../tests/support/browser.ts';
import { compare, pick, readIndex, realFirst } from '../../tests/support/pagefind-first.ts';
import { serveStatic } from '../../tests/support/serve.ts';

const dist = process.argv[2];
if (!dist) throw new Error('usage: check-first-excerpts.ts <built site> [--words N]');
const wordsArg = process.argv.indexOf('--words');
const limit = wordsArg > 0 ? Number(process.argv[wordsArg + 1]) : 400;

const index = readIndex(dist);
// Words Pagefind searches as prefixes (a shorter one is searched whole: `pagefindTerm`).
const candidates = index.words.filter((w) => /^\p{L}{4,}$/u.test(w));
const step = Math.max(1, candidates.length / limit);
const words = Array.from(
  { length: Math.min(limit, candidates.length) },
  (_, i) => candidates[Math.floor(i * step)] as string,
);
const started = performance.now();
const picks = [];
for (const w of words) picks.push(await pick(index, w, RERANKED));
const pickMs = (performance.now() - started) / words.length;

const server = await serveStatic(dist);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
const real = await realFirst(page, `${server.url}/sok/`, words, RERANKED);
await browser.close();
await server.close();

const result = compare(picks, real, RERANKED);
console.log(
  `${dist}: ${result.words} words (${index.words.length} in the index), ${result.many} on more than ${RERANKED} pages; ` +
    `whole first ${RERANKED} certain for ${result.manyWhole} of them (${((100 * result.manyWhole) / Math.max(1, result.many)).toFixed(1)} %); ` +
    `${result.picked} pages picked, ${result.wrong.length} wrong; ${pickMs.toFixed(1)} ms per word in Node.`,
);
for (const w of result.wrong) console.log(`  WRONG ${w}`);
for (const p of result.partial.slice(0, 40)) console.log(`  partial ${p}`);
