/** `/pressmeddelanden/<slug>/inbjudan.ics`: a press invitation's time and place for a calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedPressReleases, type PressRelease } from '../../../data/press-releases.ts';
import { getSiteSettings } from '../../../data/settings.ts';
import { releasePath } from '../../../lib/urls.ts';
import { invitationIcs } from '../../../utils/invitation-ics.ts';

export const getStaticPaths = (async () => {
  const releases = await getPublishedPressReleases();
  return releases
    .filter((r) => r.data.kind === 'pressinbjudan' && r.data.invitation?.startsAt !== undefined)
    .map((release) => ({ params: { slug: release.id }, props: { release } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: PressRelease }> = async ({ props }) => {
  const { release } = props;
  const site = await getSiteSettings();
  const d = release.data;
  const startsAt = d.invitation?.startsAt;
  if (startsAt === undefined) throw new Error(`${release.id}: a press invitation without a start time`);
  const url = new URL(releasePath(release.id), site.siteUrl);
  const body = invitationIcs({
    slug: release.id,
    title: d.title,
    summary: d.summary,
    startsAt,
    place: d.invitation?.place,
    participants: d.invitation?.participants,
    url: url.href,
    host: url.host,
    published: d.published,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
