/**
 * Derives the cardinality extract the open-data catalogue is tested against
 * (`tests/fixtures/dcat-ap-se-3.0.1-cardinality.json`) from Digg's DCAT-AP-SE 3.0.1 profile
 * (`profile-3.0.1-bundle.json`, RDForms templates).
 *
 *   npm run dcat-profile                       reads ../shared/reference/dcat-ap-se/profile-3.0.1-bundle.json
 *   npm run dcat-profile -- <bundle.json>      reads another copy
 *
 * Only machine data is kept: for each class the catalogue uses, the RDF types that mark it and
 * every property IRI with its min/max cardinality and whether it is recommended. None of the
 * profile's labels or descriptions. `tests/unit/dcat-profile.unit.test.ts` re-derives the extract
 * from the profile whenever the profile is present and compares.
 *
 * How the templates map to classes: a class is a template of type "group" whose `constraints`
 * give its `rdf:type` (dcat:Catalog, dcat:Dataset, dcat:Distribution) or, for a node reached
 * through a property, the group that the property's template is (the publisher `dcat:foaf:Agent`,
 * the contact point `dcat:contactPoint`, its telephone `vc:hasTelephone`, the period of time
 * `dcat:dcterms:temporal_da`). Its `items` are the properties: a template id (string) or an
 * inline template; either may `extends` another template, whose keys it overrides. An item
 * group without a `property` of its own (the distribution's format and licence groups) bundles
 * alternative templates for one property: the group's cardinality is that property's. Where a
 * class lists the same property twice (alternative value spaces, e.g. dcterms:spatial as URI or
 * as bounding box), the property is mandatory if either is and its maximum is their sum.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the extract is written, and what it was made from. */
export const EXTRACT_PATH = 'tests/fixtures/dcat-ap-se-3.0.1-cardinality.json';
export const PROFILE_PATH = '../shared/reference/dcat-ap-se/profile-3.0.1-bundle.json';
export const SOURCE = {
  repository: 'https://github.com/diggsweden/DCAT-AP-SE',
  path: 'profile-3.0.1-bundle.json',
  commit: '6b5124b',
  profile: 'DCAT-AP-SE 3.0.1',
  license: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  attribution:
    'Derived from DCAT-AP-SE 3.0.1 by Digg (Agency for Digital Government, Sweden), licensed CC BY 4.0. ' +
    'Changes: reduced to the property IRIs and cardinalities of the classes this site uses; no text of the profile is included.',
} as const;

/** The classes the catalogue uses: our name, and the template that describes it. */
export const CLASS_TEMPLATES = {
  catalog: 'dcat:Catalog',
  dataset: 'dcat:Dataset',
  distribution: 'dcat:Distribution',
  publisher: 'dcat:foaf:Agent',
  contactPoint: 'dcat:contactPoint',
  telephone: 'vc:hasTelephone',
  periodOfTime: 'dcat:dcterms:temporal_da',
} as const;

export type ClassName = keyof typeof CLASS_TEMPLATES;

export interface PropertyCardinality {
  iri: string;
  min: number;
  /** null: no upper bound. */
  max: number | null;
  /** Marked recommended in the profile (`cardinality.pref` ≥ 1). */
  recommended: boolean;
  /**
   * The property applies only to a node that has this property with this value (the profile's
   * `deps`, e.g. the high-value-dataset category); elsewhere it must not be expressed.
   */
  when?: { property: string; value: string };
}

export interface ClassCardinality {
  template: string;
  /** A node of any of these RDF types is of this class. */
  types: string[];
  properties: PropertyCardinality[];
}

export interface CardinalityExtract {
  source: typeof SOURCE;
  classes: Record<ClassName, ClassCardinality>;
}

/** The namespaces the profile abbreviates with (every prefix it uses). */
const PREFIXES: Record<string, string> = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcterms: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  odrs: 'http://schema.theodi.org/odrs#',
  schema: 'http://schema.org/',
  locn: 'http://www.w3.org/ns/locn#',
};

type Template = {
  id?: string;
  type?: string;
  extends?: string;
  property?: string;
  constraints?: Record<string, string | string[]>;
  cardinality?: { min?: number; pref?: number; max?: number };
  deps?: string[];
  items?: (string | Template)[];
};

function expand(curie: string, where: string): string {
  if (/^https?:\/\//.test(curie)) return curie;
  const [prefix, local] = curie.split(':', 2);
  const ns = prefix === undefined ? undefined : PREFIXES[prefix];
  if (ns === undefined || local === undefined) throw new Error(`${where}: unknown prefix in "${curie}"`);
  return ns + local;
}

/** Derives the extract from the profile bundle's parsed JSON. */
export function deriveExtract(bundle: unknown): CardinalityExtract {
  const templates = (bundle as { templates?: Template[] }).templates;
  if (!Array.isArray(templates)) throw new Error('profile bundle: no "templates" array');
  const byId = new Map(templates.filter((t) => t.id).map((t) => [t.id as string, t]));

  const resolve = (item: string | Template, where: string, seen: string[] = []): Template => {
    const t = typeof item === 'string' ? byId.get(item) : item;
    if (t === undefined) throw new Error(`${where}: template "${String(item)}" is not in the bundle`);
    if (t.extends === undefined) return t;
    if (seen.includes(t.extends)) throw new Error(`${where}: "extends" loops through ${t.extends}`);
    const { extends: base, ...own } = t;
    return { ...resolve(base, where, [...seen, base]), ...own };
  };

  const typesOf = (t: Template, where: string): string[] => {
    const c = t.constraints ?? {};
    const value = c['http://www.w3.org/1999/02/22-rdf-syntax-ns#type'] ?? c['rdf:type'];
    if (value === undefined) throw new Error(`${where}: the class template has no rdf:type constraint`);
    return (Array.isArray(value) ? value : [value]).map((v) => expand(v, where));
  };

  const propertiesOf = (group: Template, where: string): PropertyCardinality[] => {
    const found = new Map<string, PropertyCardinality>();
    const add = (p: PropertyCardinality) => {
      const before = found.get(p.iri);
      if (!before) found.set(p.iri, p);
      else if (before.when !== undefined || p.when !== undefined)
        throw new Error(`${where}: ${p.iri} is listed twice and conditionally; not supported`);
      else
        found.set(p.iri, {
          iri: p.iri,
          min: Math.max(before.min, p.min),
          max: before.max === null || p.max === null ? null : before.max + p.max,
          recommended: before.recommended || p.recommended,
        });
    };
    for (const [i, raw] of (group.items ?? []).entries()) {
      const itemWhere = `${where} item ${typeof raw === 'string' ? raw : (raw.id ?? i)}`;
      const t = resolve(raw, itemWhere);
      const card = t.cardinality ?? {};
      let iri: string;
      if (t.property !== undefined) iri = expand(t.property, itemWhere);
      else if (t.type === 'group') {
        // A group of alternatives for one property: its cardinality is the property's.
        const inner = new Set(propertiesOf(t, itemWhere).map((p) => p.iri));
        if (inner.size !== 1) throw new Error(`${itemWhere}: a group without a property must bundle one property`);
        iri = [...inner][0] as string;
      } else throw new Error(`${itemWhere}: no property`);
      const p: PropertyCardinality = {
        iri,
        min: card.min ?? 0,
        max: card.max ?? null,
        recommended: (card.pref ?? 0) >= 1,
      };
      if (t.deps !== undefined) {
        const [property, value] = t.deps;
        if (t.deps.length !== 2 || property === undefined || value === undefined)
          throw new Error(`${itemWhere}: "deps" must be [property, value]`);
        p.when = { property: expand(property, itemWhere), value };
      }
      add(p);
    }
    return [...found.values()].sort((a, b) => a.iri.localeCompare(b.iri));
  };

  const classes = Object.fromEntries(
    Object.entries(CLASS_TEMPLATES).map(([name, id]) => {
      const where = `template ${id}`;
      const t = resolve(id, where);
      if (t.type !== 'group') throw new Error(`${where}: a class template must be a group`);
      return [name, { template: id, types: typesOf(t, where), properties: propertiesOf(t, where) }];
    }),
  ) as Record<ClassName, ClassCardinality>;
  return { source: SOURCE, classes };
}

export function readExtract(root = process.cwd()): CardinalityExtract {
  return JSON.parse(readFileSync(path.join(root, EXTRACT_PATH), 'utf8')) as CardinalityExtract;
}

if (import.meta.main) {
  const bundlePath = path.resolve(process.argv[2] ?? PROFILE_PATH);
  const extract = deriveExtract(JSON.parse(readFileSync(bundlePath, 'utf8')));
  writeFileSync(path.resolve(EXTRACT_PATH), `${JSON.stringify(extract, null, 2)}\n`);
  const counts = Object.entries(extract.classes).map(
    ([name, c]) => `${name} ${c.properties.filter((p) => p.min > 0).length}/${c.properties.length}`,
  );
  console.log(`Wrote ${EXTRACT_PATH} from ${bundlePath} (mandatory/all properties: ${counts.join(', ')})`);
}
