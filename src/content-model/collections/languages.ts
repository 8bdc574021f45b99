import { optional, required, type SingletonDef } from '../fields.ts';
import { provenance } from '../shared-fields.ts';

/** A piece of fixed interface text, written in the language itself. */
const ui = <const N extends string>(name: N, label: string, hint: string, max = 200) =>
  required.string(name, label, hint || 'Skriv texten på språket, med samma innehåll som på svenska.', { max });

/**
 * The site's other languages and lättläst (easy-to-read Swedish): each one's code (its address
 * `/<code>/`), its name written in itself, its text direction and every fixed text its pages
 * show. The pages themselves are under Översättningar.
 */
export const languageSettings = {
  name: 'sprak',
  label: 'Språk och lättläst',
  hint: 'Lättläst och andra språk: namn, skriftriktning och de fasta texterna (menyer, knappar, formulär) på varje språk.',
  optional: true,
  fields: [
    required.list(
      'languages',
      'Språk',
      'Ett språk per rad. Sidorna på språket läggs till under Översättningar.',
      [
        required.string(
          'code',
          'Kod i adressen',
          'Små bokstäver a–z, t.ex. "en" (adressen blir /en/) eller "lattlast".',
          {
            pattern: [/^[a-z]{2,12}$/, 'use 2–12 lower-case letters a–z'],
          },
        ),
        required.string('lang', 'Språkkod', 'Språkets kod enligt BCP 47, t.ex. "en", "fi", "ar"; "sv" för lättläst.', {
          pattern: [/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'write a language code such as en, fi, ar or sv'],
        }),
        required.string(
          'name',
          'Namn på språket',
          'Skrivet på språket självt, t.ex. "English", "Suomi", "العربية", "Lättläst".',
          {
            max: 40,
          },
        ),
        required.select('dir', 'Skriftriktning', 'Höger till vänster för t.ex. arabiska.', [
          { value: 'ltr', label: 'Vänster till höger' },
          { value: 'rtl', label: 'Höger till vänster' },
        ]),
        required.object('ui', 'Fasta texter', 'Texter som finns på alla sidor på språket. Skriv dem på språket.', [
          ui('homeTitle', 'Startsidans rubrik', 'T.ex. "Information in English".', 80),
          required.text(
            'homeIntro',
            'Startsidans ingress',
            'En eller två meningar om vad sidorna på språket handlar om.',
            {
              max: 300,
            },
          ),
          ui('home', 'Start', 'Länken till språkets startsida i menyn och i "Du är här".', 40),
          ui('skipLink', 'Hoppa till innehållet', 'Den första länken på sidan, för tangentbord och skärmläsare.'),
          ui('menu', 'Meny', 'Knappen som öppnar menyn.', 40),
          ui('mainMenu', 'Huvudmeny', 'Menyns namn för skärmläsare.', 60),
          ui('breadcrumbs', 'Du är här', 'Namnet på länkstigen för skärmläsare.', 60),
          ui('languages', 'Språk', 'Namnet på språkväljaren för skärmläsare, t.ex. "Languages".', 60),
          ui('searchLabel', 'Sök på webbplatsen', 'Etiketten för sökrutan.', 80),
          ui('searchButton', 'Sök', 'Sökknappen.', 40),
          ui('contact', 'Kontakta kommunen', 'Rubrik för kontaktuppgifterna.', 80),
          ui('contactCentre', 'Kontaktcenter', 'Namnet på kommunens kontaktcenter.', 80),
          ui('email', 'E-post', 'Före e-postadressen.', 40),
          ui(
            'socialEmergency',
            'Socialjouren',
            'Socialjouren, med en förklaring, t.ex. "Social services out of hours (socialjouren)".',
          ),
          ui('emergency', 'Akut', 'Rubrik för nödnumren, t.ex. "In an emergency".', 80),
          ui('emergencyText', 'Ring 112', 'Text före 112, t.ex. "Is a crime happening or is someone in danger? Call".'),
          ui(
            'policeText',
            'Polisen, ej akut',
            'Text före 114 14, t.ex. "Report to the police when it is not urgent:".',
          ),
          ui(
            'onThisPage',
            'Hitta på sidan',
            'Rubriken på innehållsförteckningen på långa sidor, t.ex. "On this page".',
            60,
          ),
          ui('pagesHeading', 'Sidor på språket', 'Rubrik för listan med sidor på startsidan.', 80),
          ui(
            'notChecked',
            'Inte granskad',
            'T.ex. "This translation has not yet been checked by the municipality."',
            300,
          ),
          ui('checked', 'Granskad', 'Före namn och datum, t.ex. "Translation checked by".', 80),
          ui(
            'outOfDate',
            'Inaktuell översättning',
            'T.ex. "The Swedish page has changed since this page was translated."',
            300,
          ),
          ui('readSwedish', 'Läs på svenska', 'Länken till den svenska sidan, t.ex. "Read the page in Swedish".', 80),
          ui('searchTitle', 'Sök: rubrik', 'Sökningens rubrik, t.ex. "Search".', 60),
          ui('searchScope', 'Sök: vad som söks', 'T.ex. "The search finds pages in English."', 200),
          ui(
            'searchSwedish',
            'Sök: på svenska',
            'Länk till samma sökning bland de svenska sidorna, t.ex. "Search the Swedish pages".',
            120,
          ),
          ui('searchEmpty', 'Sök: inga ord', 'T.ex. "Write one or more words to search."', 200),
          ui('searchNone', 'Sök: inga träffar', 'T.ex. "No pages in English match your search."', 200),
          ui('searchResults', 'Sök: träffar', 'Före antalet träffar, t.ex. "Pages found:".', 80),
          ui('searchFailed', 'Sök: fungerar inte', 'T.ex. "The search is not working right now."', 200),
          ui(
            'searchNoScript',
            'Sök: utan JavaScript',
            'T.ex. "The search needs JavaScript. All pages in English are listed below."',
            200,
          ),
        ]),
        optional.object(
          'form',
          'Klotterformuläret',
          'Formuläret för att anmäla klotter på språket. Lämna tomt om formuläret inte ska visas på språket.',
          [
            ui('title', 'Rubrik', 'T.ex. "Report graffiti here".', 80),
            ui('optionalNote', 'Frivilliga fält', 'T.ex. "You do not have to fill in fields marked (optional)."'),
            ui('placeLabel', 'Plats: etikett', ''),
            ui('placeHint', 'Plats: hjälptext', ''),
            ui('descriptionLabel', 'Beskrivning: etikett', ''),
            ui('descriptionHint', 'Beskrivning: hjälptext', ''),
            ui('photoLabel', 'Bild: etikett', ''),
            ui('photoHint', 'Bild: hjälptext', 'Skriv {max} där största storleken ska stå.'),
            ui('contactLegend', 'Kontakt: rubrik', 'T.ex. "If you want us to contact you".'),
            ui('nameLabel', 'Namn: etikett', ''),
            ui('nameHint', 'Namn: hjälptext', ''),
            ui('contactLabel', 'Kontaktuppgift: etikett', ''),
            ui('contactHint', 'Kontaktuppgift: hjälptext', ''),
            ui('privacyTitle', 'Personuppgifter: rubrik', ''),
            required.text(
              'privacy',
              'Personuppgifter: text',
              'Vad som händer med uppgifterna. Samma sak som på svenska.',
              {
                max: 1200,
              },
            ),
            ui('submit', 'Skicka-knappen', ''),
            ui('honeypot', 'Fält som inte ska fyllas i', 'Syns inte; läses av skärmläsare om CSS saknas.'),
            ui('errorTitle', 'Fel: rubrik', 'T.ex. "There is a problem".'),
            ui('errorPrefix', 'Fel: före varje fel', 'T.ex. "Error:" (ett mellanslag läggs till efter).', 40),
            ui('placeMissing', 'Fel: plats saknas', ''),
            ui('descriptionMissing', 'Fel: beskrivning saknas', ''),
            ui('notImage', 'Fel: inte en bild', ''),
            ui('photoTooBig', 'Fel: för stor bild', 'Skriv {max} och {size} där storlekarna ska stå.'),
            ui('tooLong', 'Fel: för lång text', 'Skriv {max} och {length} där antalen ska stå.'),
            ui('contactInvalid', 'Fel: fel kontaktuppgift', ''),
            ui('identityNumber', 'Varning: personnummer', '', 300),
            ui('thanksTitle', 'Tack: rubrik', 'Rubriken på sidan efter att anmälan skickats.', 80),
            required.text('thanksText', 'Tack: text', 'Texten på sidan efter att anmälan skickats.', { max: 600 }),
          ],
        ),
      ],
      1,
    ),
    provenance,
  ],
  checks: [
    {
      path: ['languages'],
      message: 'two languages have the same code',
      test: (d) => {
        const codes = ((d.languages as { code?: unknown }[] | undefined) ?? []).map((l) => l.code);
        return new Set(codes).size === codes.length;
      },
    },
  ],
} satisfies SingletonDef;
