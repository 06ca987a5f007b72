/**
 * Everything a document's page shows, computed from the record: the page only renders it
 * (`src/pages/documents/[id].astro`), and what it shows is unit-tested here
 * (`tests/site-document-view.test.ts`), as Starlight does with `generateRouteData`.
 * Pure: the page passes in what it looked up (source, neighbours, the citation record).
 */
import type { Document, DocumentSummary, Note, PersonRef, Source } from '../../schemas/index.ts';
import { correctionIds, renderBody } from '../render/body.ts';
import { crossLinkSpans, type CrossLinkIndex } from './cross-links.ts';
import { dateText, edtfLabel, htmlDatetime } from '../edtf/label.ts';
import { capitalise } from '../lang/capitalise.ts';
import { CORRECTED_FIELD_LABELS, CORRECTION_KIND_LABELS, CORRECTION_SIDES, DATE_BASIS_LABELS, DATE_SOURCE_LABELS, FIELD_LABELS, numberedTitle, numberLabel, pagesLabel } from '../render/labels.ts';
import { sentence } from '../render/format.ts';
import { noteList, type NoteItem } from '../render/note-list.ts';
import { urls } from '../ids/urls.ts';
import { shownTitle, type CitationRecord } from '../export/citation-record.ts';
import { citationView, type CitationView } from './citation-view.ts';
import { tableOfContents, type ContentsEntry } from './contents.ts';

/** The previous and next document of a sequence (`null` at either end). */
export interface Around {
  prev: DocumentSummary | null;
  next: DocumentSummary | null;
}

/** What the page looks up for the view: the source, the neighbours, the persons with a page, the citation record. */
export interface DocumentContext {
  /** The source volume, when its sidecar is known. */
  source: Source | undefined;
  /** Neighbours in the source's order and in date order (`neighbours` in data.ts). */
  neighbours: { inSource: Around; inDate: Around };
  /** Ids that have a page in the index of persons. */
  known: ReadonlySet<string>;
  /** The document's citation record (`src/lib/export/citation-record.ts`), for «Как цитировать» and the head. */
  record: CitationRecord;
  /**
   * The sources by id, to name a neighbour from another source as its source does (`numberedTitle`);
   * without it a neighbour is named by its number.
   */
  sources?: ReadonlyMap<string, Source>;
  /** What the text's titles of program texts link to (`cross-links.ts`); without it the body has no such links. */
  crossLinks?: CrossLinkIndex;
}

/** A footnote marker outside the body: `<sup><a href="#note-<anchor>" id="ref-<anchor>">n</a></sup>`. */
export interface NoteMarkView {
  n: string;
  anchor: string;
}

/** The «испр.» mark after a corrected reading, linking to the correction's entry. */
export interface CorrectionMarkView {
  /** `#correction-<id>`. */
  href: string;
  /** `correction-ref-<id>`, the target of the entry's link back. */
  id: string;
}

/** A party of the document: a link when the person has a page, and the form printed in the title when it differs. */
export interface PersonLink {
  name: string;
  href: string | null;
  printed: string | null;
}

/** A field of the metadata list. */
export interface Field {
  label: string;
  value: string;
}

/** The metadata list under the title, field by field (`null`: the field is not shown). */
export interface DocumentMetaView {
  date: {
    label: string;
    /** `2 сентября 1923 г.` or «без даты». */
    text: string;
    /** For `<time datetime>`, when the date is a plain day, month or year. */
    datetime: string | null;
    correction: CorrectionMarkView | null;
    /** Where the date was read and how it is printed there: `По заголовку`, `1 сентября 1923`. */
    printed: { from: string; text: string } | null;
    edtf: string | null;
    /** Why the date is inferred from the printed one (`DATE_BASIS_LABELS`); `null` when it is the printed date. */
    basis: string | null;
  };
  place: Field | null;
  genre: (Field & { href: string }) | null;
  authors: { label: string; persons: PersonLink[] } | null;
  addressees: { label: string; persons: PersonLink[] } | null;
  classification: Field | null;
  registration: Field | null;
  source: {
    label: string;
    title: string;
    href: string;
    /** `документ № 3`; `null` for a text that is a source of its own. */
    number: string | null;
    /** The pages in the collection (`465–468`) and `расчётные` when reckoned rather than printed; `null` when unknown. */
    pages: { pages: string; note: string | null } | null;
  };
}

/** A stretch of the title, `corrected` where the edition put its reading. */
export interface TitleSegment {
  text: string;
  corrected: boolean;
}

/** A paragraph after the text (a publication note, a marginal note); the notes' markers follow the last one. */
export interface MarkedParagraph {
  text: string;
  marks: NoteMarkView[];
}

/** An entry of the list of the edition's corrections. */
export interface CorrectionItem {
  /** `correction-<id>`: the entry's anchor. */
  anchor: string;
  /** `Дата`, `Заголовок`, `Текст`, … */
  field: string;
  /** What kind of intervention: `ошибка распознавания исправлена`, `опечатка издания сохранена [sic]`, … */
  kind: string;
  /** How the two strings are named: `В распознанном тексте` … `в книге` for an OCR slip, `Напечатано` … `издание читает` else. */
  sides: { from: string; to: string };
  /** What was printed. */
  from: string;
  /** For a date: the edition's date for a reader and in EDTF; `null` for other fields. */
  date: { label: string; edtf: string } | null;
  /** The edition's reading (the EDTF value for a date). */
  to: string;
  reason: string;
  /** `#correction-ref-<id>` when the page marks the correction where it stands. */
  back: string | null;
}

/** A neighbouring document. */
export interface NavLink {
  href: string;
  /** `Предыдущий в сборнике`, `Позднее по дате: 2 сентября 1923 г.` */
  direction: string;
  /** `№ 2. Письмо …`; the title alone for a text that is a source of its own. */
  title: string;
}

/** A sequence the document stands in (the source, the dates), with its neighbours. */
export interface NavGroup {
  label: string;
  prev: NavLink | null;
  next: NavLink | null;
}

export interface DocumentView {
  /** The `<title>` (without the site name), the description and the breadcrumb trail. */
  head: { title: string; description: string; breadcrumbs: { label: string; href?: string }[] };
  title: {
    /** `Документ № 3`; `null` for a text that is a source of its own, which has no number to cite. */
    number: string | null;
    supplied: boolean;
    segments: TitleSegment[];
    correction: CorrectionMarkView | null;
    marks: NoteMarkView[];
  };
  meta: DocumentMetaView;
  /** The body's HTML (`renderBody`). */
  body: string;
  /** The table of contents of a text with sections (`tableOfContents`); empty for the others. */
  contents: ContentsEntry[];
  notes: NoteItem[];
  marginalia: MarkedParagraph[];
  legend: { text: string; marks: NoteMarkView[]; deloUrl: string | null } | null;
  published: MarkedParagraph[];
  corrections: CorrectionItem[];
  /** «Как цитировать»: the ГОСТ and Chicago forms, the files to download, and the head's metadata. */
  cite: CitationView;
  /** Neighbours in the source and by date; groups without any are left out. */
  nav: NavGroup[];
  /** The source of the publication: its citation, the page and the number, the link to its page. */
  source: { citation: string; details: string[]; href: string };
}


const correctionMark = (id: string): CorrectionMarkView => ({ href: `#${correctionIds(id).entry}`, id: correctionIds(id).mark });


/** The title around a corrected reading, when the reading occurs exactly once in it (else the place would be a guess). */
function titleSegments(title: string, doc: Document): { segments: TitleSegment[]; correction: string | null } {
  const once = (reading: string) => reading !== '' && title.indexOf(reading) !== -1 && title.indexOf(reading) === title.lastIndexOf(reading);
  const c = doc.corrections.find((x) => x.field === 'title' && once(x.to));
  if (!c) return { segments: [{ text: title, corrected: false }], correction: null };
  const at = title.indexOf(c.to);
  const segments = [
    { text: title.slice(0, at), corrected: false },
    { text: c.to, corrected: true },
    { text: title.slice(at + c.to.length), corrected: false },
  ].filter((s) => s.text !== '');
  return { segments, correction: c.id };
}

const personLinks = (refs: readonly PersonRef[], known: ReadonlySet<string>): PersonLink[] =>
  refs.map((ref) => ({
    name: ref.name,
    href: known.has(ref.id) ? urls.person(ref.id) : null,
    printed: ref.printed !== ref.name ? ref.printed : null,
  }));

const parties = (refs: readonly PersonRef[], labels: readonly [string, string], known: ReadonlySet<string>) =>
  refs.length > 0 ? { label: labels[refs.length > 1 ? 1 : 0], persons: personLinks(refs, known) } : null;

const field = (label: string, value: string | null): Field | null => (value ? { label, value } : null);

function metaView(doc: Document, { source, known }: DocumentContext): DocumentMetaView {
  const dateCorrection = doc.corrections.find((c) => c.field === 'date');
  const from = doc.date.source ? DATE_SOURCE_LABELS[doc.date.source] : null;
  return {
    date: {
      label: FIELD_LABELS.date,
      text: dateText(doc.date.edtf),
      datetime: htmlDatetime(doc.date.edtf),
      correction: dateCorrection ? correctionMark(dateCorrection.id) : null,
      printed: doc.date.text ? { from: from ? capitalise(from) : 'В источнике', text: doc.date.text } : null,
      edtf: doc.date.edtf,
      basis: doc.date.basis ? DATE_BASIS_LABELS[doc.date.basis] : null,
    },
    place: field(FIELD_LABELS.place, doc.place),
    genre: doc.genre ? { label: FIELD_LABELS.genre, value: doc.genre, href: urls.genre(doc.genre) } : null,
    authors: parties(doc.authors, FIELD_LABELS.authors, known),
    addressees: parties(doc.addressees, FIELD_LABELS.addressees, known),
    classification: field(FIELD_LABELS.classification, doc.classification),
    registration: field(FIELD_LABELS.registration, doc.registration),
    source: {
      label: FIELD_LABELS.source,
      title: source?.shortTitle ?? doc.source,
      href: urls.source(doc.source),
      number: source?.kind === 'document-collection' ? `документ ${numberLabel(doc.number)}` : null,
      pages: pagesLabel(doc),
    },
  };
}

/** `С. 465–468 (расчётные).` for the source's citation under the text. */
function pageDetails(doc: Document): string[] {
  const label = pagesLabel(doc);
  return label ? [`С. ${label.pages}${label.note ? ` (${label.note})` : ''}.`] : [];
}

function navGroups({ neighbours: { inSource, inDate }, sources }: DocumentContext): NavGroup[] {
  const link = (d: DocumentSummary | null, direction: (d: DocumentSummary) => string): NavLink | null =>
    d && { href: urls.document(d.id), direction: direction(d), title: numberedTitle(d, sources?.get(d.source)) };
  const inCollection = (word: string) => () => `${word} в сборнике`;
  const byDate = (word: string) => (d: DocumentSummary) => `${word} по дате: ${dateText(d.date.edtf)}`;
  return [
    { label: 'В сборнике', prev: link(inSource.prev, inCollection('Предыдущий')), next: link(inSource.next, inCollection('Следующий')) },
    { label: 'По дате', prev: link(inDate.prev, byDate('Ранее')), next: link(inDate.next, byDate('Позднее')) },
  ].filter((g) => g.prev || g.next);
}

/** What the page of `doc` shows. */
export function documentView(doc: Document, context: DocumentContext): DocumentView {
  const { source } = context;
  /** A source that is one text: its record already names the document, and it has no numbering. */
  // Only a collection numbers its documents; the platform and the book's program texts are known by their titles.
  const single = source?.kind !== 'document-collection';
  // A program text names another by its title («Манифест Рабочей группы»): that title links to it.
  const links = context.crossLinks && crossLinkSpans(doc.blocks, context.crossLinks, { kinds: ['document'], self: doc.id, source: doc.source, corrections: doc.corrections }).spans;
  const body = renderBody(doc.blocks, doc.notes, doc.corrections, links ? { links } : {});

  /** Markers of the notes that stand outside the body, by the element they belong to. */
  const marksOn = (on: Note['on']): NoteMarkView[] =>
    doc.notes.flatMap((note, i) => (note.on === on ? [{ n: note.n, anchor: body.anchors[i] ?? note.n }] : []));
  const titleMarks = marksOn('title');
  const legendMarks = doc.legend ? marksOn('legend') : [];
  /** Paragraphs after the text; the markers of their notes follow the last one. */
  const marked = (paragraphs: readonly string[], on: Note['on']): MarkedParagraph[] => {
    const marks = paragraphs.length > 0 ? marksOn(on) : [];
    return paragraphs.map((text, i) => ({ text, marks: i === paragraphs.length - 1 ? marks : [] }));
  };
  const published = marked(doc.published, 'published');
  const marginalia = marked(doc.marginalia, 'marginalia');
  const referenced = new Set([
    ...body.marked.notes,
    ...[...titleMarks, ...legendMarks, ...published.flatMap((p) => p.marks), ...marginalia.flatMap((p) => p.marks)].map((m) => m.anchor),
  ]);

  const title = shownTitle(doc);
  const { segments, correction: titleCorrection } = titleSegments(title, doc);
  /** Which corrections have a mark on the page to link back to. */
  const markedCorrections = new Set([
    ...body.marked.corrections,
    ...(titleCorrection ? [titleCorrection] : []),
    ...doc.corrections.filter((c) => c.field === 'date').map((c) => c.id),
  ]);

  const legend = doc.legend;

  return {
    head: {
      title: numberedTitle(doc, source),
      description: [sentence(doc.title), sentence(capitalise(dateText(doc.date.edtf))), legend ? sentence(legend.text) : null]
        .filter(Boolean)
        .join(' ')
        .slice(0, 300),
      breadcrumbs: [
        { label: 'Документы', href: urls.documents() },
        ...(source ? [{ label: source.shortTitle, href: urls.source(source.id) }] : []),
        // The book's program texts are unnumbered and several: each is named by its title, as in the book's lists.
        { label: source?.kind === 'book' ? doc.title : single ? 'Текст' : numberLabel(doc.number) },
      ],
    },
    title: {
      number: single ? null : `Документ ${numberLabel(doc.number)}`,
      supplied: doc.titleSupplied,
      segments,
      correction: titleCorrection ? correctionMark(titleCorrection) : null,
      marks: titleMarks,
    },
    meta: metaView(doc, context),
    body: body.html,
    contents: tableOfContents(doc.blocks),
    notes: noteList(doc.notes, body.anchors, referenced),
    marginalia,
    legend: legend && {
      text: legend.text,
      marks: legendMarks,
      deloUrl:
        legend.archive && legend.fond && legend.opis && legend.delo ? urls.delo(legend.archive, legend.fond, legend.opis, legend.delo) : null,
    },
    published,
    corrections: doc.corrections.map((c) => ({
      anchor: correctionIds(c.id).entry,
      field: CORRECTED_FIELD_LABELS[c.field],
      kind: CORRECTION_KIND_LABELS[c.kind],
      sides: CORRECTION_SIDES[c.kind],
      from: c.from,
      date: c.field === 'date' ? { label: edtfLabel(c.to), edtf: c.to } : null,
      to: c.to,
      reason: c.reason,
      back: markedCorrections.has(c.id) ? `#${correctionIds(c.id).mark}` : null,
    })),
    cite: citationView(context.record),
    nav: navGroups(context),
    source: {
      citation: source ? source.citation : doc.source,
      details: [
        ...pageDetails(doc),
        ...(single ? [] : [`Документ ${numberLabel(doc.number)}.`]),
      ],
      href: urls.source(doc.source),
    },
  };
}
