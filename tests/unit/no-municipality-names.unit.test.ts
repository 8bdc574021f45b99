/**
 * One codebase serves every municipality: no file under `src/` may name one. The names checked
 * are those of every content folder in `content/` (its folder name and the municipality's name
 * from its settings, with and without the genitive "s kommun"), so adding a municipality adds
 * its name to the check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist.ts';

const CONTENT = path.resolve('content');
const SRC = path.resolve('src');

/** The one line allowed to name a municipality: the default content folder. */
const ALLOWED = /^export const DEFAULT_SITE_CONTENT = '[a-z0-9-]+';$/;

function municipalityNames(): string[] {
  const names = new Set<string>();
  for (const folder of readdirSync(CONTENT)) {
    names.add(folder);
    const settings = yaml.load(readFileSync(path.join(CONTENT, folder, 'installningar', 'webbplats.yml'), 'utf8')) as {
      municipality: string;
    };
    // "Norrköpings kommun" → "Norrköping" (the stem also finds "Norrköpings").
    names.add(settings.municipality.replace(/s? kommun$/i, ''));
  }
  return [...names];
}

/** Lines of `src/` that name a municipality, as `file:line: text`. */
function linesNaming(names: readonly string[], root = SRC): string[] {
  const pattern = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  const hits: string[] = [];
  for (const file of listFiles(root)) {
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line) && !ALLOWED.test(line.trim())) hits.push(`src/${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return hits;
}

describe('no template names a municipality', () => {
  it('knows the names of every content folder', () => {
    const names = municipalityNames();
    expect(names).toEqual(expect.arrayContaining(['norrkoping', 'Norrköping', 'nykoping', 'Nyköping']));
  });

  it('finds none in src/', () => {
    expect(linesNaming(municipalityNames())).toEqual([]);
  });
});
