/**
 * Test fixtures for the residents' services, written into a temporary content copy (never into
 * `content/`): a current citizen promise with follow-ups, award winners and a nomination window,
 * documents of several kinds, action-plan measures with owner and status. Every fixture goes
 * through the real content validation when the copy is built.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_PROMISE = 'medborgarlofte-fixtur-2026-2027';

export function writeResidentsFixtures(dir: string, award: { opens: string; closes: string } | undefined): void {
  const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);

  write(
    `medborgarloften/${FIXTURE_PROMISE}.md`,
    `---
title: Medborgarlöfte fixtur 2026–2027
summary: Fixtur för tester. Trygghet i Fixturby centrum.
startYear: 2026
endYear: 2027
areas:
  - name: Fixturby centrum
parties:
  - name: Kommunen
  - name: Polisen
promises:
  - id: belysning
    text: Fixtur – bättre belysning i gångtunnlarna.
    responsible: Tekniska kontoret
  - id: narvaro
    text: Fixtur – mer vuxennärvaro på kvällarna.
followUps:
  - date: 2026-09-15
    text: Fixtur – andra uppföljningen.
    statuses:
      - promise: belysning
        status: genomfort
  - date: 2026-03-01
    text: Fixtur – första uppföljningen.
    statuses:
      - promise: belysning
        status: pagar
      - promise: narvaro
        status: forsenat
---

Fixturtext.
`,
  );

  if (award) {
    write(
      'installningar/fem-i-tolv-priset.yml',
      `name: Fem i tolv-priset
purpose: Fixtur – priset delas ut för insatser för mänskliga fri- och rättigheter.
chosenBy: Fixturrådet
whoMayNominate: Fixtur – alla som bor eller arbetar i kommunen.
nominationOpens: ${award.opens}
nominationCloses: ${award.closes}
`,
    );
  }
  write(
    'fem-i-tolv/pristagare-2024-fixturforeningen.md',
    `---
title: 'Pristagare 2024: Fixturföreningen'
year: 2024
winner: Fixturföreningen
citation: Fixtur – för ett långt arbete mot främlingsfientlighet.
ceremonyDate: 2024-12-01
ceremonyPlace: Fixturhallen
---
`,
  );
  write(
    'fem-i-tolv/pristagare-2025-fixturskolan.md',
    `---
title: 'Pristagare 2025: Fixturskolan'
year: 2025
winner: Fixturskolan
citation: Fixtur – för elevernas arbete för allas lika värde.
---
`,
  );

  const pdf = path.join(dir, 'filer', 'riktlinje-for-norrkopings-brottsforebyggande-rad.pdf');
  copyFileSync(pdf, path.join(dir, 'filer', 'lagesbild-fixtur.pdf'));
  copyFileSync(pdf, path.join(dir, 'filer', 'atgardsplan-fixtur.pdf'));
  write(
    'dokument/lagesbild-fixtur-2025.md',
    `---
title: Lägesbild fixtur 2025
summary: Fixtur – lägesbild.
kind: lagesbild
decided: 2025-03-10
decidedBy: Kommunstyrelsen
file: /filer/lagesbild-fixtur.pdf
---
`,
  );
  write(
    'dokument/atgardsplan-fixtur-2025.md',
    `---
title: Åtgärdsplan fixtur 2025
summary: Fixtur – åtgärdsplan.
kind: atgardsplan
decided: 2025-06-12
decidedBy: Kommunfullmäktige
file: /filer/atgardsplan-fixtur.pdf
---
`,
  );
  write(
    'atgarder/fixtur-belysning.yml',
    `title: Fixtur – belysning
description: Fixtur – bättre belysning.
owner: Fixturnämnden
status: pagar
order: 1
documents:
  - atgardsplan-fixtur-2025
`,
  );
}
