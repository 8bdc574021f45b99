import { describe, expect, it } from 'vitest';
import { telHref } from '../../src/lib/tel-href.ts';
import { buildTime } from '../../src/utils/build-time.ts';
import { isPublished } from '../../src/utils/is-published.ts';

describe('telHref', () => {
  it('adds +46 to numbers with an area code and keeps short national numbers', () => {
    expect(telHref('011-15 00 00')).toBe('tel:+4611150000');
    expect(telHref('0724-65 20 54')).toBe('tel:+46724652054');
    expect(telHref('114 14')).toBe('tel:11414');
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('+46 11 15 00 00')).toBe('tel:+4611150000');
  });
});

describe('isPublished', () => {
  const now = new Date('2024-01-01T12:00:00Z');
  it('hides drafts and entries whose publish time is still ahead', () => {
    expect(isPublished({ published: new Date('2024-01-01T11:59:59Z') }, now)).toBe(true);
    expect(isPublished({ published: now }, now)).toBe(true);
    expect(isPublished({ published: new Date('2024-01-01T12:00:01Z') }, now)).toBe(false);
    expect(isPublished({ published: new Date('2023-01-01T00:00:00Z'), draft: true }, now)).toBe(false);
  });
});

describe('buildTime', () => {
  it('uses BUILD_TIME when set and refuses nonsense', () => {
    expect(buildTime({ BUILD_TIME: '2024-05-01T10:00:00Z' }).toISOString()).toBe('2024-05-01T10:00:00.000Z');
    expect(() => buildTime({ BUILD_TIME: 'igår' })).toThrow(/BUILD_TIME/);
    expect(Math.abs(buildTime({}).getTime() - Date.now())).toBeLessThan(5_000);
  });
});
