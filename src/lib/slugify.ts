/**
 * A Swedish title as a lower-case ASCII URL slug: å/ä → a, ö → o, other accents dropped,
 * anything else between words becomes a single hyphen. `Anmäl klotter` → `anmal-klotter`.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when a string is already a valid slug as `slugify` makes them. */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
