/**
 * Proves that rendering MDX bodies without components to HTML when the content is read
 * (`src/markdown/plain-mdx.ts`) changes no byte of the built site: builds the same content twice,
 * clean, once as the site builds (`npm run build`) and once with every MDX body compiled and bundled
 * by Vite as before (`PLAIN_MDX=off`), and compares every file of the two outputs.
 *
 *   npm exec -- node scripts/bench/compare-plain-mdx.ts            # Norrköping's content + 200 generated entries + the bodies below
 *   npm exec -- node scripts/bench/compare-plain-mdx.ts --size 1000
 *
 * The content: Norrköping's (its pages with components stay MDX, the others take the new path), the
 * benchmark's generated entries, and one page per Markdown feature an editor may use (quotes,
 * ampersands, links with titles, lists, quotes, breaks, headings with the same text, footnotes,
 * tables, code, images), including those that the new path leaves to MDX. Prints how many MDX
 * bodies each build bundled and the files that differ; exits 1 if any does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siteCacheDir } from '../../src/config/site.ts';
import { listFiles } from '../../tests/support/dist.ts';
import { generateCorpus } from './corpus.ts';

const args = process.argv.slice(2);
const sizeArg = args.indexOf('--size');
const SIZE = sizeArg >= 0 ? Number(args[sizeArg + 1]) : 200;

/** One page per Markdown feature (Swedish test text, clearly marked as such). */
const BODIES: Record<string, string> = {
  tecken: `Text med "raka citattecken", 'apostrofer', & et-tecken, 3 > 2 och a < b i löptext.

## Rubrik med "citat" & tecken

## Rubrik med "citat" & tecken

Länk [med titel](https://example.se/?a=1&b="2" "Titel med \\"citat\\" & mer") och www.example.se.
`,
  listor: `- punkt ett
- punkt *två* med **fetstil**
  - inre punkt
- ~~överstruket~~

1. ett
2. två

3. tre med mellanrum

> Ett citat
> på två rader\\
> med hårt radbrytning

Rad ett  
rad två

***

Text med \`kod\` och &amp; entitet och &copy; och &#39;.
`,
  uppgifter: `- [ ] att göra
- [x] gjort

Text med fotnot[^1].

[^1]: Fotnoten.
`,
  tabell: `| A | B |
| :- | -: |
| 1 | 2 |
`,
  kod: `\`\`\`js
const a = 1 < 2;
\`\`\`

    indraget
`,
  bild: `![Alt text](https://example.se/bild.png "titel")
`,
  rubriker: `5. börjar på fem
6. sex

## Hej

## Hej

## Hej-1

#### Å ä ö!?

Slut.`,
  referenser: `[ref][1] och [kort].

[1]: https://example.se/ref "Ref"
[kort]: /nobra/
`,
};

function build(content: string, outDir: string, plain: boolean): string {
  rmSync(siteCacheDir(content), { recursive: true, force: true });
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      BUILD_TIME: '2026-11-22T12:00:00Z',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      PLAIN_MDX: plain ? '' : 'off',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return `${result.stdout}\n${result.stderr}`;
}

const root = mkdtempSync(path.join(tmpdir(), 'trygg-plain-mdx-'));
const content = path.join(root, 'content');
try {
  generateCorpus(path.resolve('content/norrkoping'), content, SIZE);
  for (const [name, body] of Object.entries(BODIES)) {
    writeFileSync(
      path.join(content, 'sidor', `markdowntest-${name}.mdx`),
      [
        '---',
        `title: 'Markdowntest ${name}'`,
        "summary: 'En testsida för jämförelsen av byggen.'",
        'section: sa-arbetar-vi',
        'order: 950',
        'lastReviewed: 2026-11-22',
        '---',
        '',
        body,
      ].join('\n'),
    );
  }
  const bundled = (output: string) => new Set(output.match(/[^/"]+\.mdx(?=\?astroPropagatedAssets)/g) ?? []).size;
  const before = path.join(root, 'dist-mdx');
  const after = path.join(root, 'dist-plain');
  const beforeOutput = build(content, before, false);
  const afterOutput = build(content, after, true);
  const files = listFiles(after);
  const missing = listFiles(before).filter((f) => !files.includes(f));
  const differing = files.filter((f) => {
    try {
      return !readFileSync(path.join(before, f)).equals(readFileSync(path.join(after, f)));
    } catch {
      return true;
    }
  });
  console.log(
    `${files.length} files; MDX bodies bundled: ${bundled(beforeOutput)} with PLAIN_MDX=off, ${bundled(afterOutput)} as the site builds`,
  );
  if (missing.length + differing.length > 0) {
    console.log(`Differ: ${[...missing, ...differing].join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log('Every file is the same, byte for byte.');
  }
} finally {
  rmSync(siteCacheDir(content), { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
}
