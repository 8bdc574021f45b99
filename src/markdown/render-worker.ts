/**
 * A worker thread's entry (`render-beside.ts` starts it): renders the bodies the content layer
 * reads, as Astro would on the main thread: `.md` bodies with the site's processor
 * (`site-processor.ts`, Astro's `renderToString` for Markdown entries), `.mdx` bodies without
 * components with `renderPlainMdx`. Run by Node itself, not bundled: it imports only what Node's
 * type stripping can run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import { renderPlainMdx } from './plain-mdx.ts';
import type { RenderRequest, RenderShared } from './render-beside.ts';
import { markdownRenderer, siteMarkdownProcessor } from './site-processor.ts';

const shared = workerData as RenderShared;
const processor = siteMarkdownProcessor();
const markdown = markdownRenderer(processor, shared);
/** What `renderPlainMdx` reads of Astro's config. */
const config = {
  markdown: { processor, syntaxHighlight: shared.syntaxHighlight, shikiConfig: shared.shikiConfig },
  srcDir: new URL(shared.srcDir),
} as unknown as AstroConfig;

function render(request: RenderRequest): Promise<unknown> {
  if (request.kind === 'mdx') return renderPlainMdx(request.body, request.filePath, request.frontmatter, config);
  return markdown(request.body, request.frontmatter, new URL(request.fileUrl));
}

parentPort?.on('message', (request: RenderRequest) => {
  render(request).then(
    (rendered) => parentPort?.postMessage({ id: request.id, rendered }),
    (error: unknown) =>
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
