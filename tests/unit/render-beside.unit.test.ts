/**
 * The content layer's bodies rendered in a worker thread (src/markdown/render-beside.ts): the same
 * HTML and metadata as the site's processor gives on the main thread, sanitised there too, for
 * `.md` bodies and for `.mdx` bodies without components; and rendered here when no worker can run.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../src/config/site.ts';
import { renderPlainMdx } from '../../src/markdown/plain-mdx.ts';
import { RenderBeside } from '../../src/markdown/render-beside.ts';
import { rehypeSanitizeContent } from '../../src/markdown/sanitize-content.ts';
import { isSiteMarkdownProcessor, siteMarkdownProcessor } from '../../src/markdown/site-processor.ts';

const config = {
  markdown: {
    processor: siteMarkdownProcessor(),
    syntaxHighlight: false,
    shikiConfig: { langs: [], langAlias: {}, theme: 'github-dark', themes: {}, wrap: false, transformers: [] },
    gfm: true,
    smartypants: false,
  },
  image: { domains: [], remotePatterns: [] },
  srcDir: pathToFileURL(path.join(ROOT_DIR, 'src/')),
} as unknown as AstroConfig;

const BODY = [
  '## Så anmäler du klotter',
  '',
  'Ring **kontaktcenter** och läs [mer](/anmal-klotter/).',
  '',
  '<img src="x" onerror="alert(1)"><script>alert(2)</script>',
  '',
  '| Vad | När |',
  '| --- | --- |',
  '| Klotter | Dygnet runt |',
].join('\n');
const FRONT_MATTER = { title: 'Klotter', summary: 'Så anmäler du klotter.' };
const FILE = path.join(ROOT_DIR, 'content/norrkoping/sidor/anmal-klotter.md');

async function onMainThread(body: string) {
  const renderer = await config.markdown.processor.createRenderer({ ...config.markdown, image: config.image } as never);
  const result = await renderer.render(body, { frontmatter: FRONT_MATTER, fileURL: pathToFileURL(FILE) });
  const images = result.metadata as unknown as { localImagePaths: string[]; remoteImagePaths: string[] };
  return {
    html: result.code,
    metadata: { ...result.metadata, imagePaths: images.localImagePaths.concat(images.remoteImagePaths) },
  };
}

describe('RenderBeside', () => {
  it('renders a .md body in the worker exactly as the site processor does here, sanitised', async () => {
    const beside = new RenderBeside(config);
    const tally = { beside: 0, here: 0 };
    const rendered = await beside.markdown(BODY, FRONT_MATTER, pathToFileURL(FILE), tally);
    expect(tally).toEqual({ beside: 1, here: 0 });
    expect(rendered).toEqual(await onMainThread(BODY));
    expect(rendered.html).toContain('<h2 id="så-anmäler-du-klotter">');
    expect(rendered.html).toContain('<table>');
    expect(rendered.html).not.toMatch(/onerror|<script/);
  });

  it('renders an .mdx body without components as renderPlainMdx does here', async () => {
    const body = 'Ring **kontaktcenter**.\n\n## Efter kontorstid\n\nRing socialjouren.';
    const beside = new RenderBeside(config);
    const tally = { beside: 0, here: 0 };
    const file = FILE.replace(/\.md$/, '.mdx');
    expect(await beside.plainMdx(body, file, FRONT_MATTER, tally)).toEqual(
      await renderPlainMdx(body, file, FRONT_MATTER, config),
    );
    // One that uses MDX (an expression) is left to MDX, there as here.
    expect(await beside.plainMdx('Ett {1 + 1} uttryck.', file, FRONT_MATTER, tally)).toBeUndefined();
    expect(tally).toEqual({ beside: 2, here: 0 });
  });

  it('renders on the main thread when the worker cannot take the config', async () => {
    // A function cannot be copied to a thread, so the worker cannot start: rendered here instead.
    const odd = { ...config, markdown: { ...config.markdown, smartypants: () => false } } as unknown as AstroConfig;
    const beside = new RenderBeside(odd);
    const tally = { beside: 0, here: 0 };
    const rendered = await beside.markdown(BODY, FRONT_MATTER, pathToFileURL(FILE), tally);
    expect(tally).toEqual({ beside: 0, here: 1 });
    expect(rendered.html).toBe((await onMainThread(BODY)).html);
  });

  it("renders on the main thread when Astro's resolved processor has a plugin the site's has not", async () => {
    // As Astro does with a deprecated top-level `markdown.rehypePlugins` (its own or an integration's).
    const marked = () => (tree: { children: unknown[] }) => {
      tree.children.push({ type: 'comment', value: 'marked' });
    };
    const processor = siteMarkdownProcessor();
    expect(isSiteMarkdownProcessor(processor)).toBe(true);
    processor.options.rehypePlugins.push(marked);
    expect(isSiteMarkdownProcessor(processor)).toBe(false);
    // Nor one made elsewhere with the same plugins: only the site's own is known to match the worker's.
    expect(isSiteMarkdownProcessor(unified({ rehypePlugins: [rehypeSanitizeContent], smartypants: false }))).toBe(
      false,
    );
    const beside = new RenderBeside({ ...config, markdown: { ...config.markdown, processor } } as AstroConfig);
    const tally = { beside: 0, here: 0 };
    const rendered = await beside.markdown(BODY, FRONT_MATTER, pathToFileURL(FILE), tally);
    expect(tally).toEqual({ beside: 0, here: 1 });
    expect(rendered.html).toContain('<!--marked-->');
  });

  it('renders one body here when its front matter cannot be copied to the worker, and the next there', async () => {
    const beside = new RenderBeside(config);
    const tally = { beside: 0, here: 0 };
    const odd = { ...FRONT_MATTER, draft: () => false };
    const here = await beside.markdown(BODY, odd, pathToFileURL(FILE), tally);
    expect(tally).toEqual({ beside: 0, here: 1 });
    expect(here.html).toBe((await onMainThread(BODY)).html);
    expect(await beside.markdown(BODY, FRONT_MATTER, pathToFileURL(FILE), tally)).toEqual(await onMainThread(BODY));
    expect(tally).toEqual({ beside: 1, here: 1 });
  });
});
