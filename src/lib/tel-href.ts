/**
 * A Swedish phone number as written on the page (`0123-45 67 89`, `070-123 45 67`, `114 14`)
 * as a `tel:` link target. Numbers with an area code get the +46 country code so they also
 * work from a foreign SIM; short national numbers (112, 114 14) stay as they are.
 */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0')) return `tel:+46${digits.slice(1)}`;
  return `tel:${digits}`;
}
