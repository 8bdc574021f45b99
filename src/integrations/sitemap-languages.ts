/**
 * The sitemap's language alternates (`xhtml:link`), the same set each page's `hreflang` links
 * give (`src/data/languages.ts`): @astrojs/sitemap's `i18n` option groups `/x/` with `/en/x/`;
 * `serialize` keeps those groups only for the start page and the translated pages (a language's
 * search page is not a translation of `/sok/`) and adds `x-default`, the Swedish page. Lättläst
 * (`lang: sv`) is no language alternate, as in the pages. Read from the content folder at config
 * time, where the content collections are not available yet.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { languageSettings, SETTINGS_FOLDER, translations } from '../content-model/index.ts';
import { readMarkdown, readYaml } from '../content-model/read-yaml.ts';
import { pagePath } from '../lib/urls.ts';

type LanguageOptions = Pick<NonNullable<SitemapOptions>, 'i18n' | 'serialize'>;

interface LanguageRow {
  code: string;
  lang: string;
}

/** The options for @astrojs/sitemap, or none when the site has no other languages. */
export function sitemapLanguageOptions(contentDir: string, siteUrl: string): LanguageOptions {
  const file = path.join(contentDir, SETTINGS_FOLDER, `${languageSettings.name}.yml`);
  if (!existsSync(file)) return {};
  const rows = ((readYaml(readFileSync(file, 'utf8')) as { languages?: LanguageRow[] } | undefined)?.languages ??
    []) as LanguageRow[];
  const languages = rows.filter((l) => l.lang !== 'sv' && !l.lang.startsWith('sv-'));
  if (languages.length === 0) return {};
  const folder = path.join(contentDir, translations.name);
  const translated = new Set(
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith(`.${translations.format}`))
          .map((f) => (readMarkdown(readFileSync(path.join(folder, f), 'utf8')).data as { original?: string }).original)
          .map((original) => pagePath(String(original)))
      : [],
  );
  const codes = new Set(languages.map((l) => l.code));
  const base = siteUrl.replace(/\/$/, '');
  /** The Swedish path of a URL: `/en/x/` → `/x/`. */
  const swedishPath = (url: string) => {
    const p = url.startsWith(base) ? url.slice(base.length) || '/' : url;
    const first = p.split('/')[1] ?? '';
    return codes.has(first) ? p.slice(first.length + 1) || '/' : p;
  };
  return {
    i18n: {
      defaultLocale: 'sv',
      locales: { sv: 'sv', ...Object.fromEntries(languages.map((l) => [l.code, l.lang])) },
    },
    serialize: (item) => {
      if (!item.links) return item;
      const own = swedishPath(item.url);
      if (own !== '/' && !translated.has(own)) return { ...item, links: [] };
      const swedish = item.links.find((l) => l.lang === 'sv');
      return { ...item, links: [...item.links, ...(swedish ? [{ lang: 'x-default', url: swedish.url }] : [])] };
    },
  };
}
