/**
 * A press invitation as an iCalendar file (RFC 5545), made with the `ics` library. Times are
 * written in UTC (`DTSTART:20240309T090000Z`): the publish and start times are parsed as
 * Europe/Stockholm wall-clock time when the content is read, so the instant is already right and
 * every calendar shows it in its own zone. The content model has no end time, so the event has
 * none (RFC 5545: it then ends when it starts) rather than an invented one.
 */
import { createEvent, type EventAttributes } from 'ics';

export interface InvitationEvent {
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  place?: string | undefined;
  participants?: string | undefined;
  /** Absolute URL of the release page. */
  url: string;
  /** Host name for a stable UID, e.g. `trygg.exempelby.example`. */
  host: string;
  /** The release's publish time, used as DTSTAMP so the file is the same on every build. */
  published: Date;
}

export function invitationIcs(event: InvitationEvent): string {
  const description = [event.summary, event.participants ? `Medverkande: ${event.participants}` : '', event.url]
    .filter(Boolean)
    .join('\n\n');
  // `ics` types demand an end or a duration, but the library (and RFC 5545) accept neither; the
  // build stamp (`timestamp`, DTSTAMP) is a runtime option the types omit.
  const attributes = {
    uid: `pressinbjudan-${event.slug}@${event.host}`,
    productId: `-//${event.host}//Pressrum//SV`,
    title: event.title,
    description,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    url: event.url,
    status: 'CONFIRMED',
    timestamp: event.published.getTime(),
    ...(event.place ? { location: event.place } : {}),
  } as unknown as EventAttributes;
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Cannot write the calendar file for ${event.slug}: ${error?.message}`);
  return value;
}
