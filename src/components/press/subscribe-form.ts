/**
 * The press-release subscription form's script (`SubscribeForm.astro`): the GOV.UK error pattern
 * of `enhance-form.ts` with the e-mail rule of `email-error.ts`, which uses the browser's own
 * `type=email` check, so the rule is the same with and without JavaScript.
 */
import { emailError } from '../../utils/email-error.ts';
import { enhanceForm } from '../form/enhance-form.ts';

/** The id of the e-mail field's control. */
export const SUBSCRIBE_EMAIL_ID = 'subscribe-email';

export function enhanceSubscribeForm(form: HTMLFormElement): void {
  const input = form.elements.namedItem('email') as HTMLInputElement | null;
  if (!input) return;
  enhanceForm(form, {
    validate: () => {
      const message = emailError(input.value, input.validity);
      return message === undefined ? [] : [{ id: SUBSCRIBE_EMAIL_ID, message }];
    },
  });
}
