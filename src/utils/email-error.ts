/**
 * The Swedish error for the e-mail field of a sign-up form, or undefined when the value is fine.
 * `validity` is the browser's own check of `type=email` (its `typeMismatch`), so the rule is the
 * same with and without JavaScript; the pattern below is only a fallback where there is none.
 */
export function emailError(value: string, validity?: Pick<ValidityState, 'typeMismatch'>): string | undefined {
  const email = value.trim();
  if (email === '') return 'Skriv din e-postadress.';
  const malformed = validity ? validity.typeMismatch : !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
  if (malformed) return 'Skriv e-postadressen som namn@exempel.se.';
  return undefined;
}
