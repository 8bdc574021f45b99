import { describe, expect, it } from 'vitest';
import { parseStockholmDateTime } from '../../src/lib/stockholm-time.ts';
import { type InvitationEvent, invitationIcs } from '../../src/utils/invitation-ics.ts';

const stockholm = (local: string): Date => {
  const d = parseStockholmDateTime(local);
  if (!d) throw new Error(local);
  return d;
};
const event = (overrides: Partial<InvitationEvent> = {}): InvitationEvent => ({
  slug: 'pressinbjudan-trygghetsvandring',
  title: 'Pressinbjudan: Trygghetsvandring, Hageby',
  summary: 'Kommunen och polisen går en trygghetsvandring.',
  startsAt: stockholm('2024-03-09T10:00'),
  place: 'Rådhuset, Norrköping',
  participants: 'Ordföranden; kommundirektören',
  url: 'https://trygg.example.se/pressmeddelanden/pressinbjudan-trygghetsvandring/',
  host: 'trygg.example.se',
  published: stockholm('2024-03-01T09:00'),
  ...overrides,
});
/** The unfolded value of a property line. */
const prop = (ics: string, name: string): string | undefined => {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded.split('\r\n').find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
};

describe('invitationIcs', () => {
  it('writes Stockholm wall-clock times as the right UTC instant, winter (CET, +1) and summer (CEST, +2)', () => {
    expect(prop(invitationIcs(event()), 'DTSTART')).toBe('DTSTART:20240309T090000Z');
    const summer = invitationIcs(event({ startsAt: stockholm('2024-07-04T14:30') }));
    expect(prop(summer, 'DTSTART')).toBe('DTSTART:20240704T123000Z');
  });

  it('is a calendar with one event: title, place, description with participants and link, stable UID', () => {
    const ics = invitationIcs(event());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(prop(ics, 'SUMMARY')).toBe('SUMMARY:Pressinbjudan: Trygghetsvandring\\, Hageby');
    expect(prop(ics, 'LOCATION')).toBe('LOCATION:Rådhuset\\, Norrköping');
    expect(prop(ics, 'DESCRIPTION')).toContain('Medverkande: Ordföranden\\; kommundirektören');
    expect(prop(ics, 'DESCRIPTION')).toContain(event().url);
    expect(prop(ics, 'URL')).toBe(`URL:${event().url}`);
    expect(prop(ics, 'UID')).toBe('UID:pressinbjudan-pressinbjudan-trygghetsvandring@trygg.example.se');
  });

  it('does not depend on the time zone of the machine that builds', () => {
    const original = process.env.TZ;
    try {
      const outputs = ['UTC', 'Europe/Stockholm', 'America/New_York', 'Asia/Tokyo'].map((tz) => {
        process.env.TZ = tz;
        return invitationIcs(event());
      });
      expect(new Set(outputs).size).toBe(1);
      expect(prop(outputs[0] as string, 'DTSTART')).toBe('DTSTART:20240309T090000Z');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('is the same on every build: DTSTAMP is the publish time, not the clock', () => {
    const ics = invitationIcs(event());
    expect(prop(ics, 'DTSTAMP')).toBe('DTSTAMP:20240301T080000Z');
    expect(invitationIcs(event())).toBe(ics);
  });

  it('invents no end time and leaves out a place that is not given', () => {
    const ics = invitationIcs(event({ place: undefined }));
    expect(prop(ics, 'DTEND')).toBeUndefined();
    expect(prop(ics, 'DURATION')).toBeUndefined();
    expect(prop(ics, 'LOCATION')).toBeUndefined();
  });
});
