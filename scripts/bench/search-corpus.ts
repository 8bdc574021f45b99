/**
 * The search benchmark's generated pages (`npm run bench:search`): clearly synthetic Swedish press
 * releases and pages in the real formats, from a seeded generator, so every run searches the same text.
 */
import { writeEntry } from '../../tests/support/content-copy.ts';
import { random } from './corpus.ts';

// Swedish sentences about crime prevention, in made-up areas.
const SUBJECTS = ['Kommunen', 'Polisen', 'Socialtjänsten', 'Fritidsgården', 'Skolan', 'Bostadsbolaget', 'Föreningen'];
const VERBS = ['förstärker', 'utökar', 'startar', 'följer upp', 'utvärderar', 'planerar', 'samordnar'];
const OBJECTS = [
  'trygghetsvandringarna',
  'kameraövervakningen',
  'det brottsförebyggande arbetet',
  'grannsamverkan',
  'belysningen i parkerna',
  'ordningsvakternas rundor',
  'samverkan med skolorna',
  'fritidsverksamheten för ungdomar',
  'insatserna mot klotter',
  'det våldsförebyggande arbetet',
  'nattvandringen',
  'medborgardialogen',
  'föräldrastödet',
  'lägesbilden för området',
];
const SENTENCES = [
  'Arbetet sker i nära samverkan mellan kommunen, polisen och fastighetsägarna.',
  'Invånarna har i trygghetsmätningen pekat ut platser där de känner sig otrygga.',
  'Målet är att minska skadegörelsen och öka tryggheten i bostadsområdet.',
  'Under kvällstid finns fler vuxna ute på stan, särskilt under helgerna.',
  'Insatsen följs upp efter ett halvår och resultaten redovisas för nämnden.',
  'Ungdomar som riskerar att hamna i kriminalitet ska fångas upp tidigt.',
  'Skolorna, socialtjänsten och fritidsgårdarna delar information enligt gällande regler.',
  'Belysningen förbättras längs gång- och cykelvägar och vid busshållplatser.',
  'Klotter ska tas bort inom ett dygn för att inte locka till mer skadegörelse.',
  'Föräldrar bjuds in till träffar om droger, nätet och ungdomars fritid.',
  'Medborgarlöftet tas fram tillsammans med polisen efter dialog med invånarna.',
  'Kommunens kontaktcenter svarar på frågor under kontorstid.',
  'Den som ser ett brott ska ringa 112, annars når man polisen på 114 14.',
  'Trygghetsvandringar genomförs tillsammans med boende och föreningar.',
  'Det situationella brottsförebyggande arbetet handlar om den fysiska miljön.',
  'Fastighetsbolagen rustar upp entréer, källare och cykelförråd.',
];
const SYNTHETIC = 'Syntetisk text för prestandamätning av sökningen.';

function generatePage(rand: () => number, n: number): { title: string; summary: string; body: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const area = `område ${1 + Math.floor(rand() * 400)}`;
  const title = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} i ${area} (test ${n})`;
  const summary = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} i ${area}. ${SYNTHETIC}`;
  const paragraphs: string[] = [SYNTHETIC];
  const count = 3 + Math.floor(rand() * 4);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 + Math.floor(rand() * 4); s++) {
      sentences.push(rand() < 0.5 ? pick(SENTENCES) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} i ${area}.`);
    }
    paragraphs.push(sentences.join(' '));
    if (p === 1) paragraphs.push(`## ${pick(OBJECTS).replace(/^./, (c) => c.toUpperCase())}`);
  }
  return { title, summary, body: paragraphs.join('\n\n') };
}

export function generateSearchCorpus(dir: string, size: number): void {
  const rand = random(size);
  for (let i = 0; i < size; i++) {
    const page = generatePage(rand, i);
    const yaml = (s: string) => JSON.stringify(s);
    if (i % 5 === 4) {
      writeEntry(
        dir,
        `sidor/test-sida-${i}.mdx`,
        `---\ntitle: ${yaml(page.title)}\nsummary: ${yaml(page.summary)}\nsection: sa-arbetar-vi\norder: ${100 + (i % 800)}\nlastReviewed: 2026-11-01\n---\n\n${page.body}\n`,
      );
    } else {
      const year = 2015 + (i % 11);
      const month = String(1 + (i % 12)).padStart(2, '0');
      const day = String(1 + (i % 28)).padStart(2, '0');
      writeEntry(
        dir,
        `pressmeddelanden/test-${i}.md`,
        `---\ntitle: ${yaml(page.title)}\nsummary: ${yaml(page.summary)}\npublished: '${year}-${month}-${day}'\nkind: pressmeddelande\nsender: Testavsändare\n---\n\n${page.body}\n`,
      );
    }
  }
}
