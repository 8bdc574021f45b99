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

/**
 * Where the entry's facts come from ("Källa"), as data so it survives a CMS save (Decap drops YAML
 * comments). `text` is shown to residents at the foot of the entry's page; `note` is for editors
 * only (what the source does not say, choices made when writing). Every part is optional, the
 * source text too: Decap requires a required field inside an object even when the object itself
 * is optional (decaporg/decap-cms#2103), which would block saving every new entry.
 */
export const provenance = optional.object(
  'provenance',
  'Källa',
  'Var uppgifterna kommer ifrån. Har posten en egen sida visas källan längst ned på den; anteckningen visas aldrig på webbplatsen.',
  [
    optional.text(
      'text',
      'Var uppgifterna kommer från',
      'Dokument, webbsida eller person som uppgifterna kommer från, t.ex. "Kommunens pressmeddelande 1 december 2023".',
      {
        max: 600,
      },
    ),
    optional.date('date', 'Källans datum', 'Datum då källan publicerades eller hämtades, om det är känt.'),
    optional.text(
      'note',
      'Anteckning',
      'För redaktörer: vad källan inte säger och hur texten har skrivits. Visas inte på webbplatsen.',
      {
        max: 1200,
      },
    ),
  ],
);
