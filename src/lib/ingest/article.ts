/**
 * A journal article (the `article` kind) as one study: its abstract, the English title and abstract when
 * printed, paragraphs, footnotes (numbered afresh on every page, so each gets an id of its own: `fn-1` …),
 * references to a list of literature the file does not hold (`(1)`…`(48)`, kept and recorded as
 * unresolved), and, where the sidecar declares capitals the OCR lost, those capitals restored.
 * Title, authors, journal and year come from the sidecar: the files have no title block.
 */
import type { Block, Source, StudyReference } from '../../schemas/index.ts';
import { readArticle } from './article-reading.ts';
import { buildBlocks, joinLines, MARK_CLOSE, MARK_OPEN, type BlockOptions } from './blocks.ts';
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import { draftStudy, type KindParser } from './draft.ts';
import type { TextLine } from './furniture.ts';
import { letterKey, restoreCapitals, type CapitalRepair, type PlacedRepair } from './lost-capitals.ts';
import { tieNotes } from './markers.ts';

/** A reference to the missing list of literature: `(12)`, or with a misprinted close (`(30;`). */
const REFERENCE = /\((\d{1,2})[);]/gu;

export const parseArticle: KindParser = (source, { lines }, diagnostics, options) => {
  const article = readArticle(lines, source, diagnostics);
  const tied = tieNotes(article.flow, article.notes, diagnostics);
  const texts = article.flow.filter((l): l is TextLine => l.kind === 'text');
  // Footnotes restart on every page: each marker gets the note's id, unique in the study.
  const notes = tied.map(({ note, markerLine }, k) => {
    const id = `fn-${k + 1}`;
    const line = texts.find((l) => l.no === markerLine);
    if (line) line.text = line.text.replace(`${MARK_OPEN}${note.n}${MARK_CLOSE}`, `${MARK_OPEN}${id}${MARK_CLOSE}`);
    const page = texts.filter((l) => l.no < note.no).at(-1)?.page ?? null;
    return { id, mark: note.n, kind: 'footnote' as const, text: note.text, page };
  });
  const pageOf = referencePages(texts);
  const blockOptions: BlockOptions = { ...options, paragraphEnds: 'short-line' };
  const blocks = buildBlocks(article.flow, blockOptions);
  const abstracts = [
    ...(article.abstract.length ? [{ lang: 'ru' as const, text: abstractText(article, blockOptions, diagnostics) }] : []),
    ...(article.english?.abstract.length ? [{ lang: 'en' as const, text: english(article.english.abstract).replace(/^Abstract\.\s*/u, '') }] : []),
  ];
  const capitals = restoreAll(source, lines, blocks, notes, abstracts, options, diagnostics);
  const references = findReferences(blocks, pageOf);
  if (references.length > 0) {
    const first = texts.find((l) => /\(\d{1,2}[);]/u.test(l.text))?.no ?? 0;
    diagnostics.report('references-unresolved', first, `${references.length} references to a list of literature the file does not hold, kept unresolved`, {
      data: { count: references.length },
    });
  }
  const titleEn = article.english?.title.length ? english(article.english.title) : null;
  const study = draftStudy(source, {
    slug: 'article',
    number: 1,
    kind: 'article',
    title: source.title,
    titleSupplied: true,
    titleEn,
    authors: source.authors,
    publication: publicationLine(source),
    date: source.issued ? { edtf: source.issued, text: source.issued, source: null } : null,
    abstracts,
    keywords: source.keywords ?? [],
    blocks,
    notes,
    pages: article.pages,
    span: { start: lines[0]?.no ?? 0, end: lines.at(-1)?.no ?? 0 },
  });
  if (references.length > 0) study.references = references;
  if (capitals.length > 0) study.capitals = capitals;
  return {
    documents: [],
    studies: [study],
    frontMatter: [],
    frontNotes: [],
    sectionText: lines.filter((l) => !article.furniture.has(l.no)),
    gaps: [],
    pageNumbers: article.pageNumbers,
  };
};

/** The journal, year, issue and pages as the sidecar gives them: `Власть. 2020`. */
function publicationLine(source: Source): string | null {
  if (!source.containerTitle) return null;
  const parts = [source.containerTitle, source.issued, source.issue && `№ ${source.issue}`, source.pages && `С. ${source.pages}`];
  return parts.filter(Boolean).join('. ');
}

/**
 * The Russian abstract: its lines joined as the text's paragraphs are, without the label «Аннотация.»; where
 * the OCR lost text (a line opening with a space in mid-sentence) the edition puts «[…]» and reports it.
 */
function abstractText(article: ReturnType<typeof readArticle>, options: BlockOptions, diagnostics: Diagnostics): string {
  const parts = article.abstract.map((l) => {
    if (!article.abstractGaps.has(l.no)) return l.text.trim();
    diagnostics.report('abstract-gap', l.no, 'the abstract lost text before this line in OCR; marked […]');
    return `[…] ${l.text.trim()}`;
  });
  return parts.reduce((para, next) => joinLines(para, next, options)).replace(/^Аннотация\.\s*/u, '');
}

/** English lines joined; a hyphen at a line end stays (`counter-` / `elite`). */
function english(lines: SourceLine[]): string {
  return lines
    .map((l) => l.text.trim())
    .reduce((a, b) => (/-$/.test(a) ? a + b : `${a} ${b}`))
    .replace(/\s+/g, ' ');
}

/** The printed page of each reference number, from the lines it stands on. */
function referencePages(texts: TextLine[]): Map<string, number | null> {
  const pages = new Map<string, number | null>();
  for (const l of texts) for (const m of l.text.matchAll(REFERENCE)) if (!pages.has(m[1]!)) pages.set(m[1]!, l.page);
  return pages;
}

/** Every reference in the blocks, where it stands. */
function findReferences(blocks: Block[], pageOf: Map<string, number | null>): StudyReference[] {
  const seen = new Map<string, number>();
  return blocks.flatMap((b, block) =>
    [...b.text.matchAll(REFERENCE)].map((m) => {
      const count = (seen.get(m[1]!) ?? 0) + 1;
      seen.set(m[1]!, count);
      return { id: count === 1 ? `ref-${m[1]}` : `ref-${m[1]}-${count}`, mark: m[1]!, printed: m[0], block, at: m.index, page: pageOf.get(m[1]!) ?? null };
    }),
  );
}

/** Restores the capitals the sidecar declares lost in every text of the study, and reports each repair at its line. */
function restoreAll(
  source: Source,
  lines: SourceLine[],
  blocks: Block[],
  notes: Array<{ text: string }>,
  abstracts: Array<{ lang: 'ru' | 'en'; text: string }>,
  options: Omit<BlockOptions, 'paragraphEnds'>,
  diagnostics: Diagnostics,
): CapitalRepair[] {
  const lost = new Set((source.lostCapitals ?? []).map((c) => c.toLowerCase()));
  if (lost.size === 0) return [];
  for (const capital of source.lostCapitals ?? []) {
    const line = lines.find((l) => l.text.includes(capital));
    if (line) diagnostics.report('capital-present', line.no, `the capital ${capital}, declared lost, occurs in the file`, { data: { letter: capital } });
  }
  const evidence = options.cases ?? { capital: new Set<string>(), lower: new Set<string>() };
  const repairs: PlacedRepair[] = [];
  const repair = (text: string): string => {
    const result = restoreCapitals(text, lost, evidence, options.dictionary);
    repairs.push(...result.repairs);
    return result.text;
  };
  for (const a of abstracts) if (a.lang === 'ru') a.text = repair(a.text);
  for (const b of blocks) b.text = repair(b.text);
  for (const n of notes) n.text = repair(n.text);
  // Each repair is reported at the line where its word follows the same letters as in the text.
  const joinedText = lines.map((l) => l.text).join('\n');
  const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.text.length + 1, 0));
  for (const { before, ...r } of repairs) {
    const pattern = new RegExp(`(?<!\\p{L})${r.printed}(?!\\p{L})`, 'gu');
    const hits = [...joinedText.matchAll(pattern)].map((m) => m.index);
    const at = hits.find((h) => letterKey(joinedText.slice(Math.max(0, h - 40), h)).endsWith(before.slice(-6))) ?? hits[0] ?? 0;
    const index = starts.findLastIndex((s) => s <= at);
    diagnostics.report('capital-restored', lines[index]?.no ?? 0, `"${r.printed}" read as "${r.reading}" (${r.rule})`, { data: r });
  }
  return repairs.map(({ before: _before, ...r }) => r);
}
