/** The time zone every date and time on the site is written and shown in. */
export const TIME_ZONE = 'Europe/Stockholm';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Offset of Europe/Stockholm from UTC, in minutes, at the given instant. */
function stockholmOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
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

/** The Stockholm calendar parts of an instant. */
export function stockholmParts(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}
