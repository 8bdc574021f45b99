/** Longest delay `setTimeout` honours (about 24.8 days); longer ones fire at once in browsers. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * Milliseconds until a warning that ends at `endsAt` (an ISO instant from `data-warning-ends`)
 * must disappear: 0 or less when it has already ended. Undefined when the value is not a date,
 * or when the end is so far off that the page will surely have been rebuilt (or reloaded) first.
 */
export function msUntilWarningEnds(endsAt: string, now: number): number | undefined {
  const end = Date.parse(endsAt);
  if (Number.isNaN(end)) return undefined;
  const wait = end - now;
  return wait > MAX_TIMEOUT ? undefined : wait;
}
