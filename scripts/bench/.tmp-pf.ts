import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import * as pagefind from 'pagefind';
import { indexerCopy } from '../../src/search/page-index-work.ts';
import { PagefindFeed } from '../../src/search/pagefind-feed.ts';
const dir = process.argv[2]; const mode = process.argv[3];
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
const { index } = await pagefind.createIndex({});
const feed = new PagefindFeed(index!);
let n = 0;
for (const f of files) {
  let page = readFileSync(f, 'utf8');
  if (!/<main\b[^>]*data-pagefind-body/.test(page)) continue;
  if (mode === 'copy') page = indexerCopy(page);
  if (mode === 'text') { const m = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(page)![1]!; page = `<!doctype html><html lang="sv"><head></head><body><main data-pagefind-body>${m.replace(/<[^>]+>/g, ' ')}</main></body></html>`; }
  n++;
  await feed.add({ url: '/' + path.relative(dir, f), content: page });
}
await feed.done();
const t = performance.now();
const w = await index!.writeFiles({ outputPath: mkdtempSync(path.join(tmpdir(), 'pf-')) });
console.log(n, 'pages', w.errors, Math.round(performance.now() - t), 'ms write');
await pagefind.close();
