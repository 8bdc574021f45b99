/**
 * The ids around a field's control, made from the control's id in one place: `Field.astro` writes
 * them, `enhance-form.ts` finds the error message by them, the tests check them.
 */
export function fieldIds(controlId: string): { hint: string; error: string; warning: string } {
  return { hint: `${controlId}-hint`, error: `${controlId}-error`, warning: `${controlId}-warning` };
}
