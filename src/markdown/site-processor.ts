/**
 * The site's Markdown processor (`markdown.processor` in astro.config.mjs), made in one place so
 * the worker thread that renders bodies during the content sync (`render-beside.ts`) renders
 * exactly as Astro would. Bodies are untrusted (editors, the CMS): sanitised with
 * hast-util-sanitize (`sanitize-content.ts`). Astro 7's default processor (Sätteri) runs no rehype
 * plugins, so the remark/rehype one is chosen explicitly; .mdx bodies go through it too. No smart
 * punctuation: it would print an editor's "…" as English “…” (Swedish uses ”…”), and tokenising
 * every word for it was 13 % of a build's processor time (docs/benchmarks.md).
 */
import { unified } from '@astrojs/markdown-remark';
import { rehypeSanitizeContent } from './sanitize-content.ts';

/** Marks the site's processor with what its options held when made (`isSiteMarkdownProcessor`). */
const MADE_WITH = Symbol.for('trygg-kommun.site-markdown-processor');

type Processor = ReturnType<typeof unified>;
type Options = Processor['options'];
const shape = (options: Options) =>
  JSON.stringify([
    options.remarkPlugins.length,
    options.rehypePlugins.length,
    options.recmaPlugins.length,
    options.remarkRehype,
    options.gfm ?? null,
    options.smartypants ?? null,
  ]);

export function siteMarkdownProcessor(): Processor {
  const processor = unified({ rehypePlugins: [rehypeSanitizeContent], smartypants: false });
  Object.defineProperty(processor.options, MADE_WITH, { value: shape(processor.options) });
  return processor;
}

/**
 * Whether Astro's resolved processor is still exactly the site's, as the render worker makes it
 * afresh: Astro adds the deprecated top-level `markdown.remarkPlugins` / `rehypePlugins` /
 * `remarkRehype` (its own or an integration's) into the processor's options. Not compared by the
 * plugins themselves: Astro loads the config and the content config as separate module graphs, so
 * the same plugin is a different function (with differently transformed code) in each.
 */
export function isSiteMarkdownProcessor(processor: unknown): boolean {
  const resolved = processor as { name?: string; options?: Options & { [MADE_WITH]?: string } } | undefined;
  const options = resolved?.options;
  return resolved?.name === 'unified' && !!options && options[MADE_WITH] === shape(options);
}

/** What Astro's Markdown entry type stores for a rendered `.md` body (its `renderToString`). */
export interface MarkdownRendered {
  html: string;
  metadata: Record<string, unknown>;
}

/** What a renderer is made with besides its processor (what Astro's Markdown entry type passes). */
export interface RendererOptions {
  image: unknown;
  syntaxHighlight: unknown;
  shikiConfig: unknown;
  gfm: unknown;
  smartypants: unknown;
}

/**
 * Renders `.md` bodies with `processor` as Astro's Markdown entry type does, with one renderer made
 * on first use: in the render worker (the site's processor) and on the main thread when the worker
 * cannot (Astro's resolved one).
 */
export function markdownRenderer(
  processor: Pick<Processor, 'createRenderer'>,
  options: RendererOptions,
): (body: string, frontmatter: Record<string, unknown>, fileUrl: URL) => Promise<MarkdownRendered> {
  let renderer: ReturnType<Processor['createRenderer']> | undefined;
  return async (body, frontmatter, fileUrl) => {
    renderer ??= processor.createRenderer(options as never);
    const result = await (await renderer).render(body, { frontmatter, fileURL: fileUrl });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    return {
      html: result.code,
      metadata: { ...result.metadata, imagePaths: localImagePaths.concat(remoteImagePaths) },
    };
  };
}
