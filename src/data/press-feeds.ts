/** The feeds' data: every published release with its full rendered text, from the one query. */
import { getEntries } from 'astro:content';
import { labelOf, PRESS_KINDS } from '../content-model/enums.ts';
import type { FeedRelease, FeedSite } from '../utils/press-feed.ts';
import { NOW } from './now.ts';
import { getPublishedPressReleases } from './press-releases.ts';
import { getPressSettings, getSiteSettings } from './settings.ts';

export async function getFeedData(): Promise<{ site: FeedSite; releases: FeedRelease[] }> {
  const [entries, press, settings] = await Promise.all([
    getPublishedPressReleases(),
    getPressSettings(),
    getSiteSettings(),
  ]);
  const topicLabel = (id: string) => press.topics.find((t) => t.id === id)?.label ?? id;
  const releases = await Promise.all(
    entries.map(async (entry): Promise<FeedRelease> => {
      const html = entry.rendered?.html;
      if (html === undefined) throw new Error(`Press release ${entry.id} has no rendered body`);
      const d = entry.data;
      return {
        slug: entry.id,
        title: d.title,
        summary: d.summary,
        published: d.published,
        html,
        categories: [labelOf(PRESS_KINDS, d.kind), ...(d.topics ?? []).map(topicLabel)],
        sender: d.sender,
        invitation: d.kind === 'pressinbjudan' ? d.invitation : undefined,
        corrections: d.corrections,
        contacts: (await getEntries((d.contacts ?? []).map((id) => ({ collection: 'kontakter' as const, id })))).map(
          (c) => c.data,
        ),
      };
    }),
  );
  const site: FeedSite = {
    siteUrl: settings.siteUrl,
    siteName: settings.siteName,
    municipality: settings.municipality,
    updated: releases[0]?.published ?? NOW,
  };
  return { site, releases };
}
