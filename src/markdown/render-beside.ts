/**
 * The content layer's rendering of bodies (`.md` with the site's processor, `.mdx` without
 * components with `renderPlainMdx`) in a worker thread, on the machine's second core, while the
 * main thread reads the next files, their fields and their schemas: Astro's glob loader keeps ten
 * files in flight. Rendering was about 60 % of the content sync (docs/benchmarks.md). The worker
 * runs the same code with the same options, so the HTML is the same; if the worker cannot start or
 * fails, the bodies are rendered on the main thread as before.
 */
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import { type PlainRendered, renderPlainMdx } from './plain-mdx.ts';
import {
  isSiteMarkdownProcessor,
  type MarkdownRendered,
  markdownRenderer,
  type RendererOptions,
} from './site-processor.ts';

/** What the worker needs of Astro's config (what can be copied to a thread). */
export interface RenderShared extends RendererOptions {
  image: { domains: string[]; remotePatterns: unknown[] };
  srcDir: string;
}

/** What is asked of the worker: a `.md` body or an `.mdx` body. */
type RenderAsk =
  | { kind: 'md'; body: string; frontmatter: Record<string, unknown>; fileUrl: string }
  | { kind: 'mdx'; body: string; frontmatter: Record<string, unknown>; filePath: string };

export type RenderRequest = RenderAsk & { id: number };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Bodies rendered in the worker and on this thread (a collection's, for the build's log). */
export interface RenderTally {
  beside: number;
  here: number;
}

export class RenderBeside {
  readonly #config: AstroConfig;
  #worker: Worker | undefined;
  #broken = false;
  #next = 0;
  readonly #pending = new Map<number, Pending>();
  #idle: NodeJS.Timeout | undefined;
  /** `.md` bodies rendered on this thread (no worker, or the worker could not) with Astro's processor. */
  readonly #markdownHere: ReturnType<typeof markdownRenderer>;

  constructor(config: AstroConfig) {
    this.#config = config;
    const { markdown, image } = config;
    this.#markdownHere = markdownRenderer(markdown.processor as Parameters<typeof markdownRenderer>[0], {
      image,
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
    });
  }

  #start(): Worker | undefined {
    if (this.#worker || this.#broken) return this.#worker;
    const { markdown, image, srcDir } = this.#config;
    // The worker makes the site's processor afresh: anything Astro or an integration added to the
    // resolved one would be missing there, so then every body is rendered here.
    if (!isSiteMarkdownProcessor(markdown.processor)) {
      this.#broken = true;
      return undefined;
    }
    const shared: RenderShared = {
      image: { domains: [...(image?.domains ?? [])], remotePatterns: [...(image?.remotePatterns ?? [])] },
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
      srcDir: srcDir.href,
    };
    try {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: shared });
      worker.on('message', ({ id, rendered, error }: { id: number; rendered?: unknown; error?: string }) => {
        const pending = this.#pending.get(id);
        this.#pending.delete(id);
        if (error === undefined) pending?.resolve(rendered);
        else pending?.reject(new Error(error));
        this.#whenIdle();
      });
      // Every way a worker can stop or fail hands what it had back to this thread: an error, a
      // reply that cannot be read, or an exit this class did not ask for (the idle timer's).
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('messageerror', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => this.#fail(worker, new Error(`the render worker exited (${code})`)));
      // Held only while it has bodies in hand (`#ask` refs it), so it never keeps a process alive.
      worker.unref();
      this.#worker = worker;
    } catch {
      this.#broken = true;
    }
    return this.#worker;
  }

  /** A worker that failed: what it had in hand is rendered here after all. */
  #fail(worker: Worker, error: Error): void {
    // The idle timer's own ending of a worker it has already let go of is not a failure.
    if (worker !== this.#worker) return;
    this.#broken = true;
    this.#worker = undefined;
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    void worker.terminate();
  }

  /** The worker ends when it has had nothing to do for a moment (after the content sync). */
  #whenIdle(): void {
    clearTimeout(this.#idle);
    if (this.#pending.size > 0) return;
    this.#worker?.unref();
    this.#idle = setTimeout(() => {
      const worker = this.#worker;
      this.#worker = undefined;
      void worker?.terminate();
    }, 500).unref();
  }

  #ask<T>(request: RenderAsk, render: () => Promise<T>, tally?: RenderTally): Promise<T> {
    const here = () => {
      if (tally) tally.here++;
      return render();
    };
    clearTimeout(this.#idle);
    const worker = this.#start();
    if (!worker) return here();
    const id = this.#next++;
    return new Promise<unknown>((resolve, reject) => {
      try {
        worker.postMessage({ ...request, id });
      } catch (error) {
        // Something in the request cannot be copied to a thread: this one body is rendered here.
        reject(error);
        this.#whenIdle();
        return;
      }
      this.#pending.set(id, { resolve, reject });
      worker.ref();
    }).then(
      (value) => {
        if (tally) tally.beside++;
        return value as T;
      },
      () => here(),
    );
  }

  /** A `.md` body as Astro's Markdown entry type renders it for the content layer. */
  markdown(
    body: string,
    frontmatter: Record<string, unknown>,
    fileUrl: URL,
    tally?: RenderTally,
  ): Promise<MarkdownRendered> {
    return this.#ask(
      { kind: 'md', body, frontmatter, fileUrl: fileUrl.href },
      () => this.#markdownHere(body, frontmatter, fileUrl),
      tally,
    );
  }

  /** `renderPlainMdx` (see there), in the worker. */
  plainMdx(
    body: string,
    filePath: string,
    frontmatter: Record<string, unknown>,
    tally?: RenderTally,
  ): Promise<PlainRendered | undefined> {
    return this.#ask(
      { kind: 'mdx', body, frontmatter, filePath },
      () => renderPlainMdx(body, filePath, frontmatter, this.#config),
      tally,
    );
  }
}
