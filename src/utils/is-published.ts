/** What decides whether an entry may appear anywhere in the built site. */
export interface Publishable {
  published: Date;
  draft?: boolean | undefined;
}

/** True when the entry is not a draft and its publish time has passed at `now` (the build clock). */
export function isPublished(entry: Publishable, now: Date): boolean {
  return entry.draft !== true && entry.published.getTime() <= now.getTime();
}
