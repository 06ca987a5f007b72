import type { APIRoute, GetStaticPaths } from 'astro';
import type { CorpusFile } from '../../lib/export/corpus-files.ts';
import { files } from '../../lib/export/site-exports.ts';

/**
 * The corpus files of `/data/` made by the exports (CSV, CMIF, citations, JSON Schemas, the zip);
 * the ingest's own JSON files are served by `[name].json.ts`.
 */
export const getStaticPaths = (() => files.map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CorpusFile }> = ({ props }) => {
  const { content } = props.file;
  const body = typeof content === 'string' ? content : new Blob([new Uint8Array(content)]);
  return new Response(body, { headers: { 'Content-Type': props.file.mime } });
};
