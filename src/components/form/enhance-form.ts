/**
 * The browser side of a form built from `Field.astro` and `ErrorSummary.astro`, GOV.UK style: the
 * script takes over the browser's checks (so every error shows at once, in the page's language),
 * and on a refused submit it writes each error next to its field (a hidden "Fel: " before it for
 * screen readers, the error's id first in the control's `aria-describedby`, `aria-invalid`), lists
 * the errors as links to their fields in the summary, moves focus to the summary and puts the
 * prefix before the page title. Nothing the person typed is touched. Once a field with an error is
 * put right, its error goes away as they type. Without JavaScript none of this runs and the
 * browser's own `required`/`type` checks stop the post.
 */
import { fieldIds } from './field-ids.ts';

/** One problem with one field. */
export interface FieldError {
  /** The id of the field's control (the `id` given to `Field.astro`). */
  id: string;
  message: string;
}

export interface EnhanceOptions {
  /** Every problem with what the form holds now, in the order of the fields. */
  validate: () => FieldError[];
  /** Said before each error and put before the page title, without the space: `Fel:`, `Error:`. */
  errorPrefix?: string | undefined;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function enhanceForm(form: HTMLFormElement, { validate, errorPrefix = 'Fel:' }: EnhanceOptions): void {
  form.noValidate = true;
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const list = summary?.querySelector<HTMLElement>('[data-error-list]');
  const originalTitle = document.title;
  const fields = [...form.querySelectorAll<HTMLElement>('[data-field]')].flatMap((wrapper) => {
    const control = document.getElementById(wrapper.dataset.field ?? '') as Control | null;
    const error = document.getElementById(fieldIds(wrapper.dataset.field ?? '').error);
    return control && error ? [{ wrapper, control, error }] : [];
  });
  /** The errors shown now, by control id. */
  let shown = new Map<string, string>();

  const showField = ({ wrapper, control, error }: (typeof fields)[number], message: string | undefined) => {
    const ids = (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id !== '' && id !== error.id);
    if (message !== undefined) ids.unshift(error.id);
    if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
    if (message !== undefined) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    wrapper.classList.toggle('field--error', message !== undefined);
    error.hidden = message === undefined;
    error.replaceChildren();
    if (message !== undefined) {
      const prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = `${errorPrefix} `;
      error.append(prefix, message);
    }
  };

  const showSummary = () => {
    list?.replaceChildren(
      ...[...shown].map(([id, message]) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${id}`;
        link.textContent = message;
        link.addEventListener('click', (click) => {
          click.preventDefault();
          focusField(id);
        });
        item.append(link);
        return item;
      }),
    );
    if (summary) summary.hidden = shown.size === 0;
    document.title = shown.size === 0 ? originalTitle : `${errorPrefix} ${originalTitle}`;
  };

  /** Like GOV.UK's summary links: focus the control and scroll so its label is in view too. */
  const focusField = (id: string) => {
    const field = fields.find((f) => f.control.id === id);
    if (!field) return;
    field.control.focus({ preventScroll: true });
    field.wrapper.scrollIntoView({ block: 'start' });
  };

  form.addEventListener('submit', (event) => {
    const errors = validate();
    shown = new Map(errors.map((e) => [e.id, e.message]));
    for (const field of fields) showField(field, shown.get(field.control.id));
    showSummary();
    if (errors.length === 0) return;
    event.preventDefault();
    summary?.focus();
  });

  // A field put right loses its error at once; new errors wait for the next submit.
  form.addEventListener('input', (event) => {
    const field = fields.find((f) => f.control === event.target);
    if (!field || !shown.has(field.control.id)) return;
    if (validate().some((e) => e.id === field.control.id)) return;
    shown.delete(field.control.id);
    showField(field, undefined);
    showSummary();
  });
}
