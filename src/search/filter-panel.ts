/**
 * The search page's filter column (`/sok/`): its checkboxes, built once from the filters' chunks
 * of the index (Pagefind's `filters()`), open beside the results on wide screens and folded away
 * under "Filtrera och sortera" on phones, so the results come first. A first search without
 * filters does not wait for those chunks (19 kB at 5,000 pages): its counts follow its results
 * (`countsAfter`), in the column kept in place for them, so nothing moves.
 */
import type { Pagefind } from './engine.ts';
import { filterCounts } from './run-query.ts';
import { buildFilters, checkedFilters, checkFilters, type SearchElements, showCounts } from './search-view.ts';

export type FilterValues = Record<string, string[]>;

export function filterPanel(view: SearchElements) {
  let ready: Promise<void> | undefined;
  /** The filters from the address until the checkboxes are built. */
  let fromAddress: FilterValues | undefined;
  const wide = window.matchMedia('(min-width: 50rem)');
  const openOnWideScreens = () => {
    view.filterDetails.open = wide.matches || view.filterDetails.querySelector('input:checked') !== null;
  };

  /** Builds the checkboxes once; a failed load is forgotten, so the next search tries again. */
  const load = (pf: Pagefind): Promise<void> => {
    ready ??= pf.filters().then((all) => {
      buildFilters(view, all);
      checkFilters(view, fromAddress ?? {});
      fromAddress = undefined;
      openOnWideScreens();
    });
    ready.catch(() => {
      ready = undefined;
    });
    return ready;
  };

  return {
    load,
    /** Settles when the checkboxes exist; undefined until they are asked for. */
    ready: () => ready,
    /** Opens the column on wide screens, now and whenever the screen widens. */
    start: () => {
      openOnWideScreens();
      wide.addEventListener('change', openOnWideScreens);
    },
    /** The address's filters, checked once the checkboxes exist (until then, what `checked` gives). */
    fromAddress: (filters: FilterValues) => {
      if (ready === undefined) fromAddress = filters;
    },
    checked: (): FilterValues => fromAddress ?? checkedFilters(view),
    /** The column stays beside results whose counts come after them, busy until they are in (`countsAfter`). */
    keepInPlace: () => {
      view.filterBox.setAttribute('aria-busy', 'true');
      view.filterDetails.hidden = false;
      view.layout.classList.remove('is-single');
    },
    /** The counts for results already shown; the column is busy until they are in. */
    countsAfter: async (pf: Pagefind, query: string, filters: FilterValues, isCurrent: () => boolean) => {
      view.filterBox.setAttribute('aria-busy', 'true');
      try {
        await load(pf);
        if (!isCurrent()) return;
        const counts = await filterCounts(pf, query, filters);
        if (isCurrent()) showCounts(view, counts);
      } catch (error) {
        // The results stand; the filters stay folded away (the next search tries them again).
        console.error(error);
      } finally {
        view.filterBox.setAttribute('aria-busy', 'false');
      }
    },
  };
}
