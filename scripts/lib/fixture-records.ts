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
  const { documents, report } = await ingest({ sourcesDir: join(dir, 'input') });
  return {
    documents: documents.map((d) => ({
      id: d.id, number: d.number, title: d.title, genre: d.genre, authors: d.authors, addressees: d.addressees,
      date: d.date, classification: d.classification, registration: d.registration, legend: d.legend,
      published: d.published, marginalia: d.marginalia, notes: d.notes,
      blocks: d.blocks.map((b) => `${BLOCK_SIGNS[b.kind](b)}${b.anchor ? `{#${b.anchor}} ` : ''}${b.text}${b.notes.map((n) => ` [${n.n}@${n.at}]`).join('')}`),
    })),
    diagnostics: report.diagnostics.filter((x) => x.level !== 'info').map((x) => `${x.file}:${x.line} ${x.code}`),
  };
}
