/**
 * The draft record: a document as a kind's parser leaves it, before corrections, typography and person
 * ids. Every kind of source makes its drafts with `draftDocument`, so the record's derived fields (id,
 * url, text) are computed in one place and a new field is added once.
 */
import type { Block, Document, Report, Source, SourceExpect, Study } from '../../schemas/index.ts';
import { documentId } from '../ids/ids.ts';
import { urls } from '../ids/urls.ts';
import type { BlockOptions } from './blocks.ts';
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { SourceReading } from './read-source.ts';
import type { PartyMention } from './title.ts';
import { deriveReadingText } from '../render/reading-text.ts';

/** A document before persons get their ids: the parties are mentions. */
export type DraftDocument = Omit<Document, 'authors' | 'addressees'> & {
  parties: PartyMention[];
  /** Source lines spanned (for diagnostics and the report, not part of the record). */
  span: { start: number; end: number };
};

/** What a parser knows of a document; what it leaves out is empty (`null`, `[]`, not supplied). */
export interface DraftFields {
  number: number;
  /** The second, third … document printed with the same number (see `documentId`). */
  copy?: number;
  title: string;
  titleSupplied?: boolean;
  genre?: string | null;
  parties: PartyMention[];
  date: Document['date'];
  place?: string | null;
  classification?: string | null;
  registration?: string | null;
  legend?: Document['legend'];
  published?: string[];
  marginalia?: string[];
  notes: Document['notes'];
  blocks: Block[];
  page?: number | null;
  pageEnd?: number | null;
  pageReckoned?: boolean;
  span: DraftDocument['span'];
}

/** A draft record from what the parser found; id, url and the reading text follow from it. */
export function draftDocument(source: Source, fields: DraftFields): DraftDocument {
  const id = documentId(source.siglum, fields.number, fields.copy);
  return deriveReadingText({
    id,
    source: source.id,
    number: fields.number,
    title: fields.title,
    titleSupplied: fields.titleSupplied ?? false,
    genre: fields.genre ?? null,
    parties: fields.parties,
    date: fields.date,
    place: fields.place ?? null,
    classification: fields.classification ?? null,
    registration: fields.registration ?? null,
    legend: fields.legend ?? null,
    published: fields.published ?? [],
    marginalia: fields.marginalia ?? [],
    notes: fields.notes,
    // Derived from the blocks when read (`deriveReadingText`); the key stands here for its place in the record.
    text: '',
    url: urls.document(id),
    blocks: fields.blocks,
    page: fields.page ?? null,
    pageEnd: fields.pageEnd ?? fields.page ?? null,
    pageReckoned: fields.pageReckoned ?? false,
    corrections: [],
    span: fields.span,
  });
}

/** A study before typography and validation, with the source lines it spans. */
export type DraftStudy = Study & { span: { start: number; end: number } };

/** What a parser knows of a study; what it leaves out is empty. `slug` names its place in the source. */
export interface StudyFields extends Partial<Omit<Study, 'id' | 'source' | 'url' | 'text' | 'number' | 'kind' | 'title' | 'blocks' | 'notes'>> {
  slug: string;
  number: number;
  kind: Study['kind'];
  title: string;
  blocks: Block[];
  notes: Study['notes'];
  span: DraftStudy['span'];
}

/** A draft study from what the parser found; id, url and the reading text follow from it. */
export function draftStudy(source: Source, fields: StudyFields): DraftStudy {
  const id = `${source.siglum}-${fields.slug}`;
  return deriveReadingText({
    id,
    source: source.id,
    number: fields.number,
    kind: fields.kind,
    part: fields.part ?? null,
    title: fields.title,
    titleSupplied: fields.titleSupplied ?? false,
    titleEn: fields.titleEn ?? null,
    authors: fields.authors ?? [],
    publication: fields.publication ?? null,
    date: fields.date ?? null,
    abstracts: fields.abstracts ?? [],
    keywords: fields.keywords ?? [],
    blocks: fields.blocks,
    notes: fields.notes,
    text: '',
    pages: fields.pages ?? null,
    url: urls.study(id),
    corrections: [],
    span: fields.span,
  });
}

/** A number missing from a collection's sequence of headers and how the parser resolved it. */
export type NumberingGap = Omit<Report['gaps'][number], 'source'>;

/** What a kind's parser gives the ingest: the drafts and what the source says besides them. */
export interface ParsedSource {
  documents: DraftDocument[];
  /** The studies a source holds (articles, the chapters of a book); none for a collection of documents. */
  studies: DraftStudy[];
  /** Blocks of the front matter (preface) before the documents section. */
  frontMatter: Block[];
  frontNotes: Array<{ n: string; text: string }>;
  /** The documents section's source lines, for the coverage check. */
  sectionText: SourceLine[];
  gaps: NumberingGap[];
  pageNumbers: number;
}

/** What a kind's parser is given besides the source: the block options, and what the sidecar expects of the text. */
export type ParseOptions = Omit<BlockOptions, 'paragraphEnds' | 'outline'> & { expect?: SourceExpect };

/** A kind's own stages: from the source read as running text to draft documents (see kinds.ts). */
export type KindParser = (source: Source, reading: SourceReading, diagnostics: Diagnostics, options: ParseOptions) => ParsedSource;
