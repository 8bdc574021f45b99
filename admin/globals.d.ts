/**
 * The globals `decap-cms.js` sets on `window` (it bundles React): the CMS API, React's
 * `createElement` as `h`, and `createClass`. Only what `main.ts` and the previews use is typed.
 */
import type { CmsConfig } from '../src/content-model/to-decap.ts';

/** Decap's entry data (an Immutable.js Map), read through `getIn`. */
export interface ImmutableLike {
  getIn(path: readonly (string | number)[]): unknown;
  toJS(): unknown;
}

export type PreviewNode = unknown;

/** Decap's loader of other entries in a preview: one entry (by slug, or file name in a files collection) or all. */
export type GetCollection = (collection: string, slug?: string) => Promise<unknown>;

export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): PreviewNode;
  getAsset(path: string): { toString(): string } | undefined;
  getCollection?: GetCollection;
}

export type PreviewComponent = (props: PreviewProps) => PreviewNode;

/** A locale's phrases: nested objects of strings, keys as in decap-cms-locales. */
export interface LocalePhrases {
  [key: string]: string | LocalePhrases;
}

export interface DecapCms {
  init(options: { config: CmsConfig & { load_config_file: false } }): void;
  registerLocale(locale: string, phrases: LocalePhrases): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  getLocale(locale: string): LocalePhrases | undefined;
  /** A function component, or a class component made with `window.createClass`. */
  registerPreviewTemplate(collection: string, component: PreviewComponent | unknown): void;
  registerPreviewStyle(href: string): void;
}

declare global {
  interface Window {
    CMS: DecapCms;
    CMS_MANUAL_INIT?: boolean;
    /** Netlify Identity's widget (`/admin/netlify-identity-widget.js`), for the git-gateway backend. */
    netlifyIdentity?: { init(options?: { locale?: string }): void };
    h: (type: string, props?: Record<string, unknown> | null, ...children: PreviewNode[]) => PreviewNode;
    /** React's old `createClass`: a class component from a spec object (methods bound to the instance). */
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}
