/**
 * What the renderer's sanitiser would remove from a body is found, with its line, before it can
 * vanish silently; what it keeps is not reported (so the real content and ordinary Markdown pass).
 */
import { describe, expect, it } from 'vitest';
import { describeChangeSwedish, sanitiserChanges } from '../../src/markdown/sanitiser-changes.ts';

describe('sanitiserChanges', () => {
  it.each([
    [
      'Markdown with a list, a link and emphasis',
      '# Rubrik\n\nEn [länk](https://example.se) och **fet** text.\n\n- a\n- b\n',
    ],
    ['harmless raw HTML the sanitiser keeps', 'Text med <strong>fet</strong> och <em>kursiv</em> stil.'],
    ['an image path on the site', '![Bild på torget](/filer/torget.jpg)'],
    ['a mail link and a site link', '[Mejla oss](mailto:kommun@example.se) eller [läs mer](/om-oss/).'],
  ])('keeps %s', (_, body) => {
    expect(sanitiserChanges(body, 'md')).toEqual([]);
  });

  it.each([
    ['an iframe', 'Text\n\n<iframe src="https://x.example"></iframe>', 3, 'element', 'iframe', []],
    ['a script', 'Rad ett\n\nRad tre\n\n<script>alert(1)</script>', 5, 'element', 'script', []],
    ['an event handler', 'Klicka <span onclick="x()">här</span>.', 1, 'attribute', 'span', ['onclick']],
    ['a javascript: link', '\n\n[x](javascript:alert(1))', 3, 'attribute', 'a', ['href']],
    ['a phone link (tel: is not among the schemes kept)', 'Ring [114 14](tel:11414).', 1, 'attribute', 'a', ['href']],
    ['an HTML comment', 'Text\n\n<!-- anteckning -->', 3, 'comment', '', []],
  ])('finds %s, with its line', (_, body, line, kind, tag, attributes) => {
    expect(sanitiserChanges(body, 'md')).toEqual([{ line, kind, tag, attributes }]);
  });

  it('checks MDX bodies too, components and all', () => {
    const body = '<FactBox title="Bra att veta">\nText\n</FactBox>\n\n[x](javascript:alert(1))\n';
    expect(sanitiserChanges(body, 'mdx')).toEqual([{ line: 5, kind: 'attribute', tag: 'a', attributes: ['href'] }]);
    expect(sanitiserChanges('<FactBox title="Bra">\nText\n</FactBox>\n', 'mdx')).toEqual([]);
  });

  it('tells editors in Swedish what would go and where', () => {
    const [change] = sanitiserChanges('Text\n\n<iframe></iframe>', 'md');
    expect(change && describeChangeSwedish(change)).toBe(
      'HTML-koden <iframe> (rad 3) skulle tas bort från den publicerade sidan. Skriv texten utan HTML, med formateringsknapparna.',
    );
  });
});
