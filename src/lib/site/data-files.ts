/**
 * The ingest's report and the sources' front matter (`report.json`, `sources.json`), read once
 * per build through the data directory and validated with the schemas.
 */
import { assertPublishable } from '../ingest/verdict.ts';
import { dataPath, readDataFile } from '../render/data-dir.ts';
import { ReportSchema, SourceTextSchema, type DiagnosticCode, type Report, type SourceText } from '../../schemas/index.ts';

export const report: Report = ReportSchema.parse(JSON.parse(await readDataFile('report.json')));
assertPublishable(report, dataPath('report.json'));

export const sourceTexts: SourceText[] = SourceTextSchema.array().parse(JSON.parse(await readDataFile('sources.json')));

/** Front matter of each parsed source, by source id. */
export const sourceTextById = new Map(sourceTexts.map((t) => [t.source.id, t]));

/** Ids of the documents the ingest reported with a diagnostic of `code`. */
export function documentsWith(code: DiagnosticCode): Set<string> {
  return new Set(report.diagnostics.flatMap((d) => (d.code === code && d.document ? [d.document] : [])));
}
