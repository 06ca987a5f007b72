import type { APIRoute, GetStaticPaths } from 'astro';
import { ReportSchema } from '../../schemas/index.ts';
import { DATA_FILES, readDataFile, type DataFile } from '../../lib/render/data-dir.ts';

/**
 * `/data/documents.json`, `/data/persons.json`, `/data/report.json`: the ingest output,
 * served byte for byte. Documents and persons are validated by the content collections;
 * the report is validated here so a broken one fails the build.
 */
export const getStaticPaths = (() =>
  DATA_FILES.map((file) => ({ params: { name: file.replace(/\.json$/, '') }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = async ({ props }) => {
  const text = await readDataFile(props.file);
  if (props.file === 'report.json') ReportSchema.parse(JSON.parse(text));
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
