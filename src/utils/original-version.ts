import { createHash } from 'node:crypto';

/**
 * The version code of a Swedish page's text: 8 hex digits of a SHA-256 of its title, summary and
 * body. A translation records the code of the text it was made from (`originalVersion`); when the
 * Swedish text changes, so does the code, and the translation says it is out of date.
 *
 * Only what readers read counts: line endings, trailing spaces and blank-line runs are ignored,
 * and so are the other front-matter fields and how YAML quotes them, so a CMS save that only
 * re-quotes the file, or a new "Senast granskad" date, does not make translations out of date.
 */
export function originalVersion(page: { title: string; summary: string; body: string }): string {
  const normalise = (text: string) =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return createHash('sha256')
    .update([page.title, page.summary, page.body].map(normalise).join('\n\u0000\n'))
    .digest('hex')
    .slice(0, 8);
}
