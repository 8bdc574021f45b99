import { stockholmParts } from './stockholm-time.ts';

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** A calendar date (`2023-12-01`) or an instant, as Swedish prose: `1 december 2023`. */
export function formatDate(value: string | Date): string {
  const { year, month, day } = typeof value === 'string' ? calendarParts(value) : stockholmParts(value);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** An instant as `1 december 2023 kl. 09.30` (Stockholm time, Swedish clock notation). */
export function formatDateTime(value: Date): string {
  const { hour, minute } = stockholmParts(value);
  return `${formatDate(value)} kl. ${pad(hour)}.${pad(minute)}`;
}

/** True when the instant falls on Stockholm midnight, i.e. only a date was given. */
export function isMidnight(value: Date): boolean {
  const { hour, minute } = stockholmParts(value);
  return hour === 0 && minute === 0;
}

/** An instant as a machine-readable Stockholm calendar date (`2023-12-01`) for `<time datetime>`. */
export function isoDate(value: Date): string {
  const { year, month, day } = stockholmParts(value);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Year of an instant or calendar date, in Stockholm. */
export function yearOf(value: string | Date): number {
  return typeof value === 'string' ? calendarParts(value).year : stockholmParts(value).year;
}

function calendarParts(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not a calendar date (YYYY-MM-DD): ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
