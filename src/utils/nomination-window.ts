/**
 * Whether the award takes nominations at a given instant. The window is two calendar days in
 * Stockholm, both inclusive: it opens at 00.00 on the first and closes at midnight after the last.
 * The site is static, so pages decide this from the build clock; the scheduled rebuild, due when
 * the window opens and when it closes (src/utils/build-schedule.ts), keeps it right.
 */
import { formatDate } from '../lib/format-date.ts';
import { parseStockholmDateTime } from '../lib/stockholm-time.ts';

export type NominationWindow =
  | { state: 'none' }
  | { state: 'upcoming' | 'open' | 'closed'; opens: string; closes: string };

/**
 * The instants the window opens and closes (midnight after the last day), or undefined when no
 * window is set. The scheduled rebuild uses them too (src/utils/build-schedule.ts).
 */
export function nominationWindowBounds(settings: {
  nominationOpens?: string | undefined;
  nominationCloses?: string | undefined;
}): { start: Date; end: Date } | undefined {
  const { nominationOpens: opens, nominationCloses: closes } = settings;
  if (opens === undefined || closes === undefined) return undefined;
  const start = parseStockholmDateTime(opens);
  const lastDay = parseStockholmDateTime(closes);
  if (start === undefined || lastDay === undefined) throw new Error(`Not a nomination window: ${opens}–${closes}`);
  // Midnight after the last day, found as the start of the next calendar day (DST-safe).
  const [y, m, d] = closes.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { start, end: parseStockholmDateTime(next) as Date };
}

export function nominationWindow(
  settings: { nominationOpens?: string | undefined; nominationCloses?: string | undefined },
  now: Date,
): NominationWindow {
  const { nominationOpens: opens, nominationCloses: closes } = settings;
  const bounds = nominationWindowBounds(settings);
  if (bounds === undefined || opens === undefined || closes === undefined) return { state: 'none' };
  const t = now.getTime();
  const state = t < bounds.start.getTime() ? 'upcoming' : t < bounds.end.getTime() ? 'open' : 'closed';
  return { state, opens, closes };
}

/** The window in words, for the page: what a resident needs to know about the deadline. */
export function describeNominationWindow(window: NominationWindow): string {
  switch (window.state) {
    case 'none':
      return 'Det finns ingen nomineringsperiod publicerad just nu.';
    case 'upcoming':
      return `Nomineringen öppnar ${formatDate(window.opens)}. Sista dag att nominera är ${formatDate(window.closes)}.`;
    case 'open':
      return `Nomineringen är öppen. Sista dag att nominera är ${formatDate(window.closes)}.`;
    case 'closed':
      return `Nomineringen stängde ${formatDate(window.closes)}.`;
  }
}
