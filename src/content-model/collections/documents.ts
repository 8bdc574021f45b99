import { DOCUMENT_KINDS } from '../enums.ts';
import { type CollectionDef, optional, required } from '../fields.ts';
import { provenance, searchWords, summary, title } from '../shared-fields.ts';

/** Decided documents: guidelines, plans, lägesbild, agreements, reports, each with its PDF. */
export const documents = {
  name: 'dokument',
  label: 'Dokument',
  labelSingular: 'Dokument',
  hint: 'Styrdokument och rapporter med PDF. Webbplatsen visar filtyp och storlek automatiskt.',
  format: 'md',
  slugFrom: 'title',
  body: { label: 'Beskrivning', hint: 'Vad dokumentet handlar om och vem det är till för.', required: false },
  fields: [
    title,
    summary,
    required.select('kind', 'Dokumenttyp', 'Vilken sorts dokument det är.', DOCUMENT_KINDS),
    optional.date('decided', 'Beslutsdatum', 'Dagen dokumentet beslutades, om den är känd.'),
    optional.string('decidedBy', 'Beslutat av', 'T.ex. "Kommunfullmäktige".', { max: 160 }),
    optional.date('validUntil', 'Gäller till', 'Sista dag dokumentet gäller, om det är bestämt.'),
    required.file('file', 'PDF-fil', 'Ladda upp dokumentet som PDF. Byt fil här för att ersätta den.', ['pdf']),
    optional.text('fileNote', 'Om filen', 'T.ex. att filen är ett exempel som ska ersättas.', { max: 300 }),
    searchWords,
    provenance,
  ],
  checks: [
    {
      path: ['validUntil'],
      message: 'a document cannot stop being valid before it was decided',
      test: (d) => d.validUntil === undefined || d.decided === undefined || String(d.validUntil) >= String(d.decided),
    },
  ],
} satisfies CollectionDef;
