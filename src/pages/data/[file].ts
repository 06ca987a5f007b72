import type { APIRoute, GetStaticPaths } from 'astro';
import { files } from '../../lib/export/site-exports.ts';
import type { StoredCorpusFile } from '../../lib/export/stored-files.ts';

/**
 * The corpus files of `/data/` made by the exports (CSV, CMIF, citations, JSON Schemas, the zip), as
 * the dev server serves them; a build copies them from where they are stored when it is done
 * (`dataFiles` in astro.config.mjs, src/lib/export/stored-files.ts), so that none passes through
 * the pages' build. The ingest's own JSON files are served by `[name].json.ts`.
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV ? (await files).map((file) => ({ params: { file: file.name }, props: { file } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: StoredCorpusFile }> = async ({ props }) =>
  new Response(new Blob([await props.file.read()]), { headers: { 'Content-Type': props.file.mime } });
