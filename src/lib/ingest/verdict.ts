/**
 * Whether an ingest may be published, in one line for the console. An error always fails it (the
 * build stops before a page is made); with `strict`, so does a warning that no reviewed entry of
 * `content/acknowledged-diagnostics.json` accepts.
 */
import type { Diagnostic, Report } from '../../schemas/index.ts';

export interface Verdict {
  failed: boolean;
  /** `ingest failed: 2 errors (a.txt, b.json); …` or `ingest passed: 0 errors, …`. */
  summary: string;
  /** The diagnostics that fail it, in report order. */
  failing: Diagnostic[];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function verdict(report: Report, strict: boolean): Verdict {
  const errors = report.diagnostics.filter((d) => d.level === 'error');
  const warnings = report.diagnostics.filter((d) => d.level === 'warning');
  const open = warnings.filter((d) => !d.acknowledged);
  const notes = report.diagnostics.length - errors.length - warnings.length;
  const documents = Object.values(report.documents).reduce((a, b) => a + b, 0);
  const failing = [...errors, ...(strict ? open : [])];
  const failed = failing.length > 0 || documents === 0;
  const files = (list: Diagnostic[]) => [...new Set(list.map((d) => d.file))].join(', ');
  const counts = [
    `${plural(errors.length, 'error')}${errors.length ? ` (${files(errors)})` : ''}`,
    `${plural(warnings.length, 'warning')}, ${open.length} not acknowledged${open.length ? ` (${files(open)})` : ''}`,
    plural(notes, 'note'),
    plural(documents, 'document'),
  ].join(', ');
  const why = failed ? `: ${errors.length ? 'errors stop the build' : documents === 0 ? 'no documents' : 'warnings not acknowledged fail --strict'}` : '';
  return { failed, summary: `ingest ${failed ? 'failed' : 'passed'}${strict ? ' (strict)' : ''}: ${counts}${why}`, failing };
}

/**
 * Throws when a report's ingest failed (an error, or no documents): the site is never built from the
 * output of a failed ingest, even when `astro build` is run on its own over what it wrote (the ingest
 * writes its files and report.json, then exits non-zero, so the report can be read).
 */
export function assertPublishable(report: Report, where: string): void {
  const { failed, summary } = verdict(report, false);
  if (failed) throw new Error(`${where}: ${summary}; the site is not built from a failed ingest (fix the errors, then \`npm run build\`)`);
}
