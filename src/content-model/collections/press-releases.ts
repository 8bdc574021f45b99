import { RESERVED_RELEASE_SLUGS } from '../../lib/urls.ts';
import { PRESS_KINDS } from '../enums.ts';
import { type CollectionDef, optional, required } from '../fields.ts';
import { contacts, draft, imageFields, provenance, summary, title } from '../shared-fields.ts';

/** Press releases and press invitations (`/pressmeddelanden/`). */
export const pressReleases = {
  name: 'pressmeddelanden',
  label: 'Pressmeddelanden',
  labelSingular: 'Pressmeddelande',
  hint: 'Pressmeddelanden och pressinbjudningar. Nyast visas först i pressrummet och i flödena.',
  format: 'md',
  slugFrom: 'title',
  // The press room's list pages (`/pressmeddelanden/sida/2/`, `…/ar/2023/` …) use these URLs.
  reservedSlugs: RESERVED_RELEASE_SLUGS,
  body: { label: 'Brödtext', hint: 'Själva pressmeddelandet. Citat skrivs med talstreck (–).', required: true },
  fields: [
    title,
    summary,
    required.datetime(
      'published',
      'Publiceras',
      'Datum och tid (svensk tid). Ett framtida datum är ett embargo: inget syns förrän då.',
    ),
    required.select('kind', 'Typ', 'Pressinbjudan kräver datum, tid och plats för träffen.', PRESS_KINDS),
    optional.relation('topics', 'Ämnen', 'Ämnen från listan under Inställningar → Pressrum.', 'amnen', true),
    contacts,
    optional.string('sender', 'Avsändare', 'Den som skickar ut meddelandet, t.ex. "Helena Jalkner, pressansvarig".', {
      max: 160,
    }),
    optional.object('invitation', 'Pressinbjudan', 'Fylls i för pressinbjudningar.', [
      optional.datetime('startsAt', 'Datum och tid', 'När träffen börjar (svensk tid).'),
      optional.string('place', 'Plats', 'Adress eller lokal, så att en journalist hittar dit.', { max: 200 }),
      optional.text('participants', 'Medverkande', 'Vilka som deltar, med roll.', { max: 600 }),
    ]),
    optional.list('images', 'Bilder', 'Pressbilder. Alla bilder behöver alternativtext och fotograf.', imageFields),
    optional.list('attachments', 'Bilagor', 'Filer att ladda ned, t.ex. en rapport.', [
      required.string('title', 'Namn', 'Vad filen är, t.ex. "Lägesbild 2023".', { max: 160 }),
      required.file('file', 'Fil', 'PDF eller annan fil.', ['pdf', 'docx', 'xlsx', 'pptx', 'jpg', 'png', 'zip']),
    ]),
    optional.list('corrections', 'Rättelser', 'Ändrades något i efterhand? Skriv vad, så att ändringen syns.', [
      required.date('date', 'Datum', 'Dagen rättelsen gjordes.'),
      required.text('text', 'Rättelse', 'Vad som ändrades.', { max: 600 }),
    ]),
    draft,
    provenance,
  ],
  checks: [
    {
      path: ['invitation', 'startsAt'],
      message: 'a press invitation (kind "pressinbjudan") needs the date and time of the event',
      test: (d) => d.kind !== 'pressinbjudan' || hasValue(d, 'startsAt'),
    },
    {
      path: ['invitation', 'place'],
      message: 'a press invitation (kind "pressinbjudan") needs the place of the event',
      test: (d) => d.kind !== 'pressinbjudan' || hasValue(d, 'place'),
    },
  ],
} satisfies CollectionDef;

function hasValue(data: Record<string, unknown>, key: string): boolean {
  const invitation = data.invitation as Record<string, unknown> | undefined;
  return invitation?.[key] !== undefined;
}
