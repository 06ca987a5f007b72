import type { APIRoute, GetStaticPaths } from 'astro';
import { files } from '../../lib/export/site-exports.ts';
import type { StoredCorpusFile } from '../../lib/export/stored-files.ts';

/**
 * The corpus files of `/data/` made by the exports (CSV, CMIF, citations, JSON Schemas, the zip);
 * the ingest's own JSON files are served by `[name].json.ts`.
 */
export const getStaticPaths = (() => files.map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: StoredCorpusFile }> = async ({ props }) =>
  new Response(new Blob([await props.file.read()]), { headers: { 'Content-Type': props.file.mime } });
