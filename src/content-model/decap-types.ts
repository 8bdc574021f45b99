/**
 * The shape of the Decap CMS config that `to-decap.ts` writes: only the keys it writes, typed for
 * the generator, the CMS app (`admin/`) and the tests.
 */
import type { BackendSettings } from '../config/cms-backend.ts';

/** A Decap field, as it appears in the config (only the keys this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int';
  date_format?: string;
  time_format?: string | false;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  choose_url?: boolean;
  allow_multiple?: boolean;
  fields?: CmsField[];
  collapsed?: boolean;
  summary?: string;
  modes?: string[];
  minimize_collapsed?: boolean;
}

export interface CmsFolderCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: 'frontmatter' | 'yml';
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  preview_path?: string;
  fields: CmsField[];
}

export interface CmsFilesCollection {
  name: string;
  label: string;
  description: string;
  extension: 'yml';
  format: 'yml';
  delete: false;
  files: { name: string; label: string; file: string; description: string; fields: CmsField[] }[];
}

export interface CmsConfig {
  backend: BackendSettings['backend'];
  publish_mode: BackendSettings['publishMode'];
  local_backend: boolean | { url: string };
  locale: 'sv';
  site_url: string;
  display_url: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: (CmsFolderCollection | CmsFilesCollection)[];
}

export interface CmsConfigInput {
  /** The content folder's name under `content/` (the `SITE_CONTENT` setting). */
  siteContent: string;
  /** The site's public address (from the site settings), for "open the site" links. */
  siteUrl: string;
  /** The production backend and publish mode (`src/config/cms-backend.ts`). */
  backend: BackendSettings;
  /** decap-server's address for local editing; Decap only uses it on localhost. */
  localBackendUrl: string;
}
