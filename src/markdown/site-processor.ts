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
