import Personnummer from 'personnummer';

/**
 * Swedish personal identity numbers (and coordination numbers) in free text, as typed: with or
 * without century, with `-`, `+`, a space or nothing before the last four digits. Each candidate
 * is checked by the `personnummer` package (real date, correct check digit), so most phone numbers
 * and dates are not flagged.
 */
export function findIdentityNumbers(text: string): string[] {
  const candidates = text.match(/(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d-])/g) ?? [];
  return candidates.filter((candidate) => Personnummer.valid(candidate.replace(' ', '-')));
}
