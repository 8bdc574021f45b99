/**
 * The catalogue of content that must never be published. Each case breaks one entry in a copy
 * of the real content and must fail validation with an error naming that file and that field.
 * The build runs the same validator first and Astro parses with the same schemas, so each of
 * these also stops `npm run build` (see tests/build/malformed-content.build.test.ts).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatContentError, validateContentDir } from '../../src/content-model/validate.ts';
import { copyContent, editEntry, removeCopy, writeEntry } from '../support/content-copy.ts';

const RELEASE = 'pressmeddelanden/samverkan-for-ett-tryggt-norrkoping.md';
const WARNING = 'varningar/hogt-vattenflode-i-motala-strom.yml';
const DOCUMENT = 'dokument/riktlinje-for-norrkopings-brottsforebyggande-rad.md';
const PAGE = 'sidor/est.mdx';
const PROMISE = 'medborgarloften/medborgarlofte-2023-2024.md';
const CONTACT = 'kontakter/anna-selander.yml';
const MEASURE = 'atgarder/belysningsstrategi.yml';
const SITE = 'installningar/webbplats.yml';
const AWARD = 'installningar/fem-i-tolv-priset.yml';

interface Case {
  name: string;
  file: string;
  /** Breaks the copy. */
  breakIt: (dir: string) => void;
  /** Field path the error must name ('' = the file itself). */
  field: string;
  message: RegExp;
}

const ACCESSIBILITY = 'installningar/tillganglighet.yml';

/** Replaces one line of a file as written, so the YAML is exactly what an editor typed (no re-dump). */
function replaceLine(dir: string, file: string, from: RegExp, to: string): void {
  const full = path.join(dir, file);
  const source = readFileSync(full, 'utf8');
  if (!from.test(source)) throw new Error(`${file} has no line matching ${from}`);
  writeFileSync(full, source.replace(from, to));
}

const image = { src: '/filer/riktlinje-for-norrkopings-brottsforebyggande-rad.pdf', alt: 'x', credit: 'y' };

const CATALOGUE: Case[] = [
  {
    name: 'press release without a title',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Reflect.deleteProperty(x, 'title')),
    field: 'title',
    message: /expected text|required/i,
  },
  {
    name: 'press release with an empty title',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { title: '   ' })),
    field: 'title',
    message: /must not be empty/,
  },
  {
    name: 'impossible publish date (30 February)',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { published: '2023-02-30T10:00' })),
    field: 'published',
    message: /not a real date/,
  },
  {
    name: 'unknown kind',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { kind: 'nyhet' })),
    field: 'kind',
    message: /pressmeddelande, pressinbjudan/,
  },
  {
    name: 'summary over its limit',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { summary: 'Trygghet. '.repeat(40) })),
    field: 'summary',
    message: /at most 300 characters/,
  },
  {
    name: 'image without alt text',
    file: RELEASE,
    breakIt: (d) =>
      editEntry(d, RELEASE, (x) =>
        Object.assign(x, { images: [{ src: '/filer/bild.jpg', alt: '', credit: 'Foto: X' }] }),
      ),
    field: 'images.0.alt',
    message: /must not be empty/,
  },
  {
    name: 'image without photographer credit',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { images: [{ ...image, credit: undefined }] })),
    field: 'images.0.credit',
    message: /expected text/,
  },
  {
    name: 'reference to a contact that does not exist',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { contacts: ['anna-selander', 'kalle-anka'] })),
    field: 'contacts.1',
    message: /"kalle-anka" does not exist in kontakter/,
  },
  {
    name: 'topic that is not in the press settings',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { topics: ['trygghet', 'sport'] })),
    field: 'topics.1',
    message: /"sport" does not exist in amnen/,
  },
  {
    name: 'press invitation without a place',
    file: RELEASE,
    breakIt: (d) =>
      editEntry(d, RELEASE, (x) => {
        x.kind = 'pressinbjudan';
        x.invitation = { startsAt: '2023-12-05T10:00' };
      }),
    field: 'invitation.place',
    message: /needs the place/,
  },
  {
    name: 'misspelt field name',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, (x) => Object.assign(x, { titel: 'Fel' })),
    field: '',
    message: /unknown field\(s\): titel/,
  },
  {
    name: 'press release without body text',
    file: RELEASE,
    breakIt: (d) => editEntry(d, RELEASE, () => undefined, '\n'),
    field: 'body',
    message: /must not be empty/,
  },
  {
    name: 'warning that ends before it starts',
    file: WARNING,
    breakIt: (d) =>
      editEntry(d, WARNING, (x) => {
        x.startsAt = '2024-01-10T12:00';
        x.endsAt = '2024-01-10T11:00';
      }),
    field: 'endsAt',
    message: /cannot end before it starts/,
  },
  {
    name: 'unknown warning level',
    file: WARNING,
    breakIt: (d) => editEntry(d, WARNING, (x) => Object.assign(x, { level: 'lila' })),
    field: 'level',
    message: /info, gul, orange, rod/,
  },
  {
    name: 'javascript: link in a warning',
    file: WARNING,
    breakIt: (d) =>
      editEntry(d, WARNING, (x) => {
        x.link = 'javascript:alert(1)';
        x.linkText = 'Mer';
      }),
    field: 'link',
    message: /other schemes are refused/,
  },
  {
    name: 'document whose PDF is missing',
    file: DOCUMENT,
    breakIt: (d) => editEntry(d, DOCUMENT, (x) => Object.assign(x, { file: '/filer/finns-inte.pdf' })),
    field: 'file',
    message: /file not found: \/filer\/finns-inte\.pdf/,
  },
  {
    name: 'document that is not a PDF',
    file: DOCUMENT,
    breakIt: (d) => editEntry(d, DOCUMENT, (x) => Object.assign(x, { file: '/filer/riktlinje.docx' })),
    field: 'file',
    message: /expected a file of type pdf/,
  },
  {
    name: 'document valid until before it was decided',
    file: DOCUMENT,
    breakIt: (d) =>
      editEntry(d, DOCUMENT, (x) => {
        x.decided = '2024-05-01';
        x.validUntil = '2023-05-01';
      }),
    field: 'validUntil',
    message: /before it was decided/,
  },
  {
    name: 'page in an unknown section',
    file: PAGE,
    breakIt: (d) => editEntry(d, PAGE, (x) => Object.assign(x, { section: 'sport' })),
    field: 'section',
    message: /expected one of/,
  },
  {
    name: 'page without a review date',
    file: PAGE,
    breakIt: (d) => editEntry(d, PAGE, (x) => Reflect.deleteProperty(x, 'lastReviewed')),
    field: 'lastReviewed',
    message: /expected a date/,
  },
  {
    name: 'promise period that ends before it starts',
    file: PROMISE,
    breakIt: (d) => editEntry(d, PROMISE, (x) => Object.assign(x, { endYear: 2022 })),
    field: 'endYear',
    message: /must not end before it starts/,
  },
  {
    name: 'follow-up of a promise that does not exist',
    file: PROMISE,
    breakIt: (d) =>
      editEntry(d, PROMISE, (x) =>
        Object.assign(x, {
          followUps: [{ date: '2024-06-01', text: 'Läget.', statuses: [{ promise: 'okand', status: 'pagar' }] }],
        }),
      ),
    field: 'followUps',
    message: /promise id that is not in "promises"/,
  },
  {
    name: 'contact with an invalid e-mail address',
    file: CONTACT,
    breakIt: (d) => editEntry(d, CONTACT, (x) => Object.assign(x, { email: 'anna.selander(at)kommun' })),
    field: 'email',
    message: /e-mail/,
  },
  {
    name: 'contact with letters in the phone number',
    file: CONTACT,
    breakIt: (d) => editEntry(d, CONTACT, (x) => Object.assign(x, { phone: 'ring växeln' })),
    field: 'phone',
    message: /phone number/,
  },
  {
    name: 'measure with an unknown status',
    file: MEASURE,
    breakIt: (d) => editEntry(d, MEASURE, (x) => Object.assign(x, { status: 'klar' })),
    field: 'status',
    message: /planerad, pagar, genomford/,
  },
  {
    name: 'settings without the contact centre phone number',
    file: SITE,
    breakIt: (d) => editEntry(d, SITE, (x) => Reflect.deleteProperty(x.contactCentre as object, 'phone')),
    field: 'contactCentre.phone',
    message: /phone number/,
  },
  {
    name: 'start-page task pointing at a page that does not exist',
    file: SITE,
    breakIt: (d) =>
      editEntry(d, SITE, (x) =>
        Object.assign(x, { tasks: [{ label: 'Anmäl klotter', text: 'Så anmäler du klotter.', page: 'finns-inte' }] }),
      ),
    field: 'tasks.0.page',
    message: /"finns-inte" does not exist in sidor/,
  },
  {
    name: 'award nomination window that closes before it opens',
    file: AWARD,
    breakIt: (d) =>
      editEntry(d, AWARD, (x) => Object.assign(x, { nominationOpens: '2026-03-01', nominationCloses: '2026-02-01' })),
    field: 'nominationCloses',
    message: /cannot close before they open/,
  },
  {
    name: 'award nomination window with an opening day but no closing day',
    file: AWARD,
    breakIt: (d) => editEntry(d, AWARD, (x) => Object.assign(x, { nominationOpens: '2026-03-01' })),
    field: 'nominationCloses',
    message: /both the day nominations open and the day they close/,
  },
  {
    name: 'settings without the site settings file (only the award settings may be left out)',
    file: SITE,
    breakIt: (d) => renameSync(path.join(d, SITE), path.join(d, 'installningar/webbplats.yml.bak')),
    field: '',
    message: /settings file is missing/,
  },
  {
    name: 'file name with å/ä/ö',
    file: 'sidor/tryggare-gå.mdx',
    breakIt: (d) => renameSync(path.join(d, PAGE), path.join(d, 'sidor/tryggare-gå.mdx')),
    field: '',
    message: /lower-case ASCII/,
  },
  {
    name: 'press release whose file name is a press-room list URL (sida)',
    file: 'pressmeddelanden/sida.md',
    breakIt: (d) => renameSync(path.join(d, RELEASE), path.join(d, 'pressmeddelanden/sida.md')),
    field: '',
    message: /taken by a page of the site/,
  },
  {
    name: 'YAML that does not parse',
    file: 'kontakter/trasig.yml',
    breakIt: (d) => writeEntry(d, 'kontakter/trasig.yml', 'name: "Oavslutad\nrole: [\n'),
    field: '',
    message: /cannot be read/,
  },
  {
    name: 'impossible date written without quotes (YAML 1.1 would roll it over into 2024)',
    file: RELEASE,
    breakIt: (d) => replaceLine(d, RELEASE, /^published: .*$/m, 'published: 2023-13-45'),
    field: 'published',
    message: /not a real date: "2023-13-45" \(expected YYYY-MM-DDTHH:mm/,
  },
  {
    name: 'date-time with a time zone (the site shows Swedish time as written)',
    file: RELEASE,
    breakIt: (d) => replaceLine(d, RELEASE, /^published: .*$/m, 'published: 2023-12-01T09:30:00Z'),
    field: 'published',
    message: /has a time zone; write Swedish time without one/,
  },
  {
    name: 'date-time with seconds the site would not show',
    file: WARNING,
    breakIt: (d) => replaceLine(d, WARNING, /^startsAt: .*$/m, 'startsAt: 2026-11-22 08:15:30'),
    field: 'startsAt',
    message: /has seconds/,
  },
  {
    name: 'a time the clocks skip when summer time starts',
    file: WARNING,
    breakIt: (d) => replaceLine(d, WARNING, /^startsAt: .*$/m, 'startsAt: 2024-03-31T02:30'),
    field: 'startsAt',
    message: /does not exist in Swedish time/,
  },
  {
    name: 'date field with a time (settings too)',
    file: ACCESSIBILITY,
    breakIt: (d) => replaceLine(d, ACCESSIBILITY, /^assessed: .*$/m, 'assessed: 2026-11-22T10:00'),
    field: 'assessed',
    message: /expected a date written YYYY-MM-DD/,
  },
  {
    name: 'date in the wrong order (Swedish style 22/11/2026)',
    file: ACCESSIBILITY,
    breakIt: (d) => replaceLine(d, ACCESSIBILITY, /^statementUpdated: .*$/m, 'statementUpdated: 22/11/2026'),
    field: 'statementUpdated',
    message: /expected a date written YYYY-MM-DD/,
  },
  {
    name: 'a field written twice',
    file: CONTACT,
    breakIt: (d) => writeEntry(d, CONTACT, `${readFileSync(path.join(d, CONTACT), 'utf8')}name: Någon annan\n`),
    field: 'name',
    message: /the field "name" is written twice/,
  },
  {
    name: 'YAML anchors and aliases',
    file: MEASURE,
    breakIt: (d) => replaceLine(d, MEASURE, /^title: (.*)$/m, 'title: &t $1\nowner: *t'),
    field: '',
    message: /anchors \(&t\) are not allowed/,
  },
  {
    name: 'tabs as indentation',
    file: SITE,
    breakIt: (d) => replaceLine(d, SITE, /^ {2}phone:/m, '\tphone:'),
    field: '',
    message: /tabs are not allowed for indentation/,
  },
  {
    name: 'a NUL character in a title',
    file: RELEASE,
    breakIt: (d) => replaceLine(d, RELEASE, /^title: .*$/m, 'title: "Samverkan\\0 för ett tryggt Norrköping"'),
    field: 'title',
    message: /invisible control character \(U\+0000\)/,
  },
  {
    name: 'a number where text is expected, unquoted',
    file: MEASURE,
    breakIt: (d) => replaceLine(d, MEASURE, /^title: .*$/m, 'title: 2024'),
    field: 'title',
    message: /put 2024 in quotes/,
  },
  {
    name: 'source ("Källa") with an impossible date',
    file: PAGE,
    breakIt: (d) =>
      editEntry(d, PAGE, (x) => Object.assign(x, { provenance: { text: 'Kommunens webbsida', date: '2023-02-30' } })),
    field: 'provenance.date',
    message: /not a real date/,
  },
  {
    name: 'source ("Källa") written as plain text instead of its fields',
    file: MEASURE,
    breakIt: (d) => editEntry(d, MEASURE, (x) => Object.assign(x, { provenance: 'Färre brott, ökad trygghet' })),
    field: 'provenance',
    message: /expected a set of fields/,
  },
  {
    name: 'source ("Källa") with a misspelt field',
    file: SITE,
    breakIt: (d) => editEntry(d, SITE, (x) => Object.assign(x, { provenance: { text: 'x', notes: 'y' } })),
    field: 'provenance',
    message: /unknown field\(s\): notes/,
  },
  {
    name: 'raw HTML in a Markdown body, which the sanitiser would remove (refused with its line)',
    file: 'pressmeddelanden/inbaddad-video.md',
    breakIt: (d) =>
      writeEntry(
        d,
        'pressmeddelanden/inbaddad-video.md',
        [
          '---',
          'title: Inbäddad video',
          'summary: En film från träffen.',
          "published: '2024-01-01T10:00'",
          'kind: pressmeddelande',
          '---',
          '',
          'Se filmen från träffen.',
          '',
          '<iframe src="https://video.example/embed/1"></iframe>',
          '',
        ].join('\n'),
      ),
    field: 'body',
    message: /raw HTML <iframe> would be removed from the published page \(line 10 of the file\)/,
  },
  {
    name: 'a javascript: link in a Markdown body, whose address the sanitiser would remove',
    file: DOCUMENT,
    breakIt: (d) => editEntry(d, DOCUMENT, () => undefined, '\nLäs [riktlinjen](javascript:alert(1)).\n'),
    field: 'body',
    message: /<a href> would be removed from the published page \(line \d+ of the file\)/,
  },
  {
    name: 'an HTML comment in a Markdown body, which would vanish from the page',
    file: PROMISE,
    breakIt: (d) => editEntry(d, PROMISE, () => undefined, '\nText.\n\n<!-- kolla datumet med polisen -->\n'),
    field: 'body',
    message: /an HTML comment would be removed/,
  },
];

describe('malformed content fails validation, naming the file and the field', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyContent();
  });
  afterEach(() => removeCopy(dir));

  it('the real content is valid (so every failure below comes from its own break)', () => {
    expect(validateContentDir(dir, dir).map(formatContentError)).toEqual([]);
  });

  it.each(CATALOGUE.map((c) => [c.name, c] as const))('%s', (_, c) => {
    c.breakIt(dir);
    const errors = validateContentDir(dir, dir);
    const match = errors.find((e) => e.file === c.file && e.field === c.field);
    expect(
      match,
      `expected an error on ${c.file} field "${c.field}", got:\n${errors.map(formatContentError).join('\n')}`,
    ).toBeDefined();
    expect(match?.message).toMatch(c.message);
    // The printed line names the file and the field, with its Swedish label when it has one.
    const line = formatContentError(match as NonNullable<typeof match>);
    expect(line).toContain(c.file);
    if (c.field !== '') expect(line).toContain(`"${c.field}"`);
  });

  it('has at least 15 cases', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(15);
  });
});

describe('what Decap writes is accepted', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyContent();
  });
  afterEach(() => removeCopy(dir));

  it('optional fields cleared in the CMS are saved as "" and accepted', () => {
    editEntry(dir, RELEASE, (x) => {
      x.sender = '';
      x.invitation = { startsAt: '', place: '', participants: '' };
      x.images = [];
      x.attachments = [];
      x.corrections = [];
      x.draft = false;
    });
    editEntry(dir, WARNING, (x) => {
      x.endsAt = '';
      x.link = '';
      x.linkText = '';
    });
    editEntry(dir, DOCUMENT, (x) => {
      x.decided = '';
      x.decidedBy = '';
      x.validUntil = '';
    });
    editEntry(dir, CONTACT, (x) => {
      x.email = '';
      x.unit = '';
    });
    editEntry(dir, MEASURE, (x) => {
      x.owner = '';
      x.status = '';
    });
    editEntry(dir, PROMISE, (x) => {
      x.provenance = { text: '', date: '', note: '' };
    });
    expect(validateContentDir(dir, dir).map(formatContentError)).toEqual([]);
  });

  it('date-times in the forms Decap and editors write are accepted', () => {
    for (const published of ['2023-12-01T09:30', '2023-12-01 09:30', '2023-12-01 09:30:00', '2023-12-01']) {
      editEntry(dir, RELEASE, (x) => Object.assign(x, { published }));
      expect(validateContentDir(dir, dir).map(formatContentError), published).toEqual([]);
    }
  });
});
