import { join } from 'node:path';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import type { Block } from '../../src/schemas/index.ts';

/** How a golden file shows a block's kind: `│ ` a line on its own, `¶ ` a paragraph, `# `/`## ` a heading by level. */
const BLOCK_SIGNS: Record<Block['kind'], (b: Block) => string> = {
  line: () => '│ ',
  paragraph: () => '¶ ',
  heading: (b) => `${'#'.repeat(b.level ?? 1)} `,
};

/**
 * The fields of each record that a golden file pins, from a fixture folder: its sources (excerpt and
 * sidecar) are in `<case>/input/`, apart from `<case>/expected.json`, so the ingest reads nothing else. What
 * tests/ingest-golden.test.ts compares with `expected.json` and scripts/fixture-output.ts prints.
 */
export async function fixtureRecords(dir: string) {
  const { documents, studies, report } = await ingest({ sourcesDir: join(dir, 'input') });
  const blockLines = (blocks: readonly Block[]) =>
    blocks.map((b) => `${BLOCK_SIGNS[b.kind](b)}${b.anchor ? `{#${b.anchor}} ` : ''}${b.text}${b.notes.map((n) => ` [${n.n}@${n.at}]`).join('')}`);
  return {
    // Studies (an article's, a book's) only where the excerpt has them, so the collection's files stay as they are.
    ...(studies.length > 0 && {
      studies: studies.map((s) => ({
        id: s.id, kind: s.kind, part: s.part, title: s.title, titleEn: s.titleEn, authors: s.authors, publication: s.publication,
        date: s.date, pages: s.pages, abstracts: s.abstracts, keywords: s.keywords, notes: s.notes, references: s.references,
        capitals: s.capitals, blocks: blockLines(s.blocks),
      })),
    }),
    documents: documents.map((d) => ({
      id: d.id, number: d.number, title: d.title, genre: d.genre, authors: d.authors, addressees: d.addressees,
      date: d.date, classification: d.classification, registration: d.registration, legend: d.legend,
      published: d.published, marginalia: d.marginalia, notes: d.notes,
      blocks: blockLines(d.blocks),
    })),
    diagnostics: report.diagnostics.filter((x) => x.level !== 'info').map((x) => `${x.file}:${x.line} ${x.code}`),
  };
}
