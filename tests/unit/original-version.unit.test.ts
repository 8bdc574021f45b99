import { describe, expect, it } from 'vitest';
import { VERSION_CODE } from '../../src/content-model/collections/translations.ts';
import { originalVersion } from '../../src/utils/original-version.ts';

const page = {
  title: 'Grannsamverkan',
  summary: 'Skapa trygghet där du bor.',
  body: '\nFörsta stycket.\n\n## Rubrik\n\nAndra.\n',
};

describe('originalVersion', () => {
  it('is an 8-character code the translations field accepts', () => {
    expect(originalVersion(page)).toMatch(VERSION_CODE);
  });

  it('changes when the title, the summary or the text changes', () => {
    const v = originalVersion(page);
    expect(originalVersion({ ...page, title: 'Grannsamverkan i kommunen' })).not.toBe(v);
    expect(originalVersion({ ...page, summary: 'Något annat.' })).not.toBe(v);
    expect(originalVersion({ ...page, body: `${page.body}\nEtt nytt stycke.\n` })).not.toBe(v);
    expect(originalVersion({ ...page, body: page.body.replace('Andra', 'Tredje') })).not.toBe(v);
  });

  it('does not change with line endings, trailing spaces or extra blank lines (how files get re-saved)', () => {
    const v = originalVersion(page);
    expect(originalVersion({ ...page, body: page.body.replaceAll('\n', '\r\n') })).toBe(v);
    expect(originalVersion({ ...page, body: page.body.replace('Första stycket.', 'Första stycket.   ') })).toBe(v);
    expect(originalVersion({ ...page, body: page.body.replace('\n\n## Rubrik', '\n\n\n\n## Rubrik') })).toBe(v);
    expect(originalVersion({ ...page, body: `\n\n${page.body}\n\n` })).toBe(v);
  });

  it('does not mistake a text moved from the summary into the body for no change', () => {
    const moved = { ...page, summary: '', body: `${page.summary}\n${page.body}` };
    expect(originalVersion(moved)).not.toBe(originalVersion(page));
  });
});
