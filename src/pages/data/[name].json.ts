import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { ReportSchema } from '../../schemas/index.ts';
import { DATA_FILES, dataPath, type DataFile } from '../../lib/render/data-dir.ts';

/**
 * `/data/documents.json`, `/data/persons.json`, `/data/report.json`, …: the ingest output, served byte
 * for byte by the dev server (read as bytes: the corpus's file may be longer than a string can be). A
 * build copies the files instead (`dataFiles` in astro.config.mjs), so that the corpus's file does not
 * pass through the pages' build. Documents are validated by the site's loader (`src/lib/site/data.ts`),
 * persons and studies by the content collections, the report by `src/lib/site/data-files.ts` and here.
 */
export const getStaticPaths = (() =>
  import.meta.env.DEV ? DATA_FILES.map((file) => ({ params: { name: file.replace(/\.json$/, '') }, props: { file } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = async ({ props }) => {
  const bytes = new Uint8Array(await readFile(dataPath(props.file)));
  if (props.file === 'report.json') ReportSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  return new Response(bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
