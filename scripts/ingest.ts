/**
 * Builds the edition's records from the OCR'd sources.
 * Usage: npm run ingest -- [--sources DIR] [--out DIR] [--corrections FILE] [--names FILE] [--acknowledged FILE] [--ocr-reviewed FILE] [--strict] [--quiet]
 *
 * Exit status 0 when the records may be published; 1 when any error was reported (or no document was
 * found), and with `--strict` also when a warning is not accepted by the reviewed baseline; 2 when the
 * input could not be read at all (an invalid corrections, names or baseline file). The last line says
 * which. The records and the report are written in every case, so that the failure can be read there.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { jsonText, writeDocumentStore, writeJsonArray } from './lib/data-out.ts';
import { join } from 'node:path';
import { SHORT_I_WORDS } from '../src/lib/render/data-dir.ts';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../src/lib/ingest/diagnostics.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import { verdict } from '../src/lib/ingest/verdict.ts';
import { sourceDate } from './lib/source-date.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'content/sources' },
    out: { type: 'string', default: 'data' },
    corrections: { type: 'string', default: 'content/corrections.json' },
    names: { type: 'string', default: 'content/person-names.json' },
    'body-names': { type: 'string', default: 'content/body-names.json' },
    acknowledged: { type: 'string', default: 'content/acknowledged-diagnostics.json' },
    'ocr-reviewed': { type: 'string', default: 'content/ocr-reviewed.json' },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const log = (m: string): void => {
  if (!values.quiet) console.log(m);
};

// The commit's date, not the clock's, and the duration only on the console: two builds of one commit write the same bytes.
const started = performance.now();
const built = sourceDate(process.cwd());
if (built.warning) console.warn(`warning: ${built.warning}`);
let result: Awaited<ReturnType<typeof ingest>>;
try {
  result = await ingest({
    sourcesDir: values.sources,
    correctionsFile: values.corrections,
    personNamesFile: values.names,
    bodyNamesFile: values['body-names'],
    acknowledgementsFile: values.acknowledged,
    ocrReviewedFile: values['ocr-reviewed'],
    onProgress: log,
    generated: built.date,
    shortIWords: true,
  });
} catch (error) {
  console.error(error);
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(2);
}
const { report } = result;
await mkdir(values.out, { recursive: true });
const write = (name: string, value: unknown) => writeFile(join(values.out, name), jsonText(value));
await Promise.all([
  writeJsonArray(join(values.out, 'documents.json'), result.documents),
  writeDocumentStore(values.out, result.documents),
  write('studies.json', result.studies),
  write('persons.json', result.persons),
  write('report.json', report),
  write('sources.json', result.sources),
  write(SHORT_I_WORDS, result.shortIWords),
]);

// Accepted warnings stay in report.json; the console shows what still needs reading.
for (const d of report.diagnostics) if (d.level !== 'info' && !d.acknowledged) console.error(formatDiagnostic(d));
log('');
log('Documents per source:');
for (const [id, n] of Object.entries(report.documents)) log(`  ${id}: ${n}`);
log(`Studies: ${result.studies.length}`);
log(`Persons and bodies: ${result.persons.length}`);
log('Diagnostics by code:');
for (const [code, n] of Object.entries(report.byCode).sort()) log(`  ${code}: ${n}`);
for (const c of report.coverage) log(`Coverage ${c.source}: ${(c.ratio * 100).toFixed(2)}% (${c.covered}/${c.letters} letters)`);
log(`Latin look-alikes repaired: ${report.latinRepairs.total}; hyphens joined ${report.hyphenation.joined}, kept ${report.hyphenation.kept}`);
log(`Corrections applied: ${report.corrections.applied}`);
const { ocr } = report;
if (ocr) log(`OCR review: ${ocr.candidates} candidates; corrected ${ocr.corrected}, kept [sic] ${ocr.sic}, left as printed ${ocr.asPrinted}, undecided ${ocr.undecided}`);
log(`${Math.round(performance.now() - started)} ms → ${values.out}/ (dated ${built.date ?? 'nothing'}, from ${built.origin})`);

const outcome = verdict(report, values.strict);
if (outcome.failed) {
  console.error(`${outcome.summary}; see the lines above and ${join(values.out, 'report.json')}`);
  process.exitCode = 1;
} else log(outcome.summary);
