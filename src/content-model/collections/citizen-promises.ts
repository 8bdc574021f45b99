import { PROMISE_STATUSES } from '../enums.ts';
import { type CollectionDef, optional, required } from '../fields.ts';
import { provenance, summary, title } from '../shared-fields.ts';

const year = <const N extends string>(name: N, label: string, hint: string) =>
  required.number(name, label, hint, { min: 2000, max: 2100 });

/** Medborgarlöften: what the municipality and the police promise residents, and how it went. */
export const citizenPromises = {
  name: 'medborgarloften',
  label: 'Medborgarlöften',
  labelSingular: 'Medborgarlöfte',
  hint: 'Kommunens och polisens gemensamma löften, med uppföljning.',
  format: 'md',
  slugFrom: 'title',
  body: { label: 'Bakgrund', hint: 'Hur löftet togs fram och vad det bygger på.', required: false },
  fields: [
    title,
    summary,
    year('startYear', 'Gäller från år', 'Första året löftet gäller.'),
    year('endYear', 'Gäller till och med år', 'Sista året löftet gäller (ofta flera år).'),
    required.list(
      'areas',
      'Områden',
      'Områden löftet gäller, t.ex. en stadsdel eller hela kommunen.',
      [required.string('name', 'Område', 'Namnet på området.', { max: 80 })],
      1,
    ),
    required.list(
      'parties',
      'Parter',
      'Vilka som står bakom löftet.',
      [required.string('name', 'Part', 'T.ex. "Polisen".', { max: 120 })],
      1,
    ),
    optional.date('signed', 'Undertecknat', 'Dagen löftet skrevs under, om den är känd.'),
    optional.text('problem', 'Problembild', 'Vad invånarna upplever som problem och som löftet ska ändra.', {
      max: 2000,
    }),
    required.list(
      'promises',
      'Löften',
      'Varje åtagande för sig.',
      [
        required.string('id', 'Kortnamn', 'Kort ASCII-namn som uppföljningar hänvisar till, t.ex. "est".', {
          pattern: [/^[a-z0-9-]+$/, 'use lower-case ASCII letters, digits and hyphens'],
        }),
        required.text('text', 'Löfte', 'Vad parterna lovar.', { max: 600 }),
        optional.string('responsible', 'Ansvarig', 'Vem som ansvarar för löftet.', { max: 160 }),
        optional.list('activities', 'Aktiviteter', 'Vad som görs för att hålla löftet.', [
          required.string('text', 'Aktivitet', 'En aktivitet.', { max: 300 }),
        ]),
      ],
      1,
    ),
    optional.list('followUps', 'Uppföljningar', 'Hur det går, med datum. Äldre uppföljningar ligger kvar.', [
      required.date('date', 'Datum', 'Dagen uppföljningen gjordes.'),
      required.text('text', 'Sammanfattning', 'Vad uppföljningen visar.', { max: 1200 }),
      optional.list('statuses', 'Status per löfte', 'Läget för varje löfte vid uppföljningen.', [
        required.string('promise', 'Löfte (kortnamn)', 'Kortnamnet på löftet ovan.', { max: 60 }),
        required.select('status', 'Status', 'Läget vid uppföljningen.', PROMISE_STATUSES),
      ]),
      optional.file('report', 'Rapport', 'Uppföljningsrapport som PDF.', ['pdf']),
    ]),
    optional.url('policeUrl', 'Polisens sida', 'Länk till löftet på polisen.se, om den finns.'),
    provenance,
  ],
  checks: [
    {
      path: ['endYear'],
      message: 'the period must not end before it starts',
      test: (d) => Number(d.endYear) >= Number(d.startYear),
    },
    {
      path: ['followUps'],
      message: 'a follow-up names a promise id that is not in "promises"',
      test: (d) => {
        const ids = new Set(((d.promises as { id: string }[] | undefined) ?? []).map((p) => p.id));
        const followUps = (d.followUps as { statuses?: { promise: string }[] }[] | undefined) ?? [];
        return followUps.every((f) => (f.statuses ?? []).every((s) => ids.has(s.promise)));
      },
    },
  ],
} satisfies CollectionDef;
