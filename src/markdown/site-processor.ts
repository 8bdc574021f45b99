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

export const siteMarkdownProcessor = () => unified({ rehypePlugins: [rehypeSanitizeContent], smartypants: false });

type UnifiedOptions = ReturnType<typeof siteMarkdownProcessor>['options'];

/**
 * Whether Astro's resolved processor is still exactly the site's: Astro adds the deprecated
 * top-level `markdown.remarkPlugins` / `rehypePlugins` / `remarkRehype` (its own or an
 * integration's) into the processor's options, and a worker that builds the site's processor
 * afresh would not have them.
 */
export function isSiteMarkdownProcessor(processor: unknown): boolean {
  const resolved = processor as { name?: string; options?: UnifiedOptions } | undefined;
  const site = siteMarkdownProcessor().options;
  const options = resolved?.options;
  if (resolved?.name !== 'unified' || !options) return false;
  const samePlugins = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((plugin, i) => plugin === b[i]);
  return (
    samePlugins(options.remarkPlugins, site.remarkPlugins) &&
    samePlugins(options.rehypePlugins, site.rehypePlugins) &&
    samePlugins(options.recmaPlugins, site.recmaPlugins) &&
    JSON.stringify(options.remarkRehype) === JSON.stringify(site.remarkRehype) &&
    options.gfm === site.gfm &&
    options.smartypants === site.smartypants
  );
}
