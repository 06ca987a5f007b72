/**
 * Lists the candidate OCR slips of the documents' sources: words that the Russian dictionary does
 * not know and that the corpus prints nowhere else, with their place (`file:line`), the line, and
 * the decision recorded for them (`content/corrections.json`, `content/ocr-reviewed.json`).
 * Usage: npm run ocr-candidates -- [--sources DIR] [--corrections FILE] [--reviewed FILE] [--all]
 * Without `--all` only the undecided are listed. Exit status 1 when any candidate is undecided.
 */
import { parseArgs } from 'node:util';
import { CorrectionsFileSchema, OcrReviewedSchema } from '../src/schemas/index.ts';
import { Diagnostics } from '../src/lib/ingest/diagnostics.ts';
import { readEditorialFile, readEditorialValue } from '../src/lib/ingest/editorial-file.ts';
import { newLatinTally, repairLookalikes } from '../src/lib/ingest/latin.ts';
import { loadSources } from '../src/lib/ingest/load-sources.ts';
import { ocrCounts, reviewCandidates } from '../src/lib/ingest/ocr-review.ts';
import { russianSpeller } from '../src/lib/lang/spelling.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'content/sources' },
    corrections: { type: 'string', default: 'content/corrections.json' },
    reviewed: { type: 'string', default: 'content/ocr-reviewed.json' },
    all: { type: 'boolean', default: false },
  },
});

const loaded = await loadSources(values.sources, new Diagnostics('(sources)'), () => {});
const tally = newLatinTally();
for (const s of loaded) for (const l of s.lines) l.text = repairLookalikes(l.text, tally);
const corrections = (await readEditorialFile(values.corrections, CorrectionsFileSchema)).entries;
const reviewed = (await readEditorialValue(values.reviewed, OcrReviewedSchema))?.entries ?? { rules: {}, words: [] };
const candidates = reviewCandidates(loaded, corrections, reviewed, russianSpeller());

for (const c of candidates) {
  const d = c.decision;
  if (d.kind !== 'undecided' && !values.all) continue;
  const decided = d.kind === 'undecided' ? 'UNDECIDED' : d.kind === 'as-printed' ? `as printed (${d.rule ?? 'word'})` : `${d.kind} (${d.correction})`;
  console.log(`${c.file}:${c.line}: ${c.word} — ${decided} — ${c.context}`);
}
const n = ocrCounts(candidates);
console.log(
  `${n.candidates} candidates: corrected ${n.corrected}, kept [sic] ${n.sic}, left as printed ${n.asPrinted} ` +
    `(${Object.entries(n.byRule).map(([k, v]) => `${k} ${v}`).join(', ')}), undecided ${n.undecided}`,
);
process.exit(n.undecided > 0 ? 1 : 0);
