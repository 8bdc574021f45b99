/** The languages a content folder's settings declare, read as the build reads them, for tests. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languageSettings, SETTINGS_FOLDER } from '../../src/content-model/index.ts';
import { readYaml } from '../../src/content-model/read-yaml.ts';

export interface LanguageRow {
  code: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  name: string;
}

/** The languages of a content folder (none when it has no language settings). */
export function languagesOf(contentDir: string): LanguageRow[] {
  const file = path.join(contentDir, SETTINGS_FOLDER, `${languageSettings.name}.yml`);
  if (!existsSync(file)) return [];
  return ((readYaml(readFileSync(file, 'utf8')) as { languages?: LanguageRow[] }).languages ?? []) as LanguageRow[];
}

/** The language a built file (`en/est/index.html`) is in, or undefined for a Swedish page. */
export function languageOfFile(file: string, languages: readonly LanguageRow[]): LanguageRow | undefined {
  const first = file.split('/')[0];
  return languages.find((l) => l.code === first);
}
