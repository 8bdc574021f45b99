import { describe, expect, it } from 'vitest';
import { mdxBodyProblems } from '../../src/content-model/mdx-body.ts';
import { USER_COMPONENT_NAMES } from '../../src/markdown/component-names.ts';
import { MDX_PAYLOADS } from '../support/payloads.ts';

describe('mdxBodyProblems', () => {
  it('accepts Markdown and the editor components with their own text attributes', () => {
    const body = [
      '## Rubrik',
      '',
      'Text med [en länk](/est/) och **fetstil**.',
      '',
      '<FactBox title="Bra att veta">Ring <Phone number="011-15 00 00" /></FactBox>',
      '',
      '<Steps>',
      '',
      '1. Ett',
      '2. Två',
      '',
      '</Steps>',
    ].join('\n');
    expect(mdxBodyProblems(body)).toEqual([]);
  });

  // Markdown links are Markdown: the sanitiser removes a javascript: URL from them.
  const jsx = MDX_PAYLOADS.filter((p) => !p.text.startsWith('['));
  it.each(jsx.map((p) => [p.id, p.text]))('refuses payload %s, naming what and where', (_id, text) => {
    const problems = mdxBodyProblems(`Första raden.\n\n${text}\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/not allowed|must be plain text/);
    expect(problems.join('\n')).toMatch(/line 3/);
  });

  it('names the component and what it accepts', () => {
    expect(mdxBodyProblems('<FactBox title="x" onClick="y">z</FactBox>')).toEqual([
      '<FactBox onClick> is not allowed (line 1 of the text); FactBox accepts: title',
    ]);
    expect(mdxBodyProblems('<iframe src="https://example.com/" />')).toEqual([
      `<iframe> is not allowed (line 1 of the text); use Markdown, or one of: ${USER_COMPONENT_NAMES.join(', ')}`,
    ]);
  });

  it('reports MDX that cannot be parsed', () => {
    expect(mdxBodyProblems('<img src=x>')[0]).toMatch(/^cannot be read as MDX/);
  });
});
