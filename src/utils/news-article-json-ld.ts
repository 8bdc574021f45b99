/**
 * schema.org `NewsArticle` for a press release page, as JSON-LD. The result goes into a
 * `<script type="application/ld+json">`, so `<` is escaped: no body text can close the element.
 */
export interface NewsArticleInput {
  title: string;
  summary: string;
  /** Absolute URL of the release page. */
  url: string;
  published: Date;
  /** The last correction date (`YYYY-MM-DD`), if the release was corrected. */
  modified?: string | undefined;
  /** Absolute URLs of the release's images, or the default share image. */
  images: readonly string[];
  municipality: string;
  siteUrl: string;
  topics: readonly string[];
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const publisher = { '@type': 'GovernmentOrganization', name: input.municipality, url: input.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.summary,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: 'sv-SE',
    datePublished: input.published.toISOString(),
    ...(input.modified ? { dateModified: input.modified } : {}),
    image: [...input.images],
    author: publisher,
    publisher,
    ...(input.topics.length > 0 ? { keywords: input.topics.join(', ') } : {}),
  };
}

/** JSON for inside a `<script>` element: `<` written as `\u003c`, so `</script>` cannot occur. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
