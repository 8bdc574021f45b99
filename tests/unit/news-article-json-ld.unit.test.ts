import { describe, expect, it } from 'vitest';
import { jsonForScript, newsArticleJsonLd } from '../../src/utils/news-article-json-ld.ts';

const input = {
  title: 'Samverkan för ett tryggt Norrköping',
  summary: 'Sammanfattning.',
  url: 'https://trygg.example.se/pressmeddelanden/samverkan/',
  published: new Date('2023-11-30T23:00:00Z'),
  images: ['https://trygg.example.se/delningsbild.png'],
  municipality: 'Exempelstads kommun',
  siteUrl: 'https://trygg.example.se/',
  topics: ['Trygghet', 'Samverkan med polisen'],
};

describe('newsArticleJsonLd', () => {
  it('describes the release as a schema.org NewsArticle by the municipality', () => {
    const ld = newsArticleJsonLd(input);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: input.title,
      description: input.summary,
      url: input.url,
      mainEntityOfPage: input.url,
      inLanguage: 'sv-SE',
      datePublished: '2023-11-30T23:00:00.000Z',
      image: input.images,
      keywords: 'Trygghet, Samverkan med polisen',
      publisher: { '@type': 'GovernmentOrganization', name: 'Exempelstads kommun' },
    });
    expect(ld.dateModified).toBeUndefined();
    expect(newsArticleJsonLd({ ...input, modified: '2023-12-02' }).dateModified).toBe('2023-12-02');
  });

  it('cannot close its script element, whatever the text says', () => {
    const json = jsonForScript(newsArticleJsonLd({ ...input, title: 'a</script><script>alert(1)</script>' }));
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).headline).toBe('a</script><script>alert(1)</script>');
  });
});
