/**
 * Netlify scheduled function: every hour, read the build schedule the live site serves
 * (`/byggschema.json`, written by the last build) and ask Netlify to rebuild through the build
 * hook only when something has fallen due since that build: an embargoed press release, a warning
 * that starts or ends, the award's nomination window, a new year for the citizen promises. A site
 * with nothing scheduled is not rebuilt. Setup: README, "Embargo and scheduled rebuilds". The logic
 * lives in `src/utils/build-schedule.ts` and `netlify/functions/scheduled-rebuild/trigger-build-hook.ts`, unit-tested there.
 */
import { BUILD_SCHEDULE_PATH, decideScheduledBuild } from '../../../src/utils/build-schedule.ts';
import { triggerBuildHook } from './trigger-build-hook.ts';

/** The part of Netlify's function context used here (Functions API v2). */
interface Context {
  site?: { url?: string | undefined };
}

/** The schedule as parsed JSON, or undefined when it cannot be fetched or parsed. */
async function fetchSchedule(siteUrl: string): Promise<unknown> {
  try {
    const response = await fetch(new URL(BUILD_SCHEDULE_PATH, siteUrl).href, { cache: 'no-store' });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

export default async (_request?: Request, context?: Context): Promise<Response> => {
  try {
    // Netlify's read-only `URL` is the site's main address; the context carries it too.
    const siteUrl = context?.site?.url || process.env.URL;
    if (!siteUrl) throw new Error('The site URL is unknown (neither the function context nor URL has it)');
    const decision = decideScheduledBuild(await fetchSchedule(siteUrl), new Date());
    console.log(decision.reason);
    if (!decision.build) return new Response(`No build: ${decision.reason}`, { status: 200 });
    const { status } = await triggerBuildHook(process.env, (url, init) => fetch(url, init));
    return new Response(`Build hook called (${status}): ${decision.reason}`, { status: 200 });
  } catch (error) {
    // Logged so it shows in the function log; the status marks the run as failed.
    console.error((error as Error).message);
    return new Response((error as Error).message, { status: 500 });
  }
};

/** Netlify reads the schedule from here (cron syntax; `@hourly` is minute 0 of every hour, UTC). */
export const config = { schedule: '@hourly' };
