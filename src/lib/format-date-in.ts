/**
 * A calendar date (`2026-11-22`) as prose in a language, by the runtime's Intl data: `22 November
 * 2026`, `22. marraskuuta 2026`, `٢٢ نوفمبر ٢٠٢٦`. Swedish pages use `format-date.ts`.
 */
export function formatDateIn(date: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}
