/**
 * Builds the edition's records from the OCR'd sources.
 * Usage: npm run ingest -- [--sources DIR] [--out DIR] [--corrections FILE] [--names FILE] [--strict] [--quiet]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../src/lib/ingest/diagnostics.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import { sourceDate } from './lib/source-date.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'content/sources' },
    out: { type: 'string', default: 'data' },
    corrections: { type: 'string', default: 'content/corrections.json' },
    names: { type: 'string', default: 'content/person-names.json' },
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
const result = await ingest({
  sourcesDir: values.sources,
  correctionsFile: values.corrections,
  personNamesFile: values.names,
  onProgress: log,
  generated: built.date,
});
const { report } = result;
await mkdir(values.out, { recursive: true });
const write = (name: string, value: unknown) => writeFile(join(values.out, name), `${JSON.stringify(value, null, 1)}\n`);
await Promise.all([
  write('documents.json', result.documents),
  write('persons.json', result.persons),
  write('report.json', report),
  write('sources.json', result.sources),
]);

const levels = { error: 0, warning: 0, info: 0 };
for (const d of report.diagnostics) levels[d.level]++;
for (const d of report.diagnostics) if (d.level !== 'info') console.error(formatDiagnostic(d));
log('');
log('Documents per source:');
for (const [id, n] of Object.entries(report.documents)) log(`  ${id}: ${n}`);
log(`Persons and bodies: ${result.persons.length}`);
log('Diagnostics by code:');
for (const [code, n] of Object.entries(report.byCode).sort()) log(`  ${code}: ${n}`);
for (const c of report.coverage) log(`Coverage ${c.source}: ${(c.ratio * 100).toFixed(2)}% (${c.covered}/${c.letters} letters)`);
log(`Latin look-alikes repaired: ${report.latinRepairs.total}; hyphens joined ${report.hyphenation.joined}, kept ${report.hyphenation.kept}`);
log(`Corrections applied: ${report.corrections.applied}`);
const ms = Math.round(performance.now() - started);
log(`${levels.error} errors, ${levels.warning} warnings, ${levels.info} notes; ${ms} ms → ${values.out}/ (dated ${built.date ?? 'nothing'}, from ${built.origin})`);

// Problems in the sources are reported, not fatal: the edition is built from what could be read. `--strict` makes every
// error and warning fatal (for checking a source before it is added); no documents at all is always fatal.
const total = Object.values(report.documents).reduce((a, b) => a + b, 0);
if (total === 0 || (values.strict && levels.error + levels.warning > 0)) process.exitCode = 1;
