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
import { siteMarkdownProcessor } from './site-processor.ts';

const shared = workerData as RenderShared;
const processor = siteMarkdownProcessor();
const markdown = processor.createRenderer({
  image: shared.image,
  syntaxHighlight: shared.syntaxHighlight,
  shikiConfig: shared.shikiConfig,
  gfm: shared.gfm,
  smartypants: shared.smartypants,
} as never);
/** What `renderPlainMdx` reads of Astro's config. */
const config = {
  markdown: { processor, syntaxHighlight: shared.syntaxHighlight, shikiConfig: shared.shikiConfig },
  srcDir: new URL(shared.srcDir),
} as unknown as AstroConfig;

async function render(request: RenderRequest): Promise<unknown> {
  if (request.kind === 'mdx') return renderPlainMdx(request.body, request.filePath, request.frontmatter, config);
  const result = await (await markdown).render(request.body, {
    frontmatter: request.frontmatter,
    fileURL: new URL(request.fileUrl),
  });
  return {
    html: result.code,
    metadata: {
      ...result.metadata,
      imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths),
    },
  };
}

parentPort?.on('message', (request: RenderRequest) => {
  render(request).then(
    (rendered) => parentPort?.postMessage({ id: request.id, rendered }),
    (error: unknown) =>
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
