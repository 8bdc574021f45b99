/**
 * The clock a build runs on. `BUILD_TIME` (any ISO date-time) pins it, so tests can build on
 * either side of an embargo; otherwise it is the real time the build started.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BUILD_TIME;
  if (pinned === undefined || pinned === '') return new Date();
  const parsed = new Date(pinned);
  if (Number.isNaN(parsed.getTime())) throw new Error(`BUILD_TIME is not a date-time: ${pinned}`);
  return parsed;
}
