/**
 * The cardinality extract in tests/fixtures is what scripts/dcat-profile.ts derives from Digg's
 * DCAT-AP-SE 3.0.1 profile. The profile itself is not in the repository (its README asks that its
 * text is not copied), so this check runs where the reference copy lies beside the repository
 * (`../shared/reference/dcat-ap-se/`); the catalogue tests read the extract everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveExtract, PROFILE_PATH, readExtract } from '../../scripts/dcat-profile.ts';

const profile = path.resolve(PROFILE_PATH);

describe.runIf(existsSync(profile))('the DCAT-AP-SE 3.0.1 cardinality extract', () => {
  it('is exactly what the profile gives (re-run `npm run dcat-profile` after a profile update)', () => {
    expect(readExtract()).toEqual(deriveExtract(JSON.parse(readFileSync(profile, 'utf8'))));
  });
});

describe('deriving the extract', () => {
  const bundle = (items: unknown[], extra: unknown[] = []) => ({
    templates: [
      { id: 'dcat:Catalog', type: 'group', constraints: { 'rdf:type': 'dcat:Catalog' }, items },
      ...extra,
      ...['dcat:Dataset', 'dcat:Distribution', 'dcat:foaf:Agent', 'dcat:contactPoint', 'vc:hasTelephone'].map((id) => ({
        id,
        type: 'group',
        constraints: { 'rdf:type': 'foaf:Agent' },
        items: [],
      })),
      { id: 'dcat:dcterms:temporal_da', type: 'group', constraints: { 'rdf:type': 'dcterms:PeriodOfTime' }, items: [] },
    ],
  });

  it('follows "extends", reads groups of alternatives as one property, and combines repeated properties', () => {
    const extract = deriveExtract(
      bundle(
        [
          { extends: 'base:title', cardinality: { min: 1, pref: 0 } },
          { type: 'group', cardinality: { min: 1, max: 1 }, items: ['fmt:a', { property: 'dcterms:format' }] },
          { property: 'dcterms:spatial', cardinality: { max: 1 } },
          { property: 'dcterms:spatial', cardinality: { min: 1, max: 2, pref: 1 } },
        ],
        [
          { id: 'base:title', property: 'dcterms:title', cardinality: { max: 5 } },
          { id: 'fmt:a', property: 'dcterms:format' },
        ],
      ),
    );
    expect(extract.classes.catalog).toEqual({
      template: 'dcat:Catalog',
      types: ['http://www.w3.org/ns/dcat#Catalog'],
      properties: [
        { iri: 'http://purl.org/dc/terms/format', min: 1, max: 1, recommended: false },
        { iri: 'http://purl.org/dc/terms/spatial', min: 1, max: 3, recommended: true },
        { iri: 'http://purl.org/dc/terms/title', min: 1, max: null, recommended: false },
      ],
    });
  });

  it('fails clearly on an unknown prefix or a missing template', () => {
    expect(() => deriveExtract(bundle([{ property: 'zz:thing' }]))).toThrow(/unknown prefix in "zz:thing"/);
    expect(() => deriveExtract(bundle(['no:such']))).toThrow(/"no:such" is not in the bundle/);
  });
});
