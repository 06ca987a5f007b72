import type { APIRoute, GetStaticPaths } from 'astro';
import type { CorpusEntry } from '../../../lib/export/corpus.ts';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../../lib/export/document-files.ts';
import { entries } from '../../../lib/export/site-exports.ts';
import { loadDocument } from '../../../lib/site/data.ts';

/**
 * The citation and text files beside each document's page: `/documents/pt-001/pt-001.csl.json`,
 * `.ris`, `.bib`, `.tei.xml` (the formats of src/lib/export/document-files.ts), as the dev server serves
 * them. A build makes them in a process of its own beside the pages and moves them in when it is done
 * (`besidePages` in astro.config.mjs, src/lib/export/document-files-store.ts), so none passes
 * through the pages' build. The document's whole record is read when its file is made.
 */
export const getStaticPaths = (() =>
  import.meta.env.DEV
    ? entries.flatMap((entry) =>
        DOCUMENT_FORMATS.map((format) => ({ params: { id: entry.doc.id, file: `${entry.doc.id}.${format.extension}` }, props: { entry, format } })),
      )
    : []) satisfies GetStaticPaths;

interface Props {
  entry: CorpusEntry;
  format: DocumentFormat;
}

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(props.format.make(props.entry.record, await loadDocument(props.entry.doc.id)), {
    headers: { 'Content-Type': `${props.format.mime}; charset=utf-8` },
  });
