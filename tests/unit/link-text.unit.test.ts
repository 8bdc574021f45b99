import { describe, expect, it } from 'vitest';
import { isVagueLinkText, linkNamesInAriaSnapshot } from '../support/link-text.ts';

describe('isVagueLinkText', () => {
  it.each(['Klicka här', 'läs mer', 'Läs mer …', '  HÄR! ', 'Read more', ''])('flags "%s"', (text) => {
    expect(isVagueLinkText(text)).toBe(true);
  });

  it.each(['Läs mer om grannsamverkan', 'Anmäl klotter', 'Här finns socialjouren', '114 14'])(
    'accepts "%s"',
    (text) => {
      expect(isVagueLinkText(text)).toBe(false);
    },
  );
});

describe('linkNamesInAriaSnapshot', () => {
  it('reads link names, including empty ones and escaped quotes', () => {
    const snapshot = [
      '- navigation:',
      '  - link "Start":',
      '    - /url: /',
      '  - link',
      '  - link "Säg \\"hej\\""',
    ].join('\n');
    expect(linkNamesInAriaSnapshot(snapshot)).toEqual(['Start', '', 'Säg "hej"']);
  });
});
