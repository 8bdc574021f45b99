/**
 * The bare baseline of the build benchmark: the smallest honest Astro site over the same Markdown
 * and MDX bodies (the glob loader, no schema, one template, the MDX integration) indexed by the
 * Pagefind CLI. What the site's own build costs beyond it is what the site's features cost.
 *
 * The site is written into a temporary folder (so neither `astro check` nor the linter sees a
 * second Astro project in the repository) with `node_modules` linked to the project's, so it
 * builds with exactly the project's Astro, MDX and Pagefind versions.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { USER_COMPONENT_NAMES } from '../../src/markdown/component-names.ts';

/** The folders of a content folder that hold Markdown or MDX bodies. */
const BODY_FOLDERS = ['pressmeddelanden', 'sidor', 'medborgarloften', 'dokument', 'fem-i-tolv'];

/**
 * Writes the baseline site into `root` (an empty folder) for the content in `contentDir`.
 * Build it with `astro build --root <root>` then `pagefind --site <root>/dist`. With `incremental`,
 * Astro 7's experimental incremental build is on and every page's `cacheKey` is its entry's digest:
 * the least an incremental build of the same corpus costs in Astro, for the benchmark's comparison.
 */
export function writeBaselineSite(
  root: string,
  contentDir: string,
  { projectDir = process.cwd(), incremental = false }: { projectDir?: string; incremental?: boolean } = {},
): void {
  const file = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  };
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  file('package.json', '{ "type": "module", "private": true }\n');
  file(
    'astro.config.mjs',
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], cacheDir: './.cache', devToolbar: { enabled: false }${
      incremental ? ', experimental: { incrementalBuild: true }' : ''
    } });
`,
  );
  file(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '{${BODY_FOLDERS.join(',')}}/*.{md,mdx}', base: ${JSON.stringify(contentDir)} }),
  }),
};
`,
  );
  // Editors' components (FactBox, Steps …) as a plain box, so MDX pages that use them render.
  file('src/Box.astro', '<div><slot /></div>\n');
  file(
    'src/pages/[...slug].astro',
    `---
import { getCollection, render } from 'astro:content';
import Box from '../Box.astro';
export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry }${incremental ? ', cacheKey: entry.digest' : ''} }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const components = Object.fromEntries(${JSON.stringify(USER_COMPONENT_NAMES)}.map((name) => [name, Box]));
---
<html lang="sv">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content components={components} /></main></body>
</html>
`,
  );
}
