/** Fields several content types share, defined once. */
import { type Field, optional, required } from './fields.ts';

/** Maximum length of a summary (ingress), so lists, feeds and search excerpts stay readable. */
export const SUMMARY_MAX = 300;

export const title = required.string('title', 'Rubrik', 'Kort och tydlig, helst under 70 tecken.', { max: 120 });

export const summary = required.text(
  'summary',
  'Ingress',
  `Sammanfattning i en eller två meningar. Visas i listor, flöden och sökresultat (högst ${SUMMARY_MAX} tecken).`,
  { max: SUMMARY_MAX },
);

export const contacts = optional.relation(
  'contacts',
  'Kontaktpersoner',
  'Välj bland kontakterna. Saknas personen? Lägg först till den under Kontakter.',
  'kontakter',
  true,
);

/** An image with the alt text and photographer credit that must always go with it. */
export const imageFields = [
  required.image('src', 'Bild', 'JPG, PNG eller WebP. Bilden skalas om automatiskt för webben.'),
  required.string('alt', 'Alternativtext', 'Beskriv vad bilden visar för den som inte kan se den.', { max: 250 }),
  required.string('credit', 'Fotograf', 'Namn på fotografen eller bildkällan, t.ex. "Foto: Exempelby kommun".', {
    max: 120,
  }),
] as const satisfies readonly Field[];

/**
 * Words residents may search for that the page itself does not use (`graffiti` on a page about
 * klotter). Indexed for search only, as Pagefind metadata: never shown on the page.
 */
export const searchWords = optional.string(
  'searchWords',
  'Sökord',
  'Ord som invånare kan söka på men som inte står i texten, åtskilda med kommatecken, t.ex. "graffiti, tagg". Visas inte på sidan.',
  { max: 300, pattern: [/^[^<>"]*$/, 'write words separated by commas, without <, > or "'] },
);

export const draft = optional.boolean(
  'draft',
  'Utkast',
  'Ett utkast syns ingenstans på webbplatsen, inte heller i sök eller flöden.',
  false,
);

export const lastReviewed = required.date(
  'lastReviewed',
  'Senast granskad',
  'Datum då innehållet senast kontrollerades. Visas längst ned på sidan.',
);
