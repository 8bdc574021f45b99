/**
 * Pages on their way to Pagefind's indexer, handed over while the next pages are worked out.
 *
 * Pagefind's Node API writes each `addHTMLFile` to its service process's input only when the event
 * loop turns, and the service parses the pages one after another in the order they arrive. A loop
 * that adds every page without awaiting anything therefore hands Pagefind nothing until the last
 * page's work is done (at 5,000 pages: 9 s of compound splitting, then 4 s of Pagefind parsing on
 * its own) and holds every encoded page in memory meanwhile. Waiting for the oldest answer whenever
 * `limit` pages are unanswered lets Pagefind parse on the other core while this one works out the
 * next pages; the pages arrive in the same order, so the index is the same.
 */
import type { NewFileResponse, PagefindIndex } from 'pagefind';

export class PagefindFeed {
  readonly #index: PagefindIndex;
  readonly #limit: number;
  readonly #pending: Promise<NewFileResponse>[] = [];
  /** The answers awaited so far (the service answers in order). */
  #awaited = 0;
  /** Time spent waiting for Pagefind to catch up, in ms. */
  waitedMs = 0;

  constructor(index: PagefindIndex, limit = 32) {
    this.#index = index;
    this.#limit = limit;
  }

  /** Sends a page; waits for the oldest answer first when `limit` are unanswered. */
  async add(file: { url: string; content: string }): Promise<void> {
    this.#pending.push(this.#index.addHTMLFile(file));
    if (this.#pending.length - this.#awaited <= this.#limit) return;
    const t0 = performance.now();
    while (this.#pending.length - this.#awaited > this.#limit) {
      await this.#pending[this.#awaited];
      this.#awaited++;
    }
    this.waitedMs += performance.now() - t0;
  }

  /** Every page's answer; fails on the first page Pagefind reported an error for. */
  async done(): Promise<void> {
    for (const response of await Promise.all(this.#pending)) {
      if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    }
  }
}
