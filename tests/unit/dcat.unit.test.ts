/**
 * The DCAT-AP-SE catalogue generator (pure: settings and datasets in, RDF/XML out), parsed back
 * with an independent RDF/XML parser and held against the cardinalities of Digg's profile
 * (the extract in tests/fixtures, see scripts/dcat-profile.ts).
 */
import { describe, expect, it } from 'vitest';
import { readExtract } from '../../scripts/dcat-profile.ts';
import { CC0_IRI, catalogUrl, dcatCatalog } from '../../src/utils/dcat.ts';
import {
  DATA_LICENSE,
  measureItems,
  promiseDates,
  promiseItems,
  promiseRows,
  winnerDates,
  winnerItems,
} from '../../src/utils/open-data.ts';
import { type BuiltDataset, type CatalogSettings, catalogInput } from '../../src/utils/open-data-files.ts';
import { cardinalityViolations, iriProblems, nodesByClass, objectsOf, parseRdfXml, RDF_TYPE } from '../support/dcat.ts';

const extract = readExtract();
const SITE = 'https://trygg.example.se';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';

const settings: CatalogSettings = {
  municipality: 'Exempelby kommun',
  siteName: 'Trygg i Exempelby',
  siteUrl: SITE,
  contactCentre: { name: 'Kontaktcenter', phone: '0123-45 67 89', email: 'kommun@exempelby.example' },
};

type PromiseEntry = Parameters<typeof promiseItems>[0][number];
const promise = (followUps: { date: string }[], signed?: string): PromiseEntry => ({
  id: 'lofte',
  data: {
    title: 'Löfte',
    summary: 'S',
    startYear: 2025,
    endYear: 2026,
    areas: [{ name: 'Centrum' }],
    parties: [{ name: 'Kommunen' }, { name: 'Polisen' }],
    signed,
    promises: [{ id: 'a', text: 'Belysning' }],
    followUps: followUps.map((f) => ({ date: f.date, text: 'F', statuses: [{ promise: 'a', status: 'pagar' }] })),
  },
});

const meta = (title: string, page: string) => ({
  title,
  publisher: settings.municipality,
  license: DATA_LICENSE,
  page: `${SITE}${page}`,
});

function datasets(options: { followUps?: { date: string }[]; measures?: number; winners?: boolean } = {}) {
  const promises = [promise(options.followUps ?? [{ date: '2025-10-01' }], '2025-01-15')];
  const items = promiseItems(promises, SITE);
  const measures = measureItems(
    Array.from({ length: options.measures ?? 1 }, (_, i) => ({
      id: `m${i}`,
      data: { title: `Åtgärd ${i}`, description: 'D' },
    })),
    SITE,
  );
  const out: BuiltDataset[] = [
    {
      id: 'medborgarloften',
      json: { ...meta('Medborgarlöften', '/medborgarloften/'), items },
      rows: promiseRows(promises, SITE),
      dates: promiseDates(items),
    },
    { id: 'atgarder', json: { ...meta('Åtgärder', '/dokument/'), items: measures }, rows: measures, dates: {} },
  ];
  if (options.winners) {
    const winners = winnerItems([
      { id: 'w1', data: { year: 2023, winner: 'A', citation: 'C', ceremonyDate: '2023-12-01' } },
      { id: 'w2', data: { year: 2024, winner: 'B', citation: 'C', ceremonyDate: '2024-11-20' } },
    ]);
    out.push({
      id: 'fem-i-tolv-priset',
      json: { ...meta('Pristagare', '/fem-i-tolv-priset/'), items: winners },
      rows: winners,
      dates: winnerDates(winners),
    });
  }
  return out;
}

describe('the profile extract', () => {
  it('names its source and licence, and has the mandatory properties the profile gives each class', () => {
    expect(extract.source).toMatchObject({ commit: '6b5124b', license: expect.stringContaining('CC BY 4.0') });
    const mandatory = (c: keyof typeof extract.classes) =>
      extract.classes[c].properties.filter((p) => p.min > 0 && p.when === undefined).map((p) => p.iri);
    // A few the harvesting rules are known to need, so an empty extract cannot pass the checks below.
    expect(mandatory('catalog')).toEqual(
      expect.arrayContaining([
        `${DCT}title`,
        `${DCT}description`,
        `${DCT}publisher`,
        `${DCT}license`,
        `${DCAT}dataset`,
      ]),
    );
    expect(mandatory('distribution')).toEqual(expect.arrayContaining([`${DCAT}accessURL`, `${DCT}format`]));
    expect(mandatory('contactPoint')).toEqual(expect.arrayContaining([`${VCARD}fn`, `${VCARD}hasEmail`]));
  });
});

describe('the DCAT-AP-SE catalogue', () => {
  it('parses as RDF/XML, uses every class of the extract, and meets every cardinality of the profile', async () => {
    const full = { ...settings, openData: { organisationNumber: '212000-0000' } };
    const quads = await parseRdfXml(dcatCatalog(catalogInput(full, datasets({ winners: true }))));
    const nodes = nodesByClass(quads, extract);
    expect(nodes.catalog).toEqual([`${SITE}/datasets/dcat`]);
    expect(nodes.dataset).toHaveLength(3);
    expect(nodes.distribution).toHaveLength(6);
    for (const [name, subjects] of Object.entries(nodes)) expect(subjects.length, name).toBeGreaterThan(0);
    expect(cardinalityViolations(quads, extract)).toEqual([]);
    expect(iriProblems(quads)).toEqual([]);
  });

  it('meets the profile with the least the settings can give: no contact e-mail, no dates', async () => {
    const bare = { ...settings, contactCentre: { name: 'Kontaktcenter', phone: '011-15 00 00' } };
    const quads = await parseRdfXml(dcatCatalog(catalogInput(bare, datasets({ followUps: [] }))));
    expect(nodesByClass(quads, extract).contactPoint).toEqual([]);
    expect(cardinalityViolations(quads, extract)).toEqual([]);
    expect(iriProblems(quads)).toEqual([]);
  });

  it('reports a missing mandatory property (the check can fail)', async () => {
    const quads = await parseRdfXml(dcatCatalog(catalogInput(settings, datasets())));
    const withoutTitle = quads.filter(
      (q) => !(q.predicate.value === `${DCT}title` && q.subject.value.endsWith('#atgarder')),
    );
    expect(cardinalityViolations(withoutTitle, extract)).toEqual([
      `dataset <${SITE}/data/#atgarder>: <${DCT}title> 0, needs at least 1`,
    ]);
  });

  it('describes publisher, contact point, licence, formats, themes and dates', async () => {
    const input = catalogInput(
      { ...settings, openData: { organisationNumber: '2120000000' } },
      datasets({ followUps: [{ date: '2025-10-01' }, { date: '2026-03-01' }] }),
    );
    const quads = await parseRdfXml(dcatCatalog(input));
    const catalog = catalogUrl(SITE);
    const promises = `${SITE}/data/#medborgarloften`;
    expect(objectsOf(quads, catalog, `${DCT}publisher`)).toEqual(['http://dataportal.se/organisation/SE2120000000']);
    expect(objectsOf(quads, catalog, `${DCT}license`)).toEqual([CC0_IRI]);
    expect(objectsOf(quads, promises, `${DCT}title`)).toEqual(['Medborgarlöften']);
    expect(
      quads.find((q) => q.subject.value === promises && q.predicate.value === `${DCT}title`)?.object,
    ).toMatchObject({ language: 'sv' });
    expect(objectsOf(quads, promises, `${DCAT}theme`).sort()).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/GOVE',
      'http://publications.europa.eu/resource/authority/data-theme/JUST',
    ]);
    // Dates from the content: the signing date and the newest follow-up; the catalogue's from its datasets.
    expect(objectsOf(quads, promises, `${DCT}issued`)).toEqual(['2025-01-15']);
    expect(objectsOf(quads, promises, `${DCT}modified`)).toEqual(['2026-03-01']);
    expect(objectsOf(quads, catalog, `${DCT}modified`)).toEqual(['2026-03-01']);
    expect(objectsOf(quads, `${SITE}/data/#atgarder`, `${DCT}modified`)).toEqual([]);
    const json = `${catalog}#medborgarloften-json`;
    expect(objectsOf(quads, json, `${DCT}format`)).toEqual(['application/json']);
    expect(objectsOf(quads, json, `${DCAT}downloadURL`)).toEqual([`${SITE}/data/medborgarloften.json`]);
    expect(objectsOf(quads, `${catalog}#medborgarloften-csv`, `${DCT}format`)).toEqual(['text/csv']);
    const contact = objectsOf(quads, promises, `${DCAT}contactPoint`)[0] as string;
    expect(objectsOf(quads, contact, RDF_TYPE)).toEqual([`${VCARD}Organization`]);
    expect(objectsOf(quads, contact, `${VCARD}fn`)).toEqual(['Kontaktcenter, Exempelby kommun']);
    expect(objectsOf(quads, contact, `${VCARD}hasEmail`)).toEqual(['mailto:kommun@exempelby.example']);
    const phone = objectsOf(quads, contact, `${VCARD}hasTelephone`)[0] as string;
    expect(objectsOf(quads, phone, `${VCARD}hasValue`)).toEqual(['tel:+46123456789']);
  });

  it("uses the settings' own publisher name and contact when given", async () => {
    const input = catalogInput(
      {
        ...settings,
        openData: {
          publisher: 'Exempelby kommun, kommunstyrelsen',
          contact: { name: 'Öppna data', email: 'data@x.example' },
        },
      },
      datasets(),
    );
    expect(input.publisher).toEqual({ name: 'Exempelby kommun, kommunstyrelsen', organisationNumber: undefined });
    expect(input.contactPoint).toEqual({ name: 'Öppna data', email: 'data@x.example' });
  });

  it('is the same for the same content, and changes when a dataset changes', () => {
    const xml = (options: Parameters<typeof datasets>[0]) => dcatCatalog(catalogInput(settings, datasets(options)));
    const before = xml({});
    expect(xml({})).toBe(before);
    const followedUp = xml({ followUps: [{ date: '2025-10-01' }, { date: '2026-05-04' }] });
    expect(followedUp).not.toBe(before);
    expect(followedUp).toContain('2026-05-04');
    // A new measure changes no date (measures have none) but the files' sizes.
    const moreMeasures = xml({ measures: 2 });
    expect(moreMeasures).not.toBe(before);
    const size = (x: string) => x.match(/atgarder-json">[\s\S]*?byteSize[^>]*>(\d+)</)?.[1];
    expect(Number(size(moreMeasures))).toBeGreaterThan(Number(size(before)));
  });

  it('refuses a malformed date or organisation number with the field named', () => {
    const input = catalogInput(settings, datasets());
    const broken = { ...input, datasets: input.datasets.map((d) => ({ ...d, modified: '1 mars 2026' })) };
    expect(() => dcatCatalog(broken)).toThrow(/medborgarloften modified "1 mars 2026"/);
    expect(() => dcatCatalog({ ...input, publisher: { name: 'X', organisationNumber: '12-34' } })).toThrow(
      /organisationsnummer "12-34"/,
    );
  });
});
