/**
 * MDX bodies that use no component, rendered to HTML when the content layer reads them, the way
 * `.md` bodies are, instead of being compiled to a JavaScript module that Vite bundles on every
 * build (about 45 % of an incremental build at 1,000 entries, docs/benchmarks.md). The content
 * layer keeps the HTML between builds, so an unchanged page costs nothing until it is rendered.
 *
 * Nothing about the page may change on the way: the body goes through the very processor Astro's
 * MDX integration compiles it with (`createMdxRenderer()` of the site's `markdown.processor`, with
 * the sanitiser), and the syntax tree it compiles to JavaScript is written out as
 * Astro's JSX runtime would render that JavaScript (`renderElement` and `escapeHTML` in
 * `astro/dist/runtime/server`): the same tags, the same attribute and text escaping. Whatever this
 * writer does not know to render exactly like that (components, expressions, images, tables,
 * code blocks, styles, custom elements, boolean attributes…) leaves the body to MDX, as before.
 * `scripts/bench/compare-plain-mdx.ts` builds a site both ways and compares every file byte for
 * byte; `PLAIN_MDX=off` in the environment turns this path off for that comparison.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Element, Root, RootContent } from 'hast';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';

import { ROOT_DIR } from '../config/site.ts';

type UnifiedOptions = NonNullable<Parameters<typeof unified>[0]>;

/**
 * A digest of the installed packages' versions (package-lock.json): the HTML kept for a body
 * depends on Astro's MDX processor and JSX runtime and their plugins, so an update of any of them
 * must render every body again (`src/content.config.ts` mixes this into each file's digest).
 */
export function rendererDigest(): string {
  const lock = path.join(ROOT_DIR, 'package-lock.json');
  return createHash('sha256')
    .update(existsSync(lock) ? readFileSync(lock) : 'no lockfile')
    .digest('hex');
}

/** What the content layer stores for a rendered body (Astro's `RenderedContent`). */
export interface PlainRendered {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[]; frontmatter: Record<string, unknown> };
}

/** Astro's `escapeHTML` (text and JSX string children). */
const escapeText = (value: string) =>
  value.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c] ?? c);
/** Astro's `toAttributeString`. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** Astro's `voidElementNames`. */
const VOID = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
/** Elements whose rendering in MDX has rules of its own (whitespace, alignment, components, syntax highlighting). */
const LEAVE_TO_MDX = new Set(['table', 'img', 'pre', 'svg', 'math', 'script', 'style', 'template', 'slot']);

class NotPlain extends Error {}

/** One attribute as `hast-util-to-estree` hands it to the JSX runtime, then as Astro's `addAttribute` writes it. */
function attribute(property: string, value: unknown): string {
  const info = find(html, property);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) {
    return '';
  }
  if (!value && info.boolean) return '';
  const name = info.attribute;
  if (/[\s"'>/=]/.test(name) || name === 'style' || name.includes(':')) throw new NotPlain();
  // `true` becomes a bare JSX attribute, which Astro writes differently by attribute: leave it to MDX.
  if (value === true) throw new NotPlain();
  const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
  return text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`;
}

function element(node: Element): string {
  const tag = node.tagName;
  if (LEAVE_TO_MDX.has(tag.toLowerCase()) || tag.includes('-') || !/^[a-z][a-z0-9]*$/i.test(tag)) {
    throw new NotPlain();
  }
  let attributes = '';
  for (const [property, value] of Object.entries(node.properties ?? {})) attributes += attribute(property, value);
  const children = node.children.filter((child) => child.type !== 'text' || child.value !== '');
  if (children.length === 0 && VOID.test(tag)) return `<${tag}${attributes}/>`;
  return `<${tag}${attributes}>${children.map(content).join('')}</${tag}>`;
}

function content(node: RootContent): string {
  if (node.type === 'text') return escapeText(node.value);
  if (node.type === 'element') return element(node);
  throw new NotPlain();
}

/** Whitespace as `hast-util-whitespace` sees it (the JSX root drops such children at either end). */
const isWhitespace = (node: RootContent) => node.type === 'text' && /^[ \t\n\f\r]*$/.test(node.value);

/** The HTML of a compiled body's tree, or undefined if MDX must render it. */
function toHtml(tree: Root): string | undefined {
  // Astro's own exports (`getHeadings`, `frontmatter`) render nothing; an editor's never gets here.
  const children = tree.children.filter(
    (child) => child.type !== 'mdxjsEsm' && (child.type !== 'text' || child.value !== ''),
  );
  let start = 0;
  let end = children.length;
  while (start < end && isWhitespace(children[start] as RootContent)) start += 1;
  while (end > start && isWhitespace(children[end - 1] as RootContent)) end -= 1;
  try {
    return children.slice(start, end).map(content).join('');
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

/** True when the Markdown tree has nothing of MDX's own: no JSX, no `{…}`, no import/export. */
function hasMdx(tree: { type: string; children?: unknown[] }): boolean {
  if (tree.type.startsWith('mdx')) return true;
  return (tree.children ?? []).some((child) => hasMdx(child as { type: string; children?: unknown[] }));
}

type MdxRenderer = {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<unknown>;
};

let captured: { markdown?: { type: string }; hast?: Root; file?: VFile } = {};
let renderer: Promise<MdxRenderer> | undefined;
/** Bodies are processed one after another: the plugins hand their trees over through `captured`. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Astro's MDX processor for this site (`markdown.processor` in astro.config.mjs, which MDX
 * inherits: the sanitiser, no smart punctuation, GitHub Markdown), with two plugins that only look:
 * one keeps the Markdown tree, the other the HTML tree, which Astro's later plugins (heading ids,
 * exports) still change in place before it is compiled. Undefined for a processor other than
 * remark/rehype's, whose MDX this writer does not know.
 */
function mdxRenderer(config: AstroConfig): Promise<MdxRenderer> | undefined {
  if (renderer) return renderer;
  const site = config.markdown.processor as { name?: string; options?: UnifiedOptions } | undefined;
  if (site?.name !== 'unified' || !site.options) return undefined;
  const keepMarkdown = () => (tree: { type: string }) => {
    captured.markdown = tree;
  };
  const keepHast = () => (tree: Root, file: VFile) => {
    captured.hast = tree;
    captured.file = file;
  };
  const options = site.options;
  const processor = unified({
    ...options,
    remarkPlugins: [...(options.remarkPlugins ?? []), keepMarkdown],
    rehypePlugins: [...(options.rehypePlugins ?? []), keepHast],
  });
  if (!processor.createMdxRenderer) return undefined;
  renderer = processor.createMdxRenderer(
    {
      syntaxHighlight: config.markdown.syntaxHighlight,
      shikiConfig: config.markdown.shikiConfig,
      gfm: options.gfm,
      smartypants: options.smartypants,
    } as never,
    { optimize: false, srcDir: config.srcDir, sourcemap: false } as never,
  ) as Promise<MdxRenderer>;
  return renderer;
}

/**
 * The HTML of an MDX body that uses nothing of MDX's own, rendered exactly as Astro would render
 * its compiled module; undefined when the body must stay MDX. `frontmatter` as the file has it.
 */
export async function renderPlainMdx(
  body: string,
  filePath: string,
  frontmatter: Record<string, unknown>,
  config: AstroConfig,
): Promise<PlainRendered | undefined> {
  // A `layout` in the front matter wraps the body in a component (Astro's MDX layouts).
  if ('layout' in frontmatter || process.env.PLAIN_MDX === 'off') return undefined;
  const processor = await mdxRenderer(config);
  if (!processor) return undefined;
  const run = queue.then(async () => {
    captured = {};
    await processor.process(body, filePath, frontmatter);
    const trees = captured;
    captured = {};
    return trees;
  });
  queue = run.catch(() => undefined);
  const { markdown, hast, file } = await run;
  if (!markdown || !hast || !file || hasMdx(markdown as { type: string; children?: unknown[] })) return undefined;
  const rendered = toHtml(hast);
  if (rendered === undefined) return undefined;
  const astro = (file.data as { astro?: { headings?: PlainRendered['metadata']['headings'] } }).astro;
  return { html: rendered, metadata: { headings: astro?.headings ?? [], frontmatter } };
}
