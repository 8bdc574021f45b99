/** The content YAML reader: core schema, nothing converted, and the YAML editors never mean refused. */
import { describe, expect, it } from 'vitest';
import { readMarkdown, readYaml, YamlError } from '../../src/content-model/read-yaml.ts';

const refusal = (source: string): string => {
  try {
    readYaml(source);
  } catch (error) {
    if (error instanceof YamlError) return error.message;
    throw error;
  }
  return 'accepted';
};

describe('readYaml', () => {
  it('keeps dates, times and yes/no as the text written', () => {
    expect(readYaml('a: 2023-12-01\nb: 2023-12-01 09:30:00\nc: 2023-13-45\nd: yes\ne: 12:30\n')).toEqual({
      a: '2023-12-01',
      b: '2023-12-01 09:30:00',
      c: '2023-13-45',
      d: 'yes',
      e: '12:30',
    });
  });
  it('reads plain numbers, booleans and empty values', () => {
    expect(readYaml('a: 2023\nb: -4\nc: true\nd:\ne: ~\n')).toEqual({ a: 2023, b: -4, c: true, d: null, e: null });
  });
  it('refuses what editors never mean, with the line', () => {
    expect(refusal('a: 1\nb: 2\na: 3\n')).toBe('line 3: the field "a" is written twice');
    expect(refusal('a:\n\tb: 1\n')).toBe('line 2: tabs are not allowed for indentation; use spaces');
    expect(refusal('a: &x 1\nb: *x\n')).toMatch(/^line 1: anchors \(&x\) are not allowed/);
    expect(refusal('a: *x\n')).toMatch(/line 1: .*alias/i);
    expect(refusal('a: !!str 12\n')).toMatch(/^line 1: YAML tags/);
    expect(refusal('a: 0x1F\n')).toBe(
      'line 1: the number 0x1F would be read as 31; write plain digits, or put text in quotes',
    );
    expect(refusal('a: 007\n')).toMatch(/would be read as 7/);
    expect(refusal('a: 1e3\n')).toMatch(/would be read as 1000/);
    expect(refusal('a: .inf\n')).toMatch(/would be read as Infinity/);
    expect(refusal('? [a]\n: 1\n')).toMatch(/a field name must be plain text/);
    expect(refusal('a: "open\n')).toMatch(/^line \d+: /);
  });
  it('counts lines from the file in front matter', () => {
    expect(() => readMarkdown('---\ntitle: x\ntitle: y\n---\nBody')).toThrow(
      'line 3: the field "title" is written twice',
    );
    expect(readMarkdown('---\npublished: 2023-12-01\n---\nBody')).toEqual({
      data: { published: '2023-12-01' },
      body: 'Body',
    });
  });
});
