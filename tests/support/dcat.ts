/**
 * Checks for the DCAT-AP-SE catalogue: parses RDF/XML with rdfxml-streaming-parser (a parser
 * independent of rdflib, which writes the catalogue) and holds every node against the
 * cardinalities in the extract of Digg's profile (`tests/fixtures/dcat-ap-se-3.0.1-cardinality.json`,
 * written by `scripts/dcat-profile.ts`).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import type { CardinalityExtract, ClassName } from '../../scripts/dcat-profile.ts';

export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

type ParserArgs = NonNullable<ConstructorParameters<typeof RdfXmlParser>[0]>;

/** Parses RDF/XML, validating every IRI by RFC 3987 (the parser's strict strategy). */
export function parseRdfXml(xml: string): Promise<RDF.Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: RDF.Quad[] = [];
    const parser = new RdfXmlParser({
      validateUri: true,
      iriValidationStrategy: 'strict' as NonNullable<ParserArgs['iriValidationStrategy']>,
      trackPosition: true,
    });
    parser.on('data', (q: RDF.Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(xml);
    parser.end();
  });
}

/** The subjects of each class of the extract (a node of any of the class's RDF types). */
export function nodesByClass(quads: readonly RDF.Quad[], extract: CardinalityExtract): Record<ClassName, string[]> {
  const out = {} as Record<ClassName, string[]>;
  for (const [name, c] of Object.entries(extract.classes) as [ClassName, CardinalityExtract['classes'][ClassName]][]) {
    out[name] = [
      ...new Set(
        quads
          .filter((q) => q.predicate.value === RDF_TYPE && c.types.includes(q.object.value))
          .map((q) => q.subject.value),
      ),
    ].sort();
  }
  return out;
}

/**
 * Every breach of the extract's cardinalities, one line each ("dataset <iri>: <property> 0, needs
 * at least 1"). A property that applies only under a condition (`when`) must be absent elsewhere.
 */
export function cardinalityViolations(quads: readonly RDF.Quad[], extract: CardinalityExtract): string[] {
  const problems: string[] = [];
  const nodes = nodesByClass(quads, extract);
  for (const [name, subjects] of Object.entries(nodes) as [ClassName, string[]][]) {
    for (const subject of subjects) {
      const own = quads.filter((q) => q.subject.value === subject);
      for (const p of extract.classes[name].properties) {
        const count = own.filter((q) => q.predicate.value === p.iri).length;
        const applies =
          p.when === undefined ||
          own.some((q) => q.predicate.value === p.when?.property && q.object.value === p.when.value);
        const [min, max] = applies ? [p.min, p.max] : [0, 0];
        if (count < min) problems.push(`${name} <${subject}>: <${p.iri}> ${count}, needs at least ${min}`);
        if (max !== null && count > max) problems.push(`${name} <${subject}>: <${p.iri}> ${count}, at most ${max}`);
      }
    }
  }
  return problems;
}

/** Blank nodes and IRIs that are not absolute (the portal needs absolute IRIs and refuses blank nodes). */
export function iriProblems(quads: readonly RDF.Quad[]): string[] {
  const problems: string[] = [];
  for (const q of quads)
    for (const term of [q.subject, q.predicate, q.object]) {
      if (term.termType === 'BlankNode') problems.push(`blank node in ${q.subject.value} ${q.predicate.value}`);
      if (term.termType === 'NamedNode' && !/^(https?:\/\/[^/]+|mailto:[^@]+@.+|tel:\+?\d+$)/.test(term.value))
        problems.push(`not an absolute IRI: ${term.value}`);
    }
  return problems;
}

/** The objects of one subject's property. */
export const objectsOf = (quads: readonly RDF.Quad[], subject: string, predicate: string): string[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

const DCAT = 'http://www.w3.org/ns/dcat#';

/**
 * Problems with the distributions of a built catalogue: an access or download URL outside the
 * site or with no file in `dist`, or a byte size that is not the file's.
 */
export function distributionFileProblems(quads: readonly RDF.Quad[], dist: string, siteUrl: string): string[] {
  const problems: string[] = [];
  const distributions = quads
    .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Distribution`)
    .map((q) => q.subject.value);
  if (distributions.length === 0) problems.push('no distributions');
  for (const d of distributions) {
    const urls = [...objectsOf(quads, d, `${DCAT}accessURL`), ...objectsOf(quads, d, `${DCAT}downloadURL`)];
    for (const url of urls) {
      if (!url.startsWith(new URL('/', siteUrl).href)) {
        problems.push(`${d}: ${url} is not on ${siteUrl}`);
        continue;
      }
      const file = path.join(dist, decodeURIComponent(new URL(url).pathname));
      if (!existsSync(file)) {
        problems.push(`${d}: ${url} has no file in the build`);
        continue;
      }
      const size = objectsOf(quads, d, `${DCAT}byteSize`)[0];
      if (size !== undefined && Number(size) !== statSync(file).size)
        problems.push(`${d}: byteSize ${size}, the file has ${statSync(file).size}`);
    }
  }
  return problems;
}
