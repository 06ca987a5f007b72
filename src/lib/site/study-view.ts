/**
 * What a study's page shows, computed from its record: the heading lines, the body with its note marks
 * (printed marks, unique ids) and its unresolved references as links, the notes and the references
 * linked back, the table of contents, and the edition's interventions (restored capitals, supplied
 * title). Pure; `src/pages/studies/[id].astro` renders it. Any kind of study renders the same way.
 */
import { edtfLabel } from '../edtf/label.ts';
import { plural } from '../lang/plural.ts';
import { renderBody, type LinkSpan } from '../render/body.ts';
import type { NoteItem } from '../render/note-list.ts';
import type { Source, Study } from '../../schemas/index.ts';
import { tableOfContents, type ContentsEntry } from './contents.ts';
import { crossLinkSpans, findCrossLinks, type CrossLinkIndex } from './cross-links.ts';

/** What each kind of study is called on its page and in lists. */
export const STUDY_KIND_LABELS: Readonly<Record<Study['kind'], string>> = {
  annotation: 'аннотация',
  preface: 'предисловие',
  study: 'исследование',
  obituary: 'некролог',
  article: 'статья',
  review: 'рецензия',
  'back-matter': 'приложение',
};

/** What a note of each kind is said to stand at, when not in the text. */
const NOTE_WHERE: Readonly<Record<Study['notes'][number]['kind'], string | null>> = {
  footnote: null,
  endnote: null,
  title: 'К заглавию',
};

/** The rules of `lost-capitals.ts` as readers read them. */
export const CAPITAL_RULES: Readonly<Record<NonNullable<Study['capitals']>[number]['rule'], string>> = {
  acronym: 'в аббревиатуре из заглавных букв',
  initial: 'инициал или фамилия после инициала',
  sentence: 'начало предложения',
  dictionary: 'имя собственное по словарю русского языка',
  corpus: 'слово, которое другие источники издания пишут с заглавной',
};

export interface ReferenceItem {
  id: string;
  printed: string;
  page: number | null;
  back: string;
}

export interface StudyView {
  kind: string;
  title: string;
  titleSupplied: boolean;
  titleEn: string | null;
  authors: string;
  publication: string | null;
  date: string | null;
  pages: string | null;
  abstracts: Study['abstracts'];
  keywords: string[];
  contents: ContentsEntry[];
  html: string;
  notes: NoteItem[];
  references: ReferenceItem[];
  /** The abstract lost text in OCR and the edition marked the place «[…]» (`abstract-gap`). */
  abstractGap: boolean;
  capitals: { letters: string; count: string; rules: { label: string; count: number }[]; words: string[] } | null;
  source: { title: string; href: string };
}

/**
 * The blocks the page shows as the text: all of them, but for the printed heading of the endnotes
 * (a last line «Примечания») when the page sets the notes under its own heading «Примечания» — the
 * reader would see it twice. The record keeps the line.
 */
export function shownBlocks(study: Pick<Study, 'blocks' | 'notes'>): Study['blocks'] {
  const last = study.blocks.at(-1);
  const printedNotesHeading = last?.kind === 'line' && last.text.trim() === 'Примечания';
  return printedNotesHeading && study.notes.length > 0 ? study.blocks.slice(0, -1) : study.blocks;
}

/**
 * What the page of `study` shows. With `index`, the archive references, program texts and persons it
 * names link to their pages (`cross-links.ts`), beside its unresolved references.
 */
export function studyView(study: Study, source: Source, sourceHref: string, index?: CrossLinkIndex): StudyView {
  const blocks = shownBlocks(study);
  const markOf = new Map(study.notes.map((n) => [n.id, n.mark]));
  const links: LinkSpan[][] = blocks.map(() => []);
  for (const r of study.references ?? []) {
    links[r.block]?.push({ start: r.at, end: r.at + r.printed.length, href: `#${r.id}`, id: `${r.id}-text`, className: 'reference-unresolved' });
  }
  if (index) {
    const cross = crossLinkSpans(blocks, index, { source: study.source, corrections: study.corrections, taken: links }).spans;
    cross.forEach((spans, i) => links[i]?.push(...spans));
  }
  const body = renderBody(
    blocks,
    study.notes.map((n) => ({ n: n.id, text: n.text, on: 'text' as const })),
    study.corrections,
    { label: (n) => markOf.get(n) ?? n, links },
  );
  const referenced = new Set(body.marked.notes);
  const notes: NoteItem[] = study.notes.map((n, i) => {
    const anchor = body.anchors[i] ?? n.id;
    return {
      n: n.mark,
      anchor,
      where: NOTE_WHERE[n.kind],
      text: n.text || null,
      back: referenced.has(anchor) ? { href: `#ref-${anchor}`, label: `Вернуться к тексту (примечание ${n.mark})` } : null,
      links: index ? findCrossLinks(n.text, index, { source: study.source }) : [],
    };
  });
  const capitals = study.capitals ?? [];
  const byRule = new Map<string, number>();
  for (const c of capitals) byRule.set(c.rule, (byRule.get(c.rule) ?? 0) + 1);
  return {
    kind: STUDY_KIND_LABELS[study.kind],
    title: study.title,
    titleSupplied: study.titleSupplied,
    titleEn: study.titleEn,
    authors: study.authors.join(', '),
    publication: study.publication,
    date: study.date?.edtf ? edtfLabel(study.date.edtf) : null,
    pages: study.pages ? `С. ${study.pages.start}–${study.pages.end}` : null,
    abstracts: study.abstracts,
    keywords: study.keywords,
    contents: tableOfContents(blocks),
    html: body.html,
    notes,
    abstractGap: study.abstracts.some((a) => a.text.includes('[…]')),
    references: (study.references ?? []).map((r) => ({ id: r.id, printed: r.printed, page: r.page, back: `#${r.id}-text` })),
    capitals:
      capitals.length === 0
        ? null
        : {
            letters: (source.lostCapitals ?? []).map((c) => `«${c}»`).join(' и '),
            // «восстановило их в 15 словах», «в 1 слове».
            count: `${capitals.length} ${plural(capitals.length, ['слове', 'словах', 'словах'])}`,
            rules: [...byRule].map(([rule, count]) => ({ label: CAPITAL_RULES[rule as keyof typeof CAPITAL_RULES], count })),
            words: [...new Set(capitals.map((c) => `${c.printed} → ${c.reading}`))],
          },
    source: { title: source.shortTitle, href: sourceHref },
  };
}
