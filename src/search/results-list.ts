/**
 * The search page's results (`/sok/`): the list, "Visa fler träffar", the notice above, the next
 * step when nothing was found, the filter counts and the status line, drawn from one search's
 * outcome (`run-query.ts`). Results already on screen for the same search stay as they are when a
 * later outcome begins with them (the first results drawn before Pagefind, `quickFirst` in
 * `search-page.ts`, and Pagefind's own): no redraw, focus kept, the status not announced again.
 */
import type { PagefindResult } from './engine.ts';
import { noticeOf, showsTasks, statusOf } from './query-texts.ts';
import { PAGE_SIZE, type QueryOutcome } from './run-query.ts';
import { type SearchState, urlForState } from './search-state.ts';
import { appendResults, type SearchElements, setNotice, showCounts } from './search-view.ts';

export interface ResultsParts {
  view: SearchElements;
  status: HTMLElement;
  /** The site's main tasks, the next step when nothing was found. */
  tasks: HTMLElement;
  /** Keeps the filter column beside results whose counts come after them. */
  keepFiltersInPlace: () => void;
}

export function resultsList({ view, status, tasks, keepFiltersInPlace }: ResultsParts) {
  let shown: PagefindResult[] = [];
  let all: PagefindResult[] = [];
  /** The search the list shows (its address), '' when none. */
  let drawnFor = '';

  /** The next results, after those shown; with `focusFirst`, focus moves to the first new one. */
  const showMore = async (focusFirst: boolean): Promise<void> => {
    const results = all.slice(shown.length, shown.length + PAGE_SIZE);
    const first = await appendResults(view, results);
    shown = [...shown, ...results];
    view.more.hidden = shown.length >= all.length;
    if (focusFirst) first?.focus();
  };

  return {
    showMore,
    /** Whether the list shows a search's results. */
    drawn: () => drawnFor !== '',
    /** No results: nothing to search for. */
    clear: () => {
      view.list.replaceChildren();
      shown = [];
      all = [];
      drawnFor = '';
      view.more.hidden = true;
    },
    /**
     * Draws `outcome` of the search `state`; `available` of its results can be shown (the rest
     * once Pagefind has searched). `link` makes "Menade du …?"'s link. False when `isCurrent`
     * says a newer search replaced this one while the results' excerpts were loading.
     */
    draw: async (
      outcome: QueryOutcome,
      state: SearchState,
      available: number,
      link: (query: string) => HTMLAnchorElement,
      isCurrent: () => boolean,
    ): Promise<boolean> => {
      const key = urlForState(state);
      setNotice(view, noticeOf(outcome), link);
      tasks.hidden = !showsTasks(outcome);
      if (outcome.countsPending) keepFiltersInPlace();
      else showCounts(view, outcome.counts);
      const same = drawnFor === key && shown.length > 0 && shown.every((r, i) => outcome.results[i]?.id === r.id);
      all = outcome.results.slice(0, available);
      if (same) view.more.hidden = shown.length >= all.length;
      else {
        view.list.replaceChildren();
        shown = [];
        drawnFor = key;
        await showMore(false);
        if (!isCurrent()) return false;
      }
      const line = statusOf(outcome, state.q);
      if (status.textContent !== line) status.textContent = line;
      return true;
    },
  };
}
