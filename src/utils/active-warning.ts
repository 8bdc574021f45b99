/** The fields of a warning that decide whether and how it shows. */
export interface WarningTiming {
  level: 'info' | 'gul' | 'orange' | 'rod';
  startsAt: Date;
  endsAt?: Date | undefined;
}

const SEVERITY: Record<WarningTiming['level'], number> = { info: 0, gul: 1, orange: 2, rod: 3 };

/** True when `now` lies inside the warning's window (start inclusive, end exclusive). */
export function isWarningActive(warning: WarningTiming, now: Date): boolean {
  if (warning.startsAt.getTime() > now.getTime()) return false;
  return warning.endsAt === undefined || warning.endsAt.getTime() > now.getTime();
}

/**
 * The warning to show at `now`: of those active, the most severe; among equals, the one that
 * started last. Undefined when none is active.
 */
export function selectActiveWarning<T extends WarningTiming>(warnings: readonly T[], now: Date): T | undefined {
  return warnings
    .filter((w) => isWarningActive(w, now))
    .sort((a, b) => SEVERITY[b.level] - SEVERITY[a.level] || b.startsAt.getTime() - a.startsAt.getTime())[0];
}
