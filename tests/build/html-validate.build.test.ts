/**
 * Gate: valid HTML. Every HTML file in the built site of every content folder passes html-validate
 * with the project's configuration (`.htmlvalidate.mjs`: the recommended preset, deviations
 * explained there).
 */
import path from 'node:path';
import { HtmlValidate, type Report } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import type { BuildResult } from '../support/build.ts';
import { contentFolders } from '../support/content-folders.ts';
import { listFiles } from '../support/dist.ts';
import { sharedBuild } from '../support/shared-build.ts';

// The configuration is passed in: the built site lies in a temporary folder, outside the
// repository, where html-validate would not find `.htmlvalidate.mjs` by itself.
const validator = new HtmlValidate(config);

function problems(report: Report, name: string): string[] {
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
  );
}

describe.each(contentFolders())('valid HTML gate: $name', ({ dir }) => {
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild({ contentDir: dir });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it('every built HTML file passes html-validate', async () => {
    const files = listFiles(build.outDir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const file of files) {
      failures.push(...problems(await validator.validateFile(path.join(build.outDir, file)), file));
    }
    expect(failures).toEqual([]);
    console.info(`valid HTML gate (${path.basename(dir)}): ${files.length} files, 0 problems`);
  });
});

describe('valid HTML gate', () => {
  it('reports invalid markup (the gate can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="sv"><head><title>x</title></head><body><p><div>x</p><a href="tel:011-150000">011-15 00 00</a><img src="a.png"></body></html>',
    );
    const rules = new Set(problems(report, 'probe').map((p) => p.split(' ')[1]));
    expect([...rules]).toEqual(expect.arrayContaining(['close-order:', 'tel-non-breaking:', 'wcag/h37:']));
  });
});
