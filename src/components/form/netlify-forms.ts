/**
 * The names Netlify Forms reads, written once: each form's name (Netlify lists submissions under
 * it, and the hidden `form-name` field must repeat it), the honeypot field and the hidden field's
 * own name. The forms (`NetlifyForm.astro`), the tests and the build checks import them from here.
 * Changing a form name starts a new list of submissions in Netlify's UI.
 */

/** Each form's name in Netlify's form list. */
export const FORM_NAMES = {
  /** The graffiti report (`/anmal-klotter/` and its translations). */
  report: 'anmal-klotter',
  /** The award nomination (`/fem-i-tolv-priset/`, while the window is open). */
  nomination: 'nominera-fem-i-tolv',
  /** The press-release e-mail subscription (`/pressmeddelanden/prenumerera/`). */
  subscribe: 'pressprenumeration',
} as const;

export type FormName = (typeof FORM_NAMES)[keyof typeof FORM_NAMES];

/** The hidden field that tells Netlify which form a post belongs to (its value is the form name). */
export const FORM_NAME_FIELD = 'form-name';

/** The honeypot field Netlify checks (`netlify-honeypot`): hidden from people, filled in by bots. */
export const HONEYPOT_FIELD = 'bot-field';
