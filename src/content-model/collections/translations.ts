import { type CollectionDef, optional, required } from '../fields.ts';
import { provenance, searchWords, summary, title } from '../shared-fields.ts';

/** The pattern of a version code: what `originalVersion` of a Swedish page gives (8 hex digits). */
export const VERSION_CODE = /^[0-9a-f]{8}$/;

/**
 * A page in another language or in lättläst, translated from one Swedish page. Its address is
 * `/<language code>/<the Swedish page's address>/`, so every version of a page is found from the
 * Swedish one. `originalVersion` records which text of the Swedish page was translated: the page
 * says it is out of date when the Swedish page's text has changed since.
 */
export const translations = {
  name: 'oversattningar',
  label: 'Översättningar',
  labelSingular: 'Översättning',
  hint: 'Sidor på lättläst svenska och andra språk. Varje översättning hör till en svensk sida.',
  format: 'mdx',
  slugFrom: 'title',
  // An Arabic or Finnish title makes a poor ASCII file name: `en-anmal-klotter.mdx` tells what it is.
  slugTemplate: '{{language}}-{{original}}',
  body: {
    label: 'Innehåll',
    hint: 'Den översatta texten. Samma fakta som den svenska sidan, inget nytt. Du kan använda samma komponenter.',
    required: true,
  },
  fields: [
    required.relation(
      'language',
      'Språk',
      'Språket sidan är skriven på (från Inställningar → Språk och lättläst).',
      'sprak',
    ),
    required.relation(
      'original',
      'Svensk sida',
      'Sidan som är översatt. Adressen blir /språkkod/sidans-adress/.',
      'sidor',
    ),
    title,
    summary,
    required.string(
      'originalVersion',
      'Översatt från version',
      'Versionskoden för den svenska sidans text när den översattes. Koden står i översikten på /oversattningar/. Ändras den svenska sidan får översättningen en notis om att den är inaktuell.',
      { pattern: [VERSION_CODE, 'copy the 8-character version code from /oversattningar/'] },
    ),
    optional.string(
      'checkedBy',
      'Granskad av',
      'Vem på kommunen som har kontrollerat översättningen (namn eller funktion). Tomt: sidan säger att den inte är granskad.',
      { max: 120 },
    ),
    optional.date('checkedDate', 'Granskad datum', 'Dagen översättningen kontrollerades.'),
    searchWords,
    provenance,
  ],
  checks: [
    {
      path: ['checkedDate'],
      message: 'give both who checked the translation and the date, or neither',
      test: (d) =>
        (d.checkedBy === undefined || d.checkedBy === '') === (d.checkedDate === undefined || d.checkedDate === ''),
    },
  ],
} satisfies CollectionDef;
