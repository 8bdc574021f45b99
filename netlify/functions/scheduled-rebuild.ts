/**
 * Netlify scheduled function: every hour, ask Netlify to rebuild the site through a build hook, so
 * a press release whose embargo has passed is published within the hour (the build leaves out
 * everything whose publish time is still in the future). Setup: README, "Embargo and scheduled
 * rebuilds". The logic lives in `src/utils/trigger-build-hook.ts`, where it is unit-tested.
 */
import { triggerBuildHook } from '../../src/utils/trigger-build-hook.ts';

export default async (): Promise<Response> => {
  try {
    const { status } = await triggerBuildHook(process.env, (url, init) => fetch(url, init));
    return new Response(`Build hook called (${status})`, { status: 200 });
  } catch (error) {
    // Logged so it shows in the function log; the status marks the run as failed.
    console.error((error as Error).message);
    return new Response((error as Error).message, { status: 500 });
  }
};

/** Netlify reads the schedule from here (cron syntax; `@hourly` is minute 0 of every hour, UTC). */
export const config = { schedule: '@hourly' };
