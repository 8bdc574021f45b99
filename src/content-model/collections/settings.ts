import { ACCESSIBILITY_STATUSES } from '../enums.ts';
import { optional, required, type SingletonDef } from '../fields.ts';
import { provenance } from '../shared-fields.ts';

/** The municipality's identity and the numbers every page may show. */
export const siteSettings = {
  name: 'webbplats',
  label: 'Webbplats och kontaktvägar',
  hint: 'Kommunens namn, webbplatsens namn och de telefonnummer som visas på många sidor.',
  fields: [
    required.string('municipality', 'Kommunens namn', 'T.ex. "Exempelby kommun".', { max: 80 }),
    required.string('siteName', 'Webbplatsens namn', 'Visas i sidhuvudet och i fliken.', { max: 80 }),
    required.text('description', 'Beskrivning', 'En mening om webbplatsen, för sökmotorer och delning.', { max: 200 }),
    required.url('siteUrl', 'Webbadress', 'Webbplatsens adress, t.ex. "https://trygg.example.se".'),
    required.object('contactCentre', 'Kontaktcenter', 'Kommunens växel eller kontaktcenter.', [
      required.string('name', 'Namn', 'T.ex. "Kontaktcenter".', { max: 80 }),
      required.phone('phone', 'Telefon', 'Nummer med riktnummer.'),
      optional.string('hours', 'Öppettider', 'T.ex. "kontorstid".', { max: 120 }),
      optional.email('email', 'E-post', 'Kommunens allmänna e-postadress.'),
    ]),
    optional.object(
      'socialEmergency',
      'Socialjouren',
      'Dit man ringer om man är orolig för någon utanför kontorstid. Lämna tomt om numret inte ska visas.',
      [
        required.phone('phone', 'Telefon', 'Socialjourens nummer.'),
        optional.string('hours', 'När', 'T.ex. "efter kontorstid".', { max: 120 }),
      ],
    ),
    required.object('police', 'Polisen', 'Nationella nummer.', [
      required.phone('nonEmergency', 'Polisen, ej akut', 'Normalt 114 14.'),
      required.phone('emergency', 'Nödnummer', 'Normalt 112.'),
    ]),
    optional.object(
      'openData',
      'Öppna data på dataportal.se',
      'Utgivare och kontakt i katalogen över öppna data (/datasets/dcat) som Sveriges dataportal hämtar. Lämna tomt för att använda kommunens namn och kontaktcentret.',
      [
        optional.string('publisher', 'Utgivare', 'Organisationens namn på dataportal.se. Tomt: kommunens namn.', {
          max: 120,
        }),
        optional.string(
          'organisationNumber',
          'Organisationsnummer',
          'Kommunens organisationsnummer, t.ex. "212000-0000". Gör att dataportal.se känner igen kommunen. Lämna tomt om det inte är känt.',
          { pattern: [/^\d{6}-?\d{4}$/, 'write the ten digits of the organisation number, e.g. 212000-0000'] },
        ),
        optional.object(
          'contact',
          'Kontakt för datamängderna',
          'Vart man vänder sig med frågor om datamängderna. Tomt: kontaktcentret, om det har en e-postadress (dataportalen kräver e-post).',
          [
            required.string('name', 'Namn', 'T.ex. "Kontaktcenter" eller en funktion, inte en person.', { max: 120 }),
            required.email('email', 'E-post', 'Adressen frågor om datamängderna skickas till.'),
            optional.phone('phone', 'Telefon', 'Nummer med riktnummer.'),
          ],
        ),
      ],
    ),
    optional.text('footerText', 'Text i sidfoten', 'Kort text om vem som står bakom webbplatsen.', { max: 300 }),
    optional.list(
      'tasks',
      'Vad vill du göra?',
      'Genvägarna på startsidan, i den ordning de ska visas. Varje genväg leder till en sida.',
      [
        required.string('label', 'Rubrik', 'Kort, som en uppmaning, t.ex. "Anmäl klotter".', { max: 60 }),
        required.string('text', 'Text', 'En rad om vad sidan hjälper till med. Stämmer den med sidan?', { max: 120 }),
        required.relation('page', 'Sida', 'Sidan genvägen leder till.', 'sidor'),
      ],
    ),
    provenance,
  ],
} satisfies SingletonDef;

/** The press room's boilerplate and topic list. */
export const pressSettings = {
  name: 'pressrum',
  label: 'Pressrum',
  hint: 'Text om kommunen som visas i pressrummet och under pressmeddelanden, och listan med ämnen.',
  fields: [
    required.text('boilerplate', 'Om kommunen', 'Standardtext om kommunen för journalister.', { max: 1200 }),
    required.list(
      'topics',
      'Ämnen',
      'Ämnen pressmeddelanden kan märkas med.',
      [
        required.string('id', 'Kortnamn', 'ASCII, t.ex. "trygghet".', {
          pattern: [/^[a-z0-9-]+$/, 'use lower-case ASCII letters, digits and hyphens'],
        }),
        required.string('label', 'Namn', 'Som det visas, t.ex. "Trygghet".', { max: 60 }),
      ],
      1,
    ),
    provenance,
  ],
} satisfies SingletonDef;

/** The municipality's award: what it is for and when nominations are open. */
export const awardSettings = {
  name: 'fem-i-tolv-priset',
  label: 'Fem i tolv-priset',
  hint: 'Om priset och när nominering är öppen. Pristagarna läggs till under Pristagare.',
  optional: true,
  fields: [
    required.string('name', 'Prisets namn', 'T.ex. "Fem i tolv-priset".', { max: 80 }),
    required.text('purpose', 'Syfte', 'Vad priset delas ut för.', { max: 800 }),
    required.string('chosenBy', 'Vem utser pristagaren', 'T.ex. rådets namn.', { max: 200 }),
    optional.text('whoMayNominate', 'Vem får nominera', 'Lämna tomt om det inte är bestämt.', { max: 600 }),
    optional.date('nominationOpens', 'Nominering öppnar', 'Första dag nomineringar tas emot.'),
    optional.date('nominationCloses', 'Nominering stänger', 'Sista dag nomineringar tas emot.'),
    provenance,
  ],
  checks: [
    {
      path: ['nominationCloses'],
      message: 'give both the day nominations open and the day they close, or neither',
      test: (d) => (d.nominationOpens === undefined) === (d.nominationCloses === undefined),
    },
    {
      path: ['nominationCloses'],
      message: 'nominations cannot close before they open',
      test: (d) =>
        d.nominationOpens === undefined ||
        d.nominationCloses === undefined ||
        String(d.nominationCloses) >= String(d.nominationOpens),
    },
  ],
} satisfies SingletonDef;

/** Search synonyms: words residents use, and the words the site uses for the same thing. */
export const searchSettings = {
  name: 'sok',
  label: 'Sök',
  hint: 'Synonymer för sökningen: ord som invånare söker på och det ord webbplatsen använder för samma sak.',
  optional: true,
  fields: [
    optional.list(
      'synonyms',
      'Synonymer',
      'Varje rad: ett ord invånare söker på och vad webbplatsen kallar det. Sidor med det ordet hittas då också.',
      [
        required.string('word', 'Sökord', 'Det invånare skriver, t.ex. "graffiti" eller "BRÅ".', {
          max: 60,
          pattern: [/^[^<>",]+$/, 'one word or phrase, without commas, <, > or "'],
        }),
        required.string('means', 'Betyder', 'Ordet eller uttrycket på webbplatsen, t.ex. "klotter".', {
          max: 80,
          pattern: [/^[^<>",]+$/, 'one word or phrase, without commas, <, > or "'],
        }),
      ],
    ),
    provenance,
  ],
} satisfies SingletonDef;

/** The accessibility statement's data, with the fields Digg requires. */
export const accessibilitySettings = {
  name: 'tillganglighet',
  label: 'Tillgänglighetsredogörelse',
  hint: 'Uppgifterna i tillgänglighetsredogörelsen som lagen (2018:1937) kräver.',
  fields: [
    required.select('status', 'Förenlighet', 'Hur väl webbplatsen uppfyller kraven.', ACCESSIBILITY_STATUSES),
    optional.list('knownProblems', 'Kända brister', 'Brister och varför de finns.', [
      required.text('problem', 'Brist', 'Vad som inte fungerar.', { max: 600 }),
      required.text('reason', 'Orsak', 'Varför, och när det åtgärdas.', { max: 600 }),
      optional.string('criterion', 'Kriterium', 'Det WCAG-kriterium som inte uppfylls, t.ex. "WCAG 2.1, 1.4.3".', {
        max: 120,
      }),
    ]),
    optional.text(
      'disproportionateBurden',
      'Oskälig börda',
      'Innehåll som inte görs tillgängligt för att det vore en oskälig börda, och varför. Lämna tomt om det inte finns.',
      { max: 1200 },
    ),
    optional.text(
      'notCovered',
      'Innehåll som inte omfattas av lagen',
      'T.ex. filer publicerade före 23 september 2018. Lämna tomt om det inte finns.',
      { max: 1200 },
    ),
    required.date('assessed', 'Bedömningsdatum', 'Dagen webbplatsen senast granskades.'),
    required.text('method', 'Metod', 'Hur webbplatsen granskades.', { max: 800 }),
    required.date('statementUpdated', 'Redogörelsen uppdaterad', 'Dagen redogörelsen senast uppdaterades.'),
    optional.email('feedbackEmail', 'E-post för synpunkter', 'Dit man skriver om något inte är tillgängligt.'),
    optional.phone('feedbackPhone', 'Telefon för synpunkter', 'Dit man ringer om något inte är tillgängligt.'),
    provenance,
  ],
} satisfies SingletonDef;
