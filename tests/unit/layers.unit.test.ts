import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import layering from '../../.dependency-cruiser.mjs';
import { ROOT_DIR } from '../../src/config/site.ts';

/**
 * The layering rules (`.dependency-cruiser.mjs`). `npm run lint` runs dependency-cruiser over every
 * TypeScript and JavaScript module; dependency-cruiser does not read `.astro` files, so their
 * imports (front matter and client scripts) are checked here against the same rules. The last
 * tests run the lint's own command on a small tree, to show that a back-edge or a cycle fails it.
 */

interface PathRule {
  name: string;
  from: { path?: string; pathNot?: string };
  to: { path?: string; pathNot?: string };
}

const pathRules = (layering.forbidden as PathRule[]).filter(
  (rule) => rule.to.path !== undefined && !('circular' in rule.to) && !('couldNotResolve' in rule.to),
);

function matches(file: string, side: { path?: string; pathNot?: string }): boolean {
  return (
    (side.path === undefined || new RegExp(side.path).test(file)) &&
    (side.pathNot === undefined || !new RegExp(side.pathNot).test(file))
  );
}

/** Repository paths of the files a `.astro` file imports with a relative specifier. */
function astroImports(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s ?? '')));
}

const astroFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.astro'], {
  cwd: ROOT_DIR,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f !== '' && existsSync(path.join(ROOT_DIR, f)));

describe('layers of .astro files', () => {
  it('finds the .astro files and their imports', () => {
    expect(astroFiles).toContain('src/layouts/BaseLayout.astro');
    expect(
      astroImports(
        'src/layouts/BaseLayout.astro',
        readFileSync(path.join(ROOT_DIR, 'src/layouts/BaseLayout.astro'), 'utf8'),
      ),
    ).toContain('src/components/Header.astro');
  });

  it('import only files that exist, in their own or a lower layer', () => {
    const problems: string[] = [];
    for (const file of astroFiles) {
      for (const target of astroImports(file, readFileSync(path.join(ROOT_DIR, file), 'utf8'))) {
        if (!existsSync(path.join(ROOT_DIR, target))) problems.push(`${file} → ${target}: no such file`);
        for (const rule of pathRules) {
          if (matches(file, rule.from) && matches(target, rule.to)) problems.push(`${rule.name}: ${file} → ${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('would report a component that imports a layout, or a helper that imports a component', () => {
    const broken = (from: string, to: string) =>
      pathRules.filter((rule) => matches(from, rule.from) && matches(to, rule.to)).map((rule) => rule.name);
    expect(broken('src/components/Footer.astro', 'src/layouts/BaseLayout.astro')).toEqual(['layer-components']);
    expect(broken('src/lib/urls.ts', 'src/components/Footer.astro')).toEqual(['layer-lib']);
    expect(broken('src/pages/index.astro', 'src/components/Footer.astro')).toEqual([]);
  });
});

describe('the lint’s dependency-cruiser check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function cruise(files: Record<string, string>): { status: number | null; output: string } {
    const root = mkdtempSync(path.join(dir, 'tree-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    const result = spawnSync(
      path.join(ROOT_DIR, 'node_modules/.bin/depcruise'),
      ['--config', path.join(ROOT_DIR, '.dependency-cruiser.mjs'), 'src'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  const downward = {
    'src/lib/urls.ts': "export const HOME = '/';\n",
    'src/content-model/enums.ts': "import { HOME } from '../lib/urls.ts';\nexport const START = HOME;\n",
    'src/components/Link.ts': "import { START } from '../content-model/enums.ts';\nexport const link = START;\n",
  };

  it('passes a tree whose imports all run downward', () => {
    const { status, output } = cruise(downward);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it('fails on an import from a lower layer into a higher one', () => {
    const { status, output } = cruise({
      ...downward,
      'src/lib/urls.ts': "import { START } from '../content-model/enums.ts';\nexport const HOME = START;\n",
    });
    expect(output).toContain('layer-lib: src/lib/urls.ts → src/content-model/enums.ts');
    expect(status).not.toBe(0);
  });

  it('fails on a cycle inside one layer, and on an import of a file that is not there', () => {
    const { status, output } = cruise({
      ...downward,
      'src/utils/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'src/utils/b.ts': "import { a } from './a.ts';\nimport { gone } from './gone.ts';\nexport const b = a + gone;\n",
    });
    expect(output).toMatch(/no-circular: src\/utils\/a\.ts →\s+src\/utils\/b\.ts →\s+src\/utils\/a\.ts/);
    expect(output).toContain('not-to-unresolvable: src/utils/b.ts → ./gone.ts');
    expect(status).not.toBe(0);
  });
});
