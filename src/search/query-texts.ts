/**
 * What the search page says about one search's outcome (`run-query.ts`): the status line, the
 * notice above the results, and whether the site's main tasks are the next step. No DOM.
 */
import { hitCount, listInSwedish, suggestedQuery } from './query.ts';
import type { QueryOutcome } from './run-query.ts';

const quoted = (s: string) => `”${s}”`;

/** A line of the notice above the results: text, and maybe the suggested query as a link. */
export type NoticeLine = (string | { suggestion: string })[];

/**
 * What the notice says: which words matched nothing, "Menade du …?", or the next step when
 * nothing was found. "Inga träffar på …" itself is said once, by the status line (`statusOf`).
 */
export function noticeOf(outcome: QueryOutcome): NoticeLine[] {
  const { terms, unknown, known, suggestions, filtered } = outcome;
  const lines: NoticeLine[] = [];
  if (unknown.length > 0 && known.length > 0) {
    const words = listInSwedish(unknown.map(quoted));
    lines.push([
      `Inga träffar på ${unknown.length === 1 ? 'ordet' : 'orden'} ${words}. Visar träffar på ${quoted(known.join(' '))}.`,
    ]);
  }
  const none = outcome.results.length === 0;
  if (suggestions.size > 0) {
    lines.push(['Menade du ', { suggestion: suggestedQuery(terms, suggestions) }, '?']);
  } else if (none && filtered) {
    lines.push(['Ta bort ett filter för att se fler träffar.']);
  } else if (none) {
    lines.push([
      terms.length > 1
        ? 'Kontrollera stavningen, försök med färre ord eller välj bland sidorna nedan.'
        : 'Kontrollera stavningen, försök med ett annat ord eller välj bland sidorna nedan.',
    ]);
  }
  return lines;
}

/** Whether the site's main tasks are the next step: nothing found and nothing to suggest. */
export function showsTasks(outcome: QueryOutcome): boolean {
  return outcome.results.length === 0 && outcome.suggestions.size === 0 && !outcome.filtered;
}

/** The status line, announced once per settled search: how many results, for what. */
export function statusOf(outcome: QueryOutcome, q: string): string {
  const { unknown, known, results, filtered } = outcome;
  // What the visitor typed, unless some words were left out: then the words searched for.
  const what = unknown.length === 0 || known.length === 0 ? quoted(q) : quoted(known.join(' '));
  return `${hitCount(results.length)} på ${what}${filtered ? ' med valda filter' : ''}.`;
}
