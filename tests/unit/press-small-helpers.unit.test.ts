import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escape-html.ts';
import { emailError } from '../../src/utils/email-error.ts';
import { fittingFontSize, shareImageSvg, wrapWords } from '../../src/utils/share-image-svg.ts';

describe('emailError', () => {
  it('asks for an address when the field is empty', () => {
    expect(emailError('')).toBe('Skriv din e-postadress.');
    expect(emailError('   ')).toBe('Skriv din e-postadress.');
  });

  it("follows the browser's own type=email check when there is one", () => {
    expect(emailError('namn@', { typeMismatch: true })).toMatch(/namn@exempel\.se/);
    expect(emailError('namn@redaktion', { typeMismatch: false })).toBeUndefined();
  });

  it('falls back to a pattern without the browser', () => {
    expect(emailError('namn@redaktion.se')).toBeUndefined();
    expect(emailError('namn.redaktion.se')).toMatch(/namn@exempel\.se/);
    expect(emailError('namn @redaktion.se')).toMatch(/namn@exempel\.se/);
  });
});

describe('share image', () => {
  it('wraps a name at spaces into at most the given number of lines', () => {
    expect(wrapWords('Trygg i Norrköping', 14, 3)).toEqual(['Trygg i', 'Norrköping']);
    expect(wrapWords('a b c d', 1, 2)).toEqual(['a', 'b c d']);
  });

  it('shrinks the font so the longest line fits the text column', () => {
    expect(fittingFontSize(['Kort'], 92)).toBe(92);
    const long = fittingFontSize(['brottsförebyggande-och-trygghetsskapande'], 92);
    expect(long).toBeLessThan(40);
    expect(long * 0.68 * 40).toBeLessThanOrEqual(710);
  });

  it('shows only the names from the settings, escaped', () => {
    const svg = shareImageSvg({ siteName: 'Trygg & säker', municipality: 'Exempelstads <kommun>' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Trygg &amp; säker');
    expect(svg).toContain('Exempelstads &lt;kommun&gt;');
    expect(
      svg
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Exempelstads &lt;kommun&gt; Trygg &amp; säker');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
