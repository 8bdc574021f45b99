/**
 * The default share image (Open Graph, Twitter card), 1200×630, as SVG: the site's shield mark
 * (as in `public/favicon.svg`), the site's name and the municipality's, from the settings. Nothing
 * else, so it states no fact the settings do not. `src/pages/delningsbild.png.ts` renders it to PNG.
 */
import { escapeHtml } from '../lib/escape-html.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
export const SHARE_IMAGE_PATH = '/delningsbild.png';

/** Splits a name into at most `maxLines` lines of about `perLine` characters, at spaces. */
export function wrapWords(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
    return kept;
  }
  return lines;
}

/** Width the text column may use, in pixels (right of the shield, inside the margins). */
const TEXT_X = 420;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - TEXT_X - 70;
/** A generous average advance of a bold sans-serif glyph, in em, so lines never overflow. */
const EM_PER_CHAR = 0.68;

/** Font size at which the longest line fits the text column, at most `max`. */
export function fittingFontSize(lines: readonly string[], max: number): number {
  const longest = Math.max(1, ...lines.map((l) => l.length));
  return Math.min(max, Math.floor(TEXT_WIDTH / (EM_PER_CHAR * longest)));
}

export function shareImageSvg(site: { siteName: string; municipality: string }): string {
  const nameLines = wrapWords(site.siteName, 14, 3);
  const nameSize = fittingFontSize(nameLines, 92);
  const municipalitySize = fittingFontSize([site.municipality], 44);
  const lineHeight = Math.round(nameSize * 1.15);
  // Centre the block (municipality, gap, name lines) vertically above the bottom band.
  const blockHeight = municipalitySize + 24 + lineHeight * nameLines.length;
  const top = Math.round((590 - blockHeight) / 2);
  const municipalityY = top + municipalitySize;
  const firstNameY = municipalityY + 24 + nameSize;
  const name = nameLines
    .map((line, i) => `<tspan x="${TEXT_X}" y="${firstNameY + i * lineHeight}">${escapeHtml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" viewBox="0 0 ${SHARE_IMAGE_WIDTH} ${SHARE_IMAGE_HEIGHT}">
  <rect width="1200" height="630" fill="#12375e"/>
  <rect y="590" width="1200" height="40" fill="#0b2540"/>
  <g transform="translate(90 135) scale(10)">
    <path d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z" fill="#fff"/>
    <path d="M12 16l3 3 5-6" stroke="#12375e" stroke-width="2.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
  </g>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif" fill="#fff">
    <text x="${TEXT_X}" y="${municipalityY}" font-size="${municipalitySize}">${escapeHtml(site.municipality)}</text>
    <text font-size="${nameSize}" font-weight="700">${name}</text>
  </g>
</svg>`;
}
