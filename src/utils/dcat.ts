/**
 * The open-data catalogue in DCAT-AP-SE 3.0.1 (RDF/XML), the format Sveriges dataportal
 * (dataportal.se) harvests. Pure: the site's settings and the datasets in, RDF/XML out; the
 * endpoint `src/pages/datasets/dcat.ts` feeds it the same built datasets that write `/data/`.
 *
 * The graph is built and serialised with rdflib. Every node the portal identifies (catalogue,
 * datasets, distributions, publisher, contact point) has an absolute IRI; there are no blank nodes
 * at all (the portal refuses them for those classes, and rdflib's RDF/XML writer nests blank nodes
 * wrongly). IRIs:
 *   catalogue        <site>/datasets/dcat                 (the harvested document itself)
 *   dataset          <site>/data/#<id>                    (its entry on the /data/ page)
 *   distribution     <site>/datasets/dcat#<id>-json|-csv
 *   publisher        http://dataportal.se/organisation/SE<organisationsnummer> when the settings
 *                    give one (Digg's recommended identifier), else <site>/datasets/dcat#utgivare
 *   contact point    <site>/datasets/dcat#kontaktpunkt (+ #kontaktpunkt-telefon)
 */
import * as $rdf from 'rdflib';
import { telHref } from '../lib/tel-href.ts';
import { DCAT_PATH, OPEN_DATA_PATH } from '../lib/urls.ts';

const ns = {
  rdf: $rdf.Namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#'),
  dct: $rdf.Namespace('http://purl.org/dc/terms/'),
  dcat: $rdf.Namespace('http://www.w3.org/ns/dcat#'),
  foaf: $rdf.Namespace('http://xmlns.com/foaf/0.1/'),
  vcard: $rdf.Namespace('http://www.w3.org/2006/vcard/ns#'),
  xsd: $rdf.Namespace('http://www.w3.org/2001/XMLSchema#'),
};

/** The canonical CC0 1.0 IRI (http, trailing slash: the form Digg's profile fixes for the catalogue). */
export const CC0_IRI = 'http://creativecommons.org/publicdomain/zero/1.0/';
const EU = 'http://publications.europa.eu/resource/authority/';
const SWEDISH = `${EU}language/SWE`;
const PUBLIC_ACCESS = `${EU}access-right/PUBLIC`;
const DATA_THEMES = `${EU}data-theme`;
/** ADMS publisher type: a municipality is a local authority. */
const LOCAL_AUTHORITY = 'http://purl.org/adms/publishertype/LocalAuthority';

/** EU data themes (the profile's dcat:theme choices) the site's datasets fall under. */
export type DataTheme = 'JUST' | 'GOVE' | 'SOCI';

/** The two file formats: the profile's dcterms:format literal and the IANA media type. */
export const FILE_FORMATS = {
  json: { mediaType: 'application/json', label: 'JSON' },
  csv: { mediaType: 'text/csv', label: 'CSV' },
} as const;

export type FileFormat = keyof typeof FILE_FORMATS;

export interface CatalogDataset {
  id: string;
  title: string;
  /** The title without the municipality's name, for the catalogue's description. */
  shortTitle: string;
  description: string;
  keywords: readonly string[];
  themes: readonly DataTheme[];
  /** Absolute URL of the site page that shows the data. */
  page: string;
  /** `YYYY-MM-DD`, from the content; left out when the content states no date. */
  issued?: string | undefined;
  modified?: string | undefined;
  /** The years the data covers (`YYYY`). */
  temporal?: { start: string; end: string } | undefined;
  files: readonly { format: FileFormat; url: string; byteSize: number }[];
}

export interface CatalogInput {
  siteUrl: string;
  siteName: string;
  publisher: { name: string; organisationNumber?: string | undefined };
  /** Omitted when the settings give no e-mail address: DCAT-AP-SE requires one for a contact point. */
  contactPoint?: { name: string; email: string; phone?: string | undefined } | undefined;
  datasets: readonly CatalogDataset[];
}

/** The catalogue's address, where the portal harvests it. */
export const catalogUrl = (siteUrl: string): string => new URL(DCAT_PATH, siteUrl).href;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new Error(`DCAT catalogue: ${what} "${value}" is not in the expected form`);
  return value;
}

const newest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => d !== undefined).sort((a, b) => b.localeCompare(a))[0];
const oldest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => d !== undefined).sort((a, b) => a.localeCompare(b))[0];

/** The catalogue as RDF/XML. */
export function dcatCatalog(input: CatalogInput): string {
  const g = $rdf.graph();
  const sym = (iri: string) => $rdf.sym(iri);
  const sv = (text: string) => $rdf.lit(text, 'sv');
  const date = (d: string, what: string) => $rdf.lit(checked(d, DATE, what), undefined, ns.xsd('date'));
  const year = (y: string, what: string) => $rdf.lit(checked(y, YEAR, what), undefined, ns.xsd('gYear'));
  const { rdf, dct, dcat, foaf, vcard } = ns;

  for (const d of input.datasets) {
    if (d.issued !== undefined) checked(d.issued, DATE, `${d.id} issued`);
    if (d.modified !== undefined) checked(d.modified, DATE, `${d.id} modified`);
  }

  const catalogIri = catalogUrl(input.siteUrl);
  const local = (fragment: string) => sym(`${catalogIri}#${fragment}`);
  const catalog = sym(catalogIri);

  const orgnr = input.publisher.organisationNumber;
  const publisher =
    orgnr === undefined
      ? local('utgivare')
      : sym(`http://dataportal.se/organisation/SE${checked(orgnr, /^\d{10}$/, 'organisationsnummer')}`);
  g.add(publisher, rdf('type'), foaf('Organization'));
  g.add(publisher, foaf('name'), sv(input.publisher.name));
  g.add(publisher, dct('type'), sym(LOCAL_AUTHORITY));
  if (orgnr !== undefined) g.add(publisher, dct('identifier'), $rdf.lit(orgnr));

  let contact: $rdf.NamedNode | undefined;
  if (input.contactPoint) {
    const c = input.contactPoint;
    contact = local('kontaktpunkt');
    g.add(contact, rdf('type'), vcard('Organization'));
    g.add(contact, vcard('fn'), $rdf.lit(c.name));
    g.add(contact, vcard('hasEmail'), sym(`mailto:${c.email}`));
    if (c.phone) {
      const phone = local('kontaktpunkt-telefon');
      g.add(contact, vcard('hasTelephone'), phone);
      g.add(phone, rdf('type'), vcard('Voice'));
      g.add(phone, vcard('hasValue'), sym(telHref(c.phone)));
    }
  }

  g.add(catalog, rdf('type'), dcat('Catalog'));
  g.add(catalog, dct('title'), sv(`Öppna data från ${input.siteName}`));
  g.add(
    catalog,
    dct('description'),
    sv(
      `Öppna data som ${input.publisher.name} ger ut på webbplatsen ${input.siteName}: ` +
        `${input.datasets.map((d) => d.shortTitle.toLowerCase()).join(', ')}. Fria att använda (CC0 1.0).`,
    ),
  );
  g.add(catalog, dct('publisher'), publisher);
  g.add(catalog, dct('license'), sym(CC0_IRI));
  g.add(catalog, dct('language'), sym(SWEDISH));
  g.add(catalog, foaf('homepage'), sym(new URL('/', input.siteUrl).href));
  g.add(catalog, dcat('themeTaxonomy'), sym(DATA_THEMES));
  const issued = oldest(input.datasets.map((d) => d.issued));
  const modified = newest(input.datasets.map((d) => d.modified));
  if (issued) g.add(catalog, dct('issued'), date(issued, 'catalogue issued'));
  if (modified) g.add(catalog, dct('modified'), date(modified, 'catalogue modified'));

  for (const d of input.datasets) {
    const dataset = sym(new URL(`${OPEN_DATA_PATH}#${encodeURIComponent(d.id)}`, input.siteUrl).href);
    g.add(catalog, dcat('dataset'), dataset);
    g.add(dataset, rdf('type'), dcat('Dataset'));
    g.add(dataset, dct('title'), sv(d.title));
    g.add(dataset, dct('description'), sv(d.description));
    g.add(dataset, dct('publisher'), publisher);
    if (contact) g.add(dataset, dcat('contactPoint'), contact);
    for (const k of d.keywords) g.add(dataset, dcat('keyword'), sv(k));
    for (const t of d.themes) g.add(dataset, dcat('theme'), sym(`${DATA_THEMES}/${t}`));
    g.add(dataset, dct('accessRights'), sym(PUBLIC_ACCESS));
    g.add(dataset, dct('language'), sym(SWEDISH));
    g.add(dataset, dcat('landingPage'), sym(new URL(OPEN_DATA_PATH, input.siteUrl).href));
    g.add(dataset, foaf('page'), sym(d.page));
    if (d.issued) g.add(dataset, dct('issued'), date(d.issued, `${d.id} issued`));
    if (d.modified) g.add(dataset, dct('modified'), date(d.modified, `${d.id} modified`));
    if (d.temporal) {
      const period = local(`${d.id}-period`);
      g.add(dataset, dct('temporal'), period);
      g.add(period, rdf('type'), dct('PeriodOfTime'));
      g.add(period, dcat('startDate'), year(d.temporal.start, `${d.id} start year`));
      g.add(period, dcat('endDate'), year(d.temporal.end, `${d.id} end year`));
    }
    for (const f of d.files) {
      const format = FILE_FORMATS[f.format];
      const distribution = local(`${d.id}-${f.format}`);
      g.add(dataset, dcat('distribution'), distribution);
      g.add(distribution, rdf('type'), dcat('Distribution'));
      g.add(distribution, dct('title'), sv(`${d.title} (${format.label})`));
      g.add(
        distribution,
        dct('description'),
        sv(
          f.format === 'json'
            ? 'Hela datamängden som JSON, med datamängdens namn, utgivare och licens och posterna under "items".'
            : 'Datamängden som CSV: kommaseparerad, UTF-8, kolumnnamnen på första raden.',
        ),
      );
      g.add(distribution, dcat('accessURL'), sym(f.url));
      g.add(distribution, dcat('downloadURL'), sym(f.url));
      g.add(distribution, dct('format'), $rdf.lit(format.mediaType));
      g.add(distribution, dcat('mediaType'), sym(`http://www.iana.org/assignments/media-types/${format.mediaType}`));
      g.add(distribution, dct('license'), sym(CC0_IRI));
      g.add(distribution, dcat('byteSize'), $rdf.lit(String(f.byteSize), undefined, ns.xsd('nonNegativeInteger')));
    }
  }

  const xml = $rdf.serialize(null, g, undefined, 'application/rdf+xml');
  if (typeof xml !== 'string') throw new Error('DCAT catalogue: rdflib returned no RDF/XML');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.trimEnd()}\n`;
}
