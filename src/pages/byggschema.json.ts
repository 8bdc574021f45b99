/**
 * The next time this build's output changes by the clock alone, for the hourly scheduled function
 * (`netlify/functions/scheduled-rebuild/scheduled-rebuild.ts`), which builds only once that time has passed. Gives
 * the hour only: no title, slug or kind of what is due (see src/utils/build-schedule.ts).
 */

import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { NOW } from '../data/now.ts';
import { getAwardSettings } from '../data/settings.ts';
import { buildSchedule, startOfYear } from '../utils/build-schedule.ts';
import { nominationWindowBounds } from '../utils/nomination-window.ts';

export const GET: APIRoute = async () => {
  const releases = await getCollection('pressmeddelanden');
  const warnings = await getCollection('varningar');
  const promises = await getCollection('medborgarloften');
  const award = await getAwardSettings();
  const window = award === undefined ? undefined : nominationWindowBounds(award);
  const times = [
    // A draft is not published when its time comes; it needs a save (and so a build) first.
    ...releases.filter((r) => r.data.draft !== true).map((r) => r.data.published),
    ...warnings.flatMap((w) => [w.data.startsAt, w.data.endsAt]),
    ...promises.flatMap((p) => [startOfYear(p.data.startYear), startOfYear(p.data.endYear + 1)]),
    window?.start,
    window?.end,
  ];
  return new Response(`${JSON.stringify(buildSchedule(times, NOW))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
