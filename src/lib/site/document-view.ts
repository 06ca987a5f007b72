/**
 * Everything a document's page shows, computed from the record: the page only renders it
 * (`src/pages/documents/[id]/[...part].astro`), and what it shows is unit-tested here
 * (`tests/site-document-view.test.ts`), as Starlight does with `generateRouteData`.
 * Pure: the page passes in what it looked up (source, neighbours, the citation record).
 */
import type { Document, DocumentSummary, Note, PersonRef, Source } from '../../schemas/index.ts';
import { correctionIds, renderBody, type BodyOptions } from '../render/body.ts';
import { cutText, cutTextAsync, partLabel, PartMap, partsNav, partUrl, type AnchorMap, type PartsNav, type TextCut } from './parts.ts';
import { href } from '../ids/site-address.ts';
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
  /**
   * The compressed size a part's text may take (`textBudget` in parts.ts): a longer text is cut into
   * parts (`documentViews`). Without it the text is one page.
   */
  textBudget?: number;
  /** What part 1 carries besides its text, sized with it: the search index's hidden lines (search-index.astro). */
  lead?: string;
  /**
   * Where the text is cut, made before (`documentCut` with the same context): the build learns how many
   * parts each document has before it makes the pages, and need not cut twice.
   */
  cut?: DocumentCut;
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
  /** Of a text in parts: this part's number, the list of parts and its neighbours; `null` for a text on one page. */
  parts: PartsNav | null;
  /** Of a text in parts: where the anchors of the other parts are (`PartMap.elsewhere`), for the page's script. */
  anchorMap: AnchorMap | null;
  /** The page's address: the document's for part 1, `N/` under it for part N. */
  url: string;
  /** The source of the publication: its citation, the page and the number, the link to its page. */
  source: { citation: string; details: string[]; href: string };
}


/** The mark of correction `id`; `target` gives the href of its entry (on another part of a long text). */
const correctionMark = (id: string, target: (anchor: string) => string = (a) => `#${a}`): CorrectionMarkView => ({
  href: target(correctionIds(id).entry),
  id: correctionIds(id).mark,
});


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

function metaView(doc: Document, { source, known }: DocumentContext, target?: (anchor: string) => string): DocumentMetaView {
  const dateCorrection = doc.corrections.find((c) => c.field === 'date');
  const from = doc.date.source ? DATE_SOURCE_LABELS[doc.date.source] : null;
  return {
    date: {
      label: FIELD_LABELS.date,
      text: dateText(doc.date.edtf),
      datetime: htmlDatetime(doc.date.edtf),
      correction: dateCorrection ? correctionMark(dateCorrection.id, target) : null,
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

/** What the page of `doc` shows: the whole text, or part 1 of a text in parts (`documentViews`). */
export function documentView(doc: Document, context: DocumentContext): DocumentView {
  return documentViews(doc, context)[0]!;
}

/**
 * The pages of `doc`: one, or, with a `textBudget` the text exceeds, one per part (parts.ts). Each part
 * shows the title, the metadata, the citation and the neighbours; its stretch of the text with the notes
 * it marks; the last part also the legend, the publications, the marginalia and the corrections.
 * Links to an anchor on another part lead to that part.
 */
/** Where a document's text is cut into parts (`cutText`): small, kept for every document between the two passes of a build. */
export type DocumentCut = TextCut;

/** The body's options: a program text names another by its title («Манифест Рабочей группы»), and that title links to it. */
function bodyLinks(doc: Document, context: DocumentContext): { links?: NonNullable<BodyOptions['links']> } {
  const links = context.crossLinks && crossLinkSpans(doc.blocks, context.crossLinks, { kinds: ['document'], self: doc.id, source: doc.source, corrections: doc.corrections }).spans;
  return links ? { links } : {};
}

/** Where the text is cut into parts for the context's budget; the legend, the publications, the marginalia and the corrections go on the last part. */
export function documentCut(doc: Document, context: DocumentContext): DocumentCut {
  return cutText(...documentCutInput(doc, context));
}

/** `documentCut`, its texts compressed in Node's thread pool (the same cut): the build's first pass cuts a few documents at once. */
export function documentCutAsync(doc: Document, context: DocumentContext): Promise<DocumentCut> {
  return cutTextAsync(...documentCutInput(doc, context));
}

const documentCutInput = (doc: Document, context: DocumentContext): Parameters<typeof cutText> =>
  [doc.blocks, doc.notes, doc.corrections, bodyLinks(doc, context), context.textBudget, urls.document(doc.id), ['legend', 'corrections'], context.lead];

export function documentViews(doc: Document, context: DocumentContext): DocumentView[] {
  const { source } = context;
  /** A source that is one text: its record already names the document, and it has no numbering. */
  // Only a collection numbers its documents; the platform and the book's program texts are known by their titles.
  const single = source?.kind !== 'document-collection';
  const options = bodyLinks(doc, context);
  const { ranges, map } = context.cut ?? documentCut(doc, context);
  const count = ranges.length;
  const headings = doc.blocks.map((b) => (b.kind === 'heading' ? { text: b.text, level: b.level ?? 1 } : null));
  const common = {
    cite: citationView(context.record),
    nav: navGroups(context),
    contents: tableOfContents(doc.blocks),
  };
  return ranges.map((range, k) => partView(doc, context, { ...options, ...(count > 1 ? { range: [range.from, range.to] as const } : {}) }, {
    n: k + 1,
    count,
    map,
    single,
    nav: count > 1 ? partsNav(urls.document(doc.id), ranges, headings, k + 1) : null,
    common,
  }));
}

interface PartContext {
  n: number;
  count: number;
  map: PartMap;
  single: boolean;
  nav: PartsNav | null;
  common: { cite: CitationView; nav: NavGroup[]; contents: ContentsEntry[] };
}

/** Part `n` of `count` (1 of 1 for a text on one page). */
function partView(doc: Document, context: DocumentContext, options: Parameters<typeof renderBody>[3], part: PartContext): DocumentView {
  const { source } = context;
  const { n, count, map, single } = part;
  const last = n === count;
  const target = (anchor: string): string => map.href(anchor, n);
  // The body is HTML: its links to other parts are written under the base path here (the template's `href` does the rest).
  const body = renderBody(doc.blocks, doc.notes, doc.corrections, { ...options, ...(count > 1 ? { target: (a: string) => href(target(a)) } : {}) });
  /** Whether this part shows `anchor` (every part shows what the map does not place). */
  const here = (anchor: string): boolean => (map.partOf(anchor) ?? n) === n;

  /** Markers of the notes that stand outside the body, by the element they belong to. */
  const marksOn = (on: Note['on']): NoteMarkView[] =>
    doc.notes.flatMap((note, i) => (note.on === on ? [{ n: note.n, anchor: body.anchors[i] ?? note.n }] : []));
  const titleMarks = marksOn('title');
  const legendMarks = doc.legend && last ? marksOn('legend') : [];
  /** Paragraphs after the text; the markers of their notes follow the last one. */
  const marked = (paragraphs: readonly string[], on: Note['on']): MarkedParagraph[] => {
    const marks = paragraphs.length > 0 ? marksOn(on) : [];
    return paragraphs.map((text, i) => ({ text, marks: i === paragraphs.length - 1 ? marks : [] }));
  };
  const published = last ? marked(doc.published, 'published') : [];
  const marginalia = last ? marked(doc.marginalia, 'marginalia') : [];
  const referenced = new Set([
    ...body.marked.notes,
    ...[...titleMarks, ...legendMarks, ...published.flatMap((p) => p.marks), ...marginalia.flatMap((p) => p.marks)].map((m) => m.anchor),
  ]);
  // A note marked on another part too links back to its first mark: the map knows where that is.
  for (const a of body.anchors) if (count > 1 && map.partOf(`ref-${a}`) !== null) referenced.add(a);

  const title = shownTitle(doc);
  const { segments, correction: titleCorrection } = titleSegments(title, doc);
  /** Which corrections have a mark on the page to link back to. */
  const markedCorrections = new Set([
    ...(count > 1 ? doc.corrections.map((c) => c.id).filter((id) => map.partOf(correctionIds(id).mark) !== null) : body.marked.corrections),
    ...(titleCorrection ? [titleCorrection] : []),
    ...doc.corrections.filter((c) => c.field === 'date').map((c) => c.id),
  ]);

  const legend = last ? doc.legend : null;
  const headTitle = numberedTitle(doc, source);

  return {
    head: {
      title: count > 1 ? `${headTitle} (${partLabel(n, count)})` : headTitle,
      description: [sentence(doc.title), sentence(capitalise(dateText(doc.date.edtf))), doc.legend ? sentence(doc.legend.text) : null]
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
      correction: titleCorrection ? correctionMark(titleCorrection, target) : null,
      marks: titleMarks,
    },
    meta: metaView(doc, context, target),
    body: body.html,
    contents: count > 1 ? part.common.contents.map((e) => ({ ...e, href: target(e.anchor) })) : part.common.contents,
    notes: noteList(doc.notes, body.anchors, referenced)
      .filter((item) => here(`note-${item.anchor}`))
      .map((item) => (item.back ? { ...item, back: { ...item.back, href: target(item.back.href.slice(1)) } } : item)),
    marginalia,
    legend: legend && {
      text: legend.text,
      marks: legendMarks,
      deloUrl:
        legend.archive && legend.fond && legend.opis && legend.delo ? urls.delo(legend.archive, legend.fond, legend.opis, legend.delo) : null,
    },
    published,
    corrections: last
      ? doc.corrections.map((c) => ({
          anchor: correctionIds(c.id).entry,
          field: CORRECTED_FIELD_LABELS[c.field],
          kind: CORRECTION_KIND_LABELS[c.kind],
          sides: CORRECTION_SIDES[c.kind],
          from: c.from,
          date: c.field === 'date' ? { label: edtfLabel(c.to), edtf: c.to } : null,
          to: c.to,
          reason: c.reason,
          back: markedCorrections.has(c.id) ? target(correctionIds(c.id).mark) : null,
        }))
      : [],
    cite: part.common.cite,
    nav: part.common.nav,
    parts: part.nav,
    anchorMap: count > 1 ? map.elsewhere(n) : null,
    url: partUrl(urls.document(doc.id), n),
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
