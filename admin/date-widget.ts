/**
 * Date and date-time fields written and shown the Swedish way, whatever the browser's language.
 * Decap's own `datetime` widget is the browser's native date input, which follows the browser's
 * language, not the page's: in an English browser it shows `12/01/2026, 11:56 PM`. This control
 * replaces it under the same name (so the generated config and the stored values do not change):
 * a text field in ISO form as Swedes write dates (`2026-12-01 23:56`, SS-ISO 8601), the date in
 * words beside it ("tisdag 1 december 2026 kl. 23.56"), and the buttons "Nu" and "Rensa".
 * Stored as before: `YYYY-MM-DD` for dates, `YYYY-MM-DDTHH:mm` (Swedish time) for date-times.
 */
import { formatDate, formatDateTime } from '../src/lib/format-date.ts';
import { parseStockholmDateTime, writtenDateProblem } from '../src/lib/stockholm-time.ts';
import type { DecapCms, ImmutableLike, PreviewNode } from './globals.d.ts';

interface ControlProps {
  field: ImmutableLike & { get(key: string): unknown };
  value?: unknown;
  forID: string;
  onChange(value: string): void;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** What the editor sees for a stored value: `2026-12-01` or `2026-12-01 23:56`. */
export function shownValue(stored: string): string {
  return stored.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, '$1 $2');
}

/** The stored value for what the editor wrote, or undefined while it is not a whole date (and time). */
export function storedValue(written: string, withTime: boolean): string | undefined {
  const text = written.trim();
  // A date alone is a whole value for a date-time too: the site reads it as midnight.
  if (DATE.test(text)) return text;
  if (!withTime) return undefined;
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  if (Number(h) > 23 || Number(mi) > 59) return undefined;
  return `${y}-${mo}-${d}T${pad(Number(h))}:${mi}`;
}

/** The stored value in words, as the site writes it, or '' when it is not a real date. */
export function inWords(stored: string, withTime: boolean): string {
  if (!withTime || DATE.test(stored))
    return DATE.test(stored) && writtenDateProblem(stored) === undefined ? formatDate(stored) : '';
  const instant = parseStockholmDateTime(stored);
  return instant ? formatDateTime(instant) : '';
}

/** Now in Swedish time, stored form. */
function now(withTime: boolean): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return withTime ? `${date}T${parts.hour}:${parts.minute}` : date;
}

export function registerSwedishDates(cms: DecapCms): void {
  const h = window.h;
  const Control = window.createClass({
    getInitialState(this: { props: ControlProps }) {
      return { text: shownValue(String(this.props.value ?? '')) };
    },
    withTime(this: { props: ControlProps }): boolean {
      return this.props.field.get('time_format') !== false;
    },
    componentDidUpdate(
      this: { props: ControlProps; state: { text: string }; setState(s: unknown): void; withTime(): boolean },
      previous: ControlProps,
    ) {
      // A value set from outside (a restored draft, "Nu"): show it, unless it is what is typed here.
      if (previous.value === this.props.value) return;
      const value = String(this.props.value ?? '');
      const typed =
        this.state.text.trim() === '' ? '' : (storedValue(this.state.text, this.withTime()) ?? this.state.text);
      if (value !== typed) this.setState({ text: shownValue(value) });
    },
    set(this: { props: ControlProps; setState(s: unknown): void; withTime(): boolean }, text: string) {
      this.setState({ text });
      // Half-written dates are kept as written, so `isValid` can say what is missing.
      this.props.onChange(text.trim() === '' ? '' : (storedValue(text, this.withTime()) ?? text));
    },
    isValid(this: { state: { text: string }; withTime(): boolean }) {
      const text = this.state.text.trim();
      if (text === '' || storedValue(text, this.withTime()) !== undefined) {
        if (text === '' || inWords(storedValue(text, this.withTime()) ?? '', this.withTime()) !== '') return true;
        return { error: { message: 'Datumet finns inte i kalendern.' } };
      }
      const format = this.withTime() ? 'ÅÅÅÅ-MM-DD TT:MM, t.ex. 2026-03-10 09:30' : 'ÅÅÅÅ-MM-DD, t.ex. 2026-03-10';
      return { error: { message: `Skriv som ${format}.` } };
    },
    render(this: {
      props: ControlProps;
      state: { text: string };
      withTime(): boolean;
      set(text: string): void;
    }): PreviewNode {
      const withTime = this.withTime();
      const stored = storedValue(this.state.text, withTime);
      const words = stored ? inWords(stored, withTime) : '';
      const hintId = `${this.props.forID}-i-ord`;
      return h(
        'div',
        {
          className: this.props.classNameWrapper,
          style: { display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' },
        },
        h('input', {
          id: this.props.forID,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: withTime ? 'ÅÅÅÅ-MM-DD TT:MM' : 'ÅÅÅÅ-MM-DD',
          value: this.state.text,
          size: withTime ? 16 : 10,
          'aria-describedby': hintId,
          onChange: (event: { target: { value: string } }) => this.set(event.target.value),
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
          style: { font: 'inherit', padding: '0.25rem 0.5rem', border: '1px solid #767676', borderRadius: '3px' },
        }),
        h('span', { id: hintId, 'aria-live': 'polite' }, words),
        h(
          'button',
          { type: 'button', 'data-testid': 'now-button', onClick: () => this.set(shownValue(now(withTime))) },
          'Nu',
        ),
        h('button', { type: 'button', onClick: () => this.set('') }, 'Rensa'),
      );
    },
  });
  const Preview = ({ value }: { value?: unknown }) => h('span', null, shownValue(String(value ?? '')));
  cms.registerWidget('datetime', Control, Preview);
}
