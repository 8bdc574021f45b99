/** Builds the `SchemaContext` (what exists) from a content folder on disk. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RelationTarget } from './fields.ts';
import { COLLECTIONS, FILES_FOLDER, languageSettings, pressSettings, SETTINGS_FOLDER } from './index.ts';
import { readYaml } from './read-yaml.ts';
import type { SchemaContext } from './to-zod.ts';

/** Entry ids of a collection folder: the file names without extension. */
export function entryIds(contentDir: string, collection: string, extension: string): Set<string> {
  const dir = path.join(contentDir, collection);
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith(`.${extension}`))
      .map((f) => f.slice(0, -(extension.length + 1))),
  );
}

/** Topic ids listed in the press settings; an unreadable file gives none (its own check reports it). */
function topicIds(contentDir: string): Set<string> {
  const file = path.join(contentDir, SETTINGS_FOLDER, `${pressSettings.name}.yml`);
  try {
    const data = readYaml(readFileSync(file, 'utf8')) as { topics?: { id?: unknown }[] } | undefined;
    return new Set((data?.topics ?? []).map((t) => String(t.id)));
  } catch {
    return new Set();
  }
}

/** Language codes listed in the language settings; none when the file is absent or unreadable. */
function languageCodes(contentDir: string): Set<string> {
  const file = path.join(contentDir, SETTINGS_FOLDER, `${languageSettings.name}.yml`);
  if (!existsSync(file)) return new Set();
  try {
    const data = readYaml(readFileSync(file, 'utf8')) as { languages?: { code?: unknown }[] } | undefined;
    return new Set((data?.languages ?? []).map((l) => String(l.code)));
  } catch {
    return new Set();
  }
}

/** Absolute path on disk of an uploaded file's public path (`/filer/x.pdf`), or undefined. */
export function uploadedFilePath(contentDir: string, publicPath: string): string | undefined {
  const prefix = `/${FILES_FOLDER}/`;
  if (!publicPath.startsWith(prefix)) return undefined;
  const relative = publicPath.slice(prefix.length);
  if (relative.split('/').some((part) => part === '..' || part === '')) return undefined;
  return path.join(contentDir, FILES_FOLDER, relative);
}

export function createSchemaContext(contentDir: string): SchemaContext {
  const byName = (name: string) => {
    const def = COLLECTIONS.find((c) => c.name === name);
    if (!def) throw new Error(`No collection named ${name}`);
    return entryIds(contentDir, def.name, def.format);
  };
  const ids: Record<RelationTarget, ReadonlySet<string>> = {
    kontakter: byName('kontakter'),
    dokument: byName('dokument'),
    sidor: byName('sidor'),
    amnen: topicIds(contentDir),
    sprak: languageCodes(contentDir),
  };
  return {
    ids,
    fileExists: (publicPath) => {
      const file = uploadedFilePath(contentDir, publicPath);
      return file !== undefined && existsSync(file) && statSync(file).isFile();
    },
  };
}
