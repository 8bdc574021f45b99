/** The time zone every date and time on the site is written and shown in. */
export const TIME_ZONE = 'Europe/Stockholm';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The one formatter for Stockholm's calendar and clock. Made once: creating an
 * `Intl.DateTimeFormat` costs far more than formatting with it, and a build reads the parts of
 * the same dates on every listing page (this was the largest single cost of a 1,000-entry build,
 * docs/benchmarks.md).
 */
const STOCKHOLM_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of Europe/Stockholm from UTC, in minutes, at the given instant. */
function stockholmOffsetMinutes(instant: Date): number {
  const parts = STOCKHOLM_CLOCK.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** True when year, month and day name a real calendar day (rejects 2023-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Parses a date-time as editors and Decap write it. A value without a zone
 * (`2023-12-01T09:30`, `2023-12-01 09:30`, `2023-12-01`) is Stockholm wall-clock time;
 * a value with `Z` or an offset is taken as the instant it names. Returns undefined for
 * anything that is not a real date and time.
 */
export function parseStockholmDateTime(value: string): Date | undefined {
  const local = LOCAL_DATE_TIME.exec(value.trim());
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
    const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
    // Two passes settle the offset across a daylight-saving change.
    let instant = wallAsUtc - stockholmOffsetMinutes(new Date(wallAsUtc)) * 60000;
    instant = wallAsUtc - stockholmOffsetMinutes(new Date(instant)) * 60000;
    return new Date(instant);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) return undefined;
  const [y, mo, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (!isRealDate(y, mo, d)) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

export interface StockholmParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/**
 * Parts already computed, by instant: a build shows each entry's date on its own page and on every
 * list it appears in (one entry per distinct instant of the content, so it stays small).
 */
const partsByInstant = new Map<number, StockholmParts>();

/** The Stockholm calendar parts of an instant. */
export function stockholmParts(instant: Date): StockholmParts {
  const time = instant.getTime();
  const known = partsByInstant.get(time);
  if (known !== undefined) return known;
  const parts = STOCKHOLM_CLOCK.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const result = Object.freeze({
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  });
  partsByInstant.set(time, result);
  return result;
}

/** Years an editor's date may name: anything outside is a typo (`0203`, `20233`). */
export const YEAR_RANGE = { min: 1900, max: 2199 } as const;

const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WRITTEN_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The date formats editors may write, for messages. */
export const DATE_FORMAT_HINT = 'YYYY-MM-DD, e.g. 2023-12-01';
export const DATE_TIME_FORMAT_HINT = 'YYYY-MM-DDTHH:mm in Swedish time, e.g. 2023-12-01T09:30 (or a date alone)';

function calendarProblem(y: number, m: number, d: number): string | undefined {
  if (y < YEAR_RANGE.min || y > YEAR_RANGE.max)
    return `the year must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`;
  if (!isRealDate(y, m, d)) return 'not a real date';
  return undefined;
}

/**
 * Checks a calendar date exactly as an editor wrote it (`2023-12-01`). Returns undefined when it
 * is a real date, else what is wrong. The value is used as written; nothing converts it.
 */
export function writtenDateProblem(value: string): string | undefined {
  const m = WRITTEN_DATE.exec(value);
  if (!m) return `expected a date written ${DATE_FORMAT_HINT}`;
  const problem = calendarProblem(Number(m[1]), Number(m[2]), Number(m[3]));
  return problem === undefined ? undefined : `${problem}: "${value}" (expected ${DATE_FORMAT_HINT})`;
}

/**
 * Reads a date-time exactly as an editor (or Decap, which writes `2023-12-01T09:30`) wrote it,
 * as Swedish wall-clock time: `2023-12-01T09:30`, `2023-12-01 09:30`, with `:00` seconds, or a date
 * alone (midnight, shown without a time). Refused, so that what the site shows is what was written:
 * a zone (`Z`, `+01:00`: the site shows Swedish time, so write that), seconds other than `:00` (the
 * site shows hours and minutes only), a time the clocks skip when summer time starts
 * (`2024-03-31T02:30`), and anything that is not a real date and time.
 */
export function readWrittenDateTime(value: string): { instant: Date } | { problem: string } {
  const m = WRITTEN_DATE_TIME.exec(value);
  if (!m) {
    const zoned = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value);
    return {
      problem: zoned
        ? `"${value}" has a time zone; write Swedish time without one (${DATE_TIME_FORMAT_HINT})`
        : `expected a date and time written ${DATE_TIME_FORMAT_HINT}`,
    };
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const [year, month, day, hour, minute] = [y, mo, d, h, mi].map(Number) as [number, number, number, number, number];
  const problem = calendarProblem(year, month, day);
  if (problem !== undefined) return { problem: `${problem}: "${value}" (expected ${DATE_TIME_FORMAT_HINT})` };
  if (hour > 23 || minute > 59) return { problem: `not a real time: "${value}" (expected ${DATE_TIME_FORMAT_HINT})` };
  if (s !== '00') return { problem: `"${value}" has seconds; the site shows hours and minutes, so write HH:mm` };
  const instant = parseStockholmDateTime(`${y}-${mo}-${d}T${h}:${mi}`) as Date;
  const shown = stockholmParts(instant);
  if (shown.hour !== hour || shown.minute !== minute || shown.day !== day) {
    return { problem: `"${value}" does not exist in Swedish time (the clocks skip that hour when summer time starts)` };
  }
  return { instant };
}
