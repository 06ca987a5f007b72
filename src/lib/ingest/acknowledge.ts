/**
 * The reviewed baseline of warnings (`content/acknowledged-diagnostics.json`). Each entry accepts
 * exactly one warning, found by values that survive a shift of lines; the warning stays in the report,
 * marked `acknowledged` with the entry's reason. An entry that finds no warning, or more than one,
 * is itself a warning, so the baseline cannot quietly go stale or swallow a new problem.
 */
import { parseTree } from 'jsonc-parser';
import { AcknowledgementsFileSchema, type Acknowledgement, type Diagnostic } from '../../schemas/index.ts';
import { Diagnostics } from './diagnostics.ts';
import { readEditorialFile } from './editorial-file.ts';

/** The baseline's entries with the line each starts on, for reporting an entry at its place. */
export interface Baseline {
  file: string;
  entries: Array<{ entry: Acknowledgement; line: number }>;
}

/** Reads the baseline; a missing file is an empty one, an invalid one stops the ingest. */
export async function loadBaseline(file: string | undefined): Promise<Baseline> {
  const { entries, raw } = await readEditorialFile(file, AcknowledgementsFileSchema);
  const offsets = parseTree(raw)?.children?.map((c) => c.offset) ?? [];
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 0 : raw.slice(0, offset).split('\n').length);
  return { file: file ?? '', entries: entries.map((entry, i) => ({ entry, line: lineAt(offsets[i]) })) };
}

/** The text of a source line as read, for entries that quote it; `undefined` for a file or line not read. */
export type LineText = (file: string, line: number) => string | undefined;

/**
 * Marks each warning that exactly one entry accepts, and returns the entries' own warnings (unused,
 * ambiguous). Only warnings are matched: the schema refuses entries for errors and notes.
 */
export function acknowledge(diagnostics: Diagnostic[], baseline: Baseline, lineText: LineText): Diagnostic[] {
  const out = new Diagnostics(baseline.file);
  baseline.entries.forEach(({ entry, line }, index) => {
    const matches = diagnostics.filter((d) => d.level === 'warning' && matchesEntry(d, entry, lineText));
    const what = `${entry.code} in ${entry.file}${entry.document ? ` (${entry.document})` : ''}`;
    if (matches.length === 0) {
      out.report('acknowledgement-unused', line, `entry ${index} accepts ${what}, which the ingest no longer reports: remove the entry`, { data: { entry: index } });
    } else if (matches.length > 1) {
      out.report('acknowledgement-ambiguous', line, `entry ${index} matches ${matches.length} warnings (${what}, lines ${matches.map((d) => d.line).join(', ')}): name it more closely`, {
        data: { entry: index, matches: matches.length },
      });
    } else {
      matches[0]!.acknowledged = { reason: entry.reason };
    }
  });
  return out.items;
}

function matchesEntry(d: Diagnostic, entry: Acknowledgement, lineText: LineText): boolean {
  if (d.code !== entry.code || d.file !== entry.file) return false;
  if (entry.document !== undefined && d.document !== entry.document) return false;
  const data = 'data' in d ? (d.data as Record<string, unknown>) : {};
  if (entry.data && !Object.entries(entry.data).every(([k, v]) => data[k] === v)) return false;
  return entry.quote === undefined || (lineText(d.file, d.line)?.includes(entry.quote) ?? false);
}
