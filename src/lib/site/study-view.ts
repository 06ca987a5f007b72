/**
 * What a study's page shows, computed from its record: the heading lines, the body with its note marks
 * (printed marks, unique ids) and its unresolved references as links, the notes and the references
 * linked back, the table of contents, and the edition's interventions (restored capitals, supplied
 * title). Pure; `src/pages/studies/[id]/[...part].astro` renders it. Any kind of study renders the same way.
 */
import { edtfLabel } from '../edtf/label.ts';
import { urls } from '../ids/urls.ts';
import { plural } from '../lang/plural.ts';
import { renderBody, type LinkSpan } from '../render/body.ts';
import type { NoteItem } from '../render/note-list.ts';
import type { Source, Study } from '../../schemas/index.ts';
import { tableOfContents, type ContentsEntry } from './contents.ts';
import { href } from '../ids/site-address.ts';
import { cutText, partLabel, partsNav, type AnchorMap, type PartsNav } from './parts.ts';
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
  /** Of a study in parts (parts.ts): this part, the list of parts and its neighbours; `null` for one page. */
  parts: PartsNav | null;
  /** Of a study in parts: where the other parts' anchors are, for the page's script. */
  anchorMap: AnchorMap | null;
  /** `<title>`: the title, with `(часть 2 из 3)` for a study in parts. */
  headTitle: string;
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
  return studyViews(study, source, sourceHref, index)[0]!;
}

/**
 * The pages of `study`: one, or, with a `textBudget` its text exceeds, one per part (parts.ts), part 1
 * at the study's URL. Every part has the heading lines and the table of contents; the abstracts are on
 * part 1; the notes on the part that marks them; the references and the edition's interventions on
 * the last part.
 */
export function studyViews(study: Study, source: Source, sourceHref: string, index?: CrossLinkIndex, textBudget?: number): StudyView[] {
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
  const bodyNotes = study.notes.map((n) => ({ n: n.id, text: n.text, on: 'text' as const }));
  const options = { label: (n: string) => markOf.get(n) ?? n, links };
  const url = urls.study(study.id);
  const referenceIds = (study.references ?? []).map((r) => r.id);
  const { ranges, map } = cutText(blocks, bodyNotes, study.corrections, options, textBudget, url, ['references-heading', ...referenceIds]);
  const count = ranges.length;
  // An unresolved reference's place in the text (`<id>-text`), which its entry links back to.
  for (const r of study.references ?? []) {
    const k = ranges.findIndex((p) => p.from <= r.block && r.block < p.to);
    if (count > 1 && k !== -1) map.place(`${r.id}-text`, k + 1);
  }
  const headings = blocks.map((b) => (b.kind === 'heading' ? { text: b.text, level: b.level ?? 1 } : null));
  const contents = tableOfContents(blocks);
  const whole = studyWhole(study, source, sourceHref);
  return ranges.map((range, k) => {
    const n = k + 1;
    const last = n === count;
    const target = (anchor: string): string => map.href(anchor, n);
    const here = (anchor: string): boolean => (map.partOf(anchor) ?? n) === n;
    const body = renderBody(blocks, bodyNotes, study.corrections, {
      ...options,
      ...(count > 1 ? { range: [range.from, range.to] as const, target: (a: string) => href(target(a)) } : {}),
    });
    const referenced = new Set(count > 1 ? body.anchors.filter((a) => map.partOf(`ref-${a}`) !== null) : body.marked.notes);
    const notes: NoteItem[] = study.notes.flatMap((note, i) => {
      const anchor = body.anchors[i] ?? note.id;
      if (!here(`note-${anchor}`)) return [];
      return [
        {
          n: note.mark,
          anchor,
          where: NOTE_WHERE[note.kind],
          text: note.text || null,
          back: referenced.has(anchor) ? { href: target(`ref-${anchor}`), label: `Вернуться к тексту (примечание ${note.mark})` } : null,
          links: index ? findCrossLinks(note.text, index, { source: study.source }) : [],
        },
      ];
    });
    return {
      ...whole,
      abstracts: n === 1 ? study.abstracts : [],
      contents: count > 1 ? contents.map((e) => ({ ...e, href: target(e.anchor) })) : contents,
      html: body.html,
      notes,
      references: last ? whole.references.map((r) => ({ ...r, back: target(r.back.slice(1)) })) : [],
      abstractGap: last && whole.abstractGap,
      capitals: last ? whole.capitals : null,
      parts: count > 1 ? partsNav(url, ranges, headings, n) : null,
      anchorMap: count > 1 ? map.elsewhere(n) : null,
      headTitle: count > 1 ? `${study.title} (${partLabel(n, count)})` : study.title,
    };
  });
}

/** What every part of a study shows alike (the page's heading lines, the references, the interventions). */
function studyWhole(study: Study, source: Source, sourceHref: string): Omit<StudyView, 'contents' | 'html' | 'notes' | 'parts' | 'anchorMap' | 'headTitle'> {
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
