/**
 * The site's other languages and lättläst (from `installningar/sprak.yml`) and the translated pages
 * (`oversattningar`): which language a path is in, every version of a page (for `hreflang` and the
 * language picker), and whether a translation is behind its Swedish original.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { SECTIONS } from '../content-model/enums.ts';
import { languageHomePath, pagePath } from '../lib/urls.ts';
import { originalVersion } from '../utils/original-version.ts';

type LanguageSettings = NonNullable<CollectionEntry<'installningar-sprak'>['data']>;
export type Language = LanguageSettings['languages'][number];
export type LanguageUi = Language['ui'];
export type FormTexts = NonNullable<Language['form']>;

/** The Swedish site, as the picker and the alternates name it. */
export const SWEDISH = { code: '', lang: 'sv', name: 'Svenska', dir: 'ltr' } as const;

export interface Translation {
  entry: CollectionEntry<'oversattningar'>;
  language: Language;
  original: CollectionEntry<'sidor'>;
  /** `/<code>/<original's slug>/`. */
  href: string;
  /** The Swedish page's text has changed since the translation was made. */
  outOfDate: boolean;
  /** The Swedish page's version code now. */
  currentVersion: string;
}

/** One version of a page: the Swedish one, or a language's. */
export interface Alternate {
  href: string;
  /** The page's `lang` (lättläst is `sv`). */
  lang: string;
  /** `hreflang` value, or undefined when the version is not a language alternate (lättläst). */
  hreflang: string | undefined;
  /** The language's name, written in itself. */
  name: string;
  /** The language code in the address (`''` for Swedish). */
  code: string;
  /** True when this version exists; otherwise `href` is the language's start page. */
  exists: boolean;
}

export async function getLanguages(): Promise<Language[]> {
  return (await getEntry('installningar-sprak', 'sprak'))?.data.languages ?? [];
}

/** The language of a path (`/en/…`), or undefined for a Swedish page. */
export async function languageOfPath(pathname: string): Promise<Language | undefined> {
  const first = pathname.split('/')[1] ?? '';
  return (await getLanguages()).find((l) => l.code === first);
}

/** The address of a page's version in a language. */
export function translationHref(code: string, slug: string): string {
  return pagePath(slug, code);
}

/**
 * Whether a language has the same `lang` as the Swedish site (lättläst): such a version is no
 * `hreflang` alternate, since two alternates with one language code contradict each other.
 */
export function isSwedishVariant(language: { lang: string }): boolean {
  return language.lang === 'sv' || language.lang.startsWith('sv-');
}

let cache: Promise<Translation[]> | undefined;

/**
 * Every translation with its language and original. Fails the build, naming the file, when a
 * language code is also a page's or a section's address, or when two translations are of the same
 * page in the same language.
 */
export function getTranslations(): Promise<Translation[]> {
  cache ??= (async () => {
    const languages = await getLanguages();
    const pages = await getCollection('sidor');
    for (const language of languages) {
      if (pages.some((p) => p.id === language.code) || SECTIONS.some((s) => s.value === language.code)) {
        throw new Error(
          `installningar/sprak.yml: field "code" (Kod i adressen): "${language.code}" is already the address of a page or section; choose another code`,
        );
      }
    }
    const seen = new Map<string, string>();
    const out: Translation[] = [];
    for (const entry of await getCollection('oversattningar')) {
      const file = `oversattningar/${entry.id}.mdx`;
      const language = languages.find((l) => l.code === entry.data.language);
      const original = pages.find((p) => p.id === entry.data.original);
      // The schema has checked both references; this only keeps the types honest.
      if (!language || !original) throw new Error(`${file}: its language or Swedish page does not exist`);
      const href = translationHref(language.code, original.id);
      const other = seen.get(href);
      if (other)
        throw new Error(
          `${file}: field "original" (Svensk sida): ${other} already translates this page into ${language.name}`,
        );
      seen.set(href, file);
      const currentVersion = originalVersion({ ...original.data, body: original.body ?? '' });
      out.push({
        entry,
        language,
        original,
        href,
        currentVersion,
        outOfDate: entry.data.originalVersion !== currentVersion,
      });
    }
    return out.sort((a, b) => a.href.localeCompare(b.href));
  })();
  return cache;
}

/** The translations in one language, in the Swedish pages' menu order. */
export async function translationsIn(code: string): Promise<Translation[]> {
  return (await getTranslations())
    .filter((t) => t.language.code === code)
    .sort(
      (a, b) =>
        (a.original.data.order ?? 1000) - (b.original.data.order ?? 1000) ||
        a.entry.data.title.localeCompare(b.entry.data.title, a.language.lang),
    );
}

/**
 * Every version of the page at `pathname`: Swedish first, then each language in the settings'
 * order. A Swedish page's versions are its translations; the start page's are the languages'
 * start pages. Languages without a version of this page point at their start page (`exists: false`).
 * Pages that are neither (the press room, documents) get Swedish and the languages' start pages.
 */
export async function alternatesOf(pathname: string): Promise<Alternate[]> {
  const languages = await getLanguages();
  if (languages.length === 0) return [];
  const translations = await getTranslations();
  const own = await languageOfPath(pathname);
  const rest = own ? pathname.slice(own.code.length + 1) : pathname;
  const slug = rest.replace(/^\/|\/$/g, '');
  const isHome = rest === '/';
  const hasOriginal = isHome || translations.some((t) => t.original.id === slug);
  const versionOf = (code: string) =>
    isHome
      ? languageHomePath(code)
      : translations.find((t) => t.language.code === code && t.original.id === slug)?.href;
  const swedish: Alternate = {
    // The 404 page is served at any address: its Swedish version is the start page.
    href: own ? (hasOriginal ? rest : '/') : pathname.startsWith('/404') ? '/' : pathname,
    lang: 'sv',
    hreflang: 'sv',
    name: SWEDISH.name,
    code: '',
    exists: own ? hasOriginal : true,
  };
  return [
    swedish,
    ...languages.map((l) => {
      const href = versionOf(l.code);
      return {
        href: href ?? languageHomePath(l.code),
        lang: l.lang,
        hreflang: isSwedishVariant(l) ? undefined : l.lang,
        name: l.name,
        code: l.code,
        exists: href !== undefined,
      };
    }),
  ];
}

/**
 * The `hreflang` links of a page: every existing language version (lättläst is none, see
 * `isSwedishVariant`) and `x-default` for the Swedish one; nothing when the page has no other
 * language version, or is itself a Swedish variant.
 */
export function hreflangLinks(
  alternates: readonly Alternate[],
  own: Language | undefined,
): { hreflang: string; href: string }[] {
  if (own && isSwedishVariant(own)) return [];
  const versions = alternates.filter((a) => a.exists && a.hreflang !== undefined);
  if (versions.length < 2) return [];
  const swedish = versions.find((a) => a.code === '');
  return [
    ...versions.map((a) => ({ hreflang: a.hreflang as string, href: a.href })),
    ...(swedish ? [{ hreflang: 'x-default', href: swedish.href }] : []),
  ];
}
