/**
 * When the site must be built again without anyone saving: the build writes the next time its
 * output would change by the clock alone (an embargoed press release falls due, a warning starts or
 * ends, the award's nomination window opens or closes, a new year changes the current citizen
 * promises) into `BUILD_SCHEDULE_PATH`; the hourly scheduled function
 * (`netlify/functions/scheduled-rebuild/scheduled-rebuild.ts`) reads it from the live site and calls the build hook
 * only when that time has passed. A site with nothing scheduled is never rebuilt by the clock.
 */
import { parseStockholmDateTime } from '../lib/stockholm-time.ts';

/** Where the build writes the schedule (`src/pages/byggschema.json.ts`). */
export const BUILD_SCHEDULE_PATH = '/byggschema.json';

/** The file's content. Times are ISO instants (UTC). */
export interface BuildSchedule {
  /** The build clock of the build that wrote the file. */
  builtAt: string;
  /**
   * The first full hour (UTC) at or after the next instant the build's output changes by the clock
   * alone; null when nothing is scheduled. Rounded up to the hour because the scheduled function
   * runs at minute 0 of every hour anyway, and so the public file does not tell the exact minute
   * an embargoed release is due.
   */
  nextBuildAt: string | null;
}

const HOUR = 3_600_000;

/** The earliest of `times` strictly after `now`, or undefined when none is. */
export function nextDueTime(times: Iterable<Date | undefined>, now: Date): Date | undefined {
  let next: Date | undefined;
  for (const time of times) {
    if (time === undefined || time.getTime() <= now.getTime()) continue;
    if (next === undefined || time.getTime() < next.getTime()) next = time;
  }
  return next;
}

/** Midnight on 1 January of `year`, Stockholm time: when the citizen promises current change. */
export function startOfYear(year: number): Date {
  return parseStockholmDateTime(`${String(year).padStart(4, '0')}-01-01`) as Date;
}

/** The schedule a build at `now` writes, from every instant at which its output changes. */
export function buildSchedule(times: Iterable<Date | undefined>, now: Date): BuildSchedule {
  const next = nextDueTime(times, now);
  return {
    builtAt: now.toISOString(),
    nextBuildAt: next === undefined ? null : new Date(Math.ceil(next.getTime() / HOUR) * HOUR).toISOString(),
  };
}

export interface ScheduledBuildDecision {
  build: boolean;
  /** Why, in words for the function log. */
  reason: string;
}

/**
 * Whether the scheduled function should build now, given the schedule the live site serves (as
 * parsed JSON, or undefined when it could not be fetched). A missing or unreadable schedule builds,
 * as every hour did before the schedule existed: a wasted build is better than an embargoed release
 * that never appears.
 */
export function decideScheduledBuild(schedule: unknown, now: Date): ScheduledBuildDecision {
  const problem = scheduleProblem(schedule);
  if (problem !== undefined) return { build: true, reason: `${BUILD_SCHEDULE_PATH} ${problem}: building to be safe` };
  const { builtAt, nextBuildAt } = schedule as BuildSchedule;
  if (nextBuildAt === null) return { build: false, reason: `nothing scheduled (site built ${builtAt})` };
  if (Date.parse(nextBuildAt) <= now.getTime()) {
    return { build: true, reason: `due at ${nextBuildAt}, after the last build (${builtAt})` };
  }
  return { build: false, reason: `next build due at ${nextBuildAt}` };
}

function scheduleProblem(schedule: unknown): string | undefined {
  if (schedule === undefined) return 'could not be fetched';
  if (typeof schedule !== 'object' || schedule === null) return 'is not a JSON object';
  const { builtAt, nextBuildAt } = schedule as Record<string, unknown>;
  if (typeof builtAt !== 'string' || Number.isNaN(Date.parse(builtAt))) return 'has no valid "builtAt"';
  if (nextBuildAt !== null && (typeof nextBuildAt !== 'string' || Number.isNaN(Date.parse(nextBuildAt)))) {
    return 'has no valid "nextBuildAt"';
  }
  return undefined;
}
