/**
 * What a search is, as it lives in the address bar: `/sok/?q=klotter&typ=Sida&ar=2023&sortera=nyast`.
 * Reload, back and a shared link all give the same search.
 */

export type SortOrder = 'relevans' | 'nyast' | 'aldst';

export interface SearchState {
  q: string;
  /** Filter values per filter name (`typ`, `år`); several values in one filter mean any of them. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

/** Filter names in the index and their URL parameters (ASCII, like every URL on the site). */
export const FILTER_PARAMS: Readonly<Record<string, string>> = { typ: 'typ', år: 'ar' };

export function stateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [name, param] of Object.entries(FILTER_PARAMS)) {
    const values = [...new Set(params.getAll(param).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sortera');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: sort === 'nyast' || sort === 'aldst' ? sort : 'relevans',
  };
}

export function urlForState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, param] of Object.entries(FILTER_PARAMS)) {
    for (const value of state.filters[name] ?? []) params.append(param, value);
  }
  if (state.sort !== 'relevans') params.set('sortera', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(filters: Record<string, string[]>, except?: string): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) {
    if (name !== except && values.length > 0) out[name] = { any: values };
  }
  return out;
}

/** Pagefind's sort argument. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'nyast') return { datum: 'desc' };
  if (sort === 'aldst') return { datum: 'asc' };
  return undefined;
}
