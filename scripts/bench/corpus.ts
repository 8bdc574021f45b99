/**
 * Generates a realistic Swedish corpus for benchmarks: a copy of a real content folder plus N
 * generated entries (press releases and pages, half each) whose sentences are recombined from the
 * real content's own text, so word lengths, compounds and å/ä/ö are those of the site. The
 * entries are clearly synthetic (titles start with "Testsida"/"Testmeddelande") and only ever
 * written to a temporary folder.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32), so a corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain sentences of a content folder's Markdown bodies (no markup, no MDX). */
export function sentencesOf(contentDir: string): string[] {
  const sentences = new Set<string>();
  for (const folder of ['sidor', 'pressmeddelanden', 'medborgarloften', 'dokument']) {
    const dir = path.join(contentDir, folder);
    for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
      const body = readFileSync(path.join(dir, file), 'utf8').split(/^---$/m).slice(2).join('');
      const text = body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/[#*_>{}|`]/g, ' ')
        .replace(/^\s*(\d+\.|-)\s+/gm, '')
        .replace(/\s+/g, ' ');
      for (const s of text.split(/(?<=[.!?])\s+/)) {
        const sentence = s.trim();
        if (sentence.length > 30 && sentence.length < 400 && !sentence.startsWith('–')) sentences.add(sentence);
      }
    }
  }
  return [...sentences];
}

const SECTIONS = ['fa-hjalp', 'engagera-dig', 'sa-arbetar-vi'];
const TOPICS = ['trygghet', 'brottsforebyggande', 'samverkan'];

const yamlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Copies `source` to `target` and adds `count` generated entries. Returns the number written. */
export function generateCorpus(source: string, target: string, count: number, seed = 1): number {
  cpSync(source, target, { recursive: true });
  const rand = random(seed);
  const sentences = sentencesOf(source);
  const pick = () => sentences[Math.floor(rand() * sentences.length)] as string;
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, pick).join(' ');
  const titleFrom = (s: string) =>
    s
      .split(/[,.:;]/)[0]
      ?.split(' ')
      .slice(0, 7)
      .join(' ') ?? s;
  for (let i = 0; i < count; i += 1) {
    const summary = pick().slice(0, 290);
    const sections = Array.from(
      { length: 2 + Math.floor(rand() * 3) },
      () => `## ${titleFrom(pick())}\n\n${paragraph()}\n\n${paragraph()}`,
    );
    if (i % 2 === 0) {
      const year = 2015 + Math.floor(rand() * 11);
      const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
      writeFileSync(
        path.join(target, 'pressmeddelanden', `testmeddelande-${i}.md`),
        [
          '---',
          `title: ${yamlString(`Testmeddelande ${i}: ${titleFrom(pick())}`)}`,
          `summary: ${yamlString(summary)}`,
          `published: '${year}-${month}-${day}T10:00'`,
          'kind: pressmeddelande',
          `topics: [${TOPICS[i % TOPICS.length]}]`,
          '---',
          '',
          sections.join('\n\n'),
          '',
        ].join('\n'),
      );
    } else {
      writeFileSync(
        path.join(target, 'sidor', `testsida-${i}.mdx`),
        [
          '---',
          `title: ${yamlString(`Testsida ${i}: ${titleFrom(pick())}`)}`,
          `summary: ${yamlString(summary)}`,
          `section: ${SECTIONS[i % SECTIONS.length]}`,
          `order: ${100 + (i % 900)}`,
          'lastReviewed: 2026-11-22',
          '---',
          '',
          sections.join('\n\n'),
          '',
        ].join('\n'),
      );
    }
  }
  return count;
}
