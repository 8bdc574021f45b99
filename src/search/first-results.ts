/**
 * The header search hands the ids of a query's first results (the names of their excerpts'
 * fragment files) to the search page with the form, in the address's fragment (`#forsta=id.id…`):
 * never sent to the server, removed again by the search page as soon as its copy of the header's
 * script runs, and not kept in Web Storage — the site stores nothing in the browser (its privacy
 * page says so). Used only by `warm-up.ts`, so the bundler keeps it in that script's file.
 */

/** The start of the search page's address fragment that carries the ids. */
const HANDOVER = 'forsta=';

/**
 * Sends the form as the browser would (`GET` to the search page), with the ids (at most `max`) in
 * the address's fragment for the search page (`preloadFirstResults`).
 */
export function sendTo(form: HTMLFormElement, ids: readonly string[], max: number): void {
  if (ids.length === 0) {
    form.submit();
    return;
  }
  const url = new URL(form.action, location.href);
  url.search = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])).toString();
  url.hash = `${HANDOVER}${ids.slice(0, max).join('.')}`;
  location.assign(url);
}

/**
 * On the search page: the excerpts of the first results (at most `max`) the page before sent
 * along (the address's fragment; `base` is Pagefind's folder), asked for at once (`<link
 * rel="preload">`, as Pagefind fetches them), where Pagefind finds them when it shows the results;
 * the fragment is then removed from the address. Excerpts already in the browser's cache (fetched
 * after a pause in the typing) cost nothing; anything but an id is ignored.
 */
export function preloadFirstResults(base: string, max: number): void {
  if (!location.hash.startsWith(`#${HANDOVER}`)) return;
  const ids = location.hash.slice(HANDOVER.length + 1).split('.');
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  if (!base) return;
  for (const id of ids.slice(0, max)) {
    if (!/^[\w-]+$/.test(id)) continue;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `${base}fragment/${id}.pf_fragment`;
    document.head.append(link);
  }
}
