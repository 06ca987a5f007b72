/**
 * The `<text>` of a document's TEI: the title as `<head>`, the body block by block (a paragraph as
 * `<p>`, a line that stands alone — an address, a grif, a signature, a date — as `<ab type="line">`),
 * the compiler's footnotes as `<note place="foot">` where their markers stand, and the edition's
 * corrections as `<choice><sic>printed</sic><corr>reading</corr></choice>` where the reading stands,
 * with the reason in a `<note type="correction">` that points to it. The back holds the legend, the
 * publication notes, the marginalia, the notes without a place and the list of corrections. Where
 * notes and corrections stand is read as the page's renderer reads it (`noteAnchors`,
 * `correctionRanges`), so the TEI and the page agree.
 */
import type { Document, Note } from '../../schemas/index.ts';
import { CORRECTED_FIELD_LABELS, CORRECTION_SIDES } from '../render/labels.ts';
import { correctionRanges, passageAnchors } from '../render/body.ts';
import { noteAnchors } from '../render/note-anchors.ts';
import { el, phrase, type XmlElement, type XmlNode } from './xml.ts';

type Correction = Document['corrections'][number];

/** The `xml:id` of a correction's `<choice>`: `correction-pt-015-text-date`. */
const correctionXmlId = (id: string): string => `correction-${id}`;

/** A compiler's footnote. */
const noteElement = (note: Note): XmlElement => phrase('note', { n: note.n, place: 'foot', type: 'editorial' }, note.text);

/** A stretch the edition corrected, at `[start, end)` of a string. */
interface Stretch {
  start: number;
  end: number;
  correction: Correction;
}

/**
 * A string with its note markers (after offset `at`) and corrected stretches as TEI phrases. A
 * marker inside a corrected stretch follows the `<choice>`.
 */
function phrases(text: string, marks: { at: number; node: XmlNode }[], stretches: Stretch[]): XmlNode[] {
  const out: XmlNode[] = [];
  const sorted = [...marks].sort((a, b) => a.at - b.at);
  const cuts = [...new Set([0, text.length, ...sorted.map((m) => m.at), ...stretches.flatMap((s) => [s.start, s.end])])]
    .filter((at) => at >= 0 && at <= text.length)
    .sort((a, b) => a - b);
  let m = 0;
  const flushMarks = (upTo: number) => {
    for (; m < sorted.length && sorted[m]!.at <= upTo; m++) out.push(sorted[m]!.node);
  };
  for (let k = 0; k < cuts.length - 1; k++) {
    const at = cuts[k]!;
    const next = cuts[k + 1]!;
    flushMarks(at);
    const stretch = stretches.find((s) => s.start === at);
    if (stretch) {
      const c = stretch.correction;
      out.push(el('choice', { 'xml:id': correctionXmlId(c.id) }, el('sic', {}, c.from), el('corr', { resp: '#edition' }, c.to)));
      flushMarks(stretch.end - 1);
      k = cuts.indexOf(stretch.end) - 1;
      continue;
    }
    out.push(text.slice(at, next));
  }
  flushMarks(text.length);
  return out.filter((n) => n !== '');
}

/** The one stretch where a reading stands in a string, when it occurs exactly once (else its place would be a guess). */
function onceIn(text: string, corrections: readonly Correction[], field: Correction['field']): Stretch[] {
  return corrections
    .filter((c) => c.field === field && c.to !== '' && text.indexOf(c.to) !== -1 && text.indexOf(c.to) === text.lastIndexOf(c.to))
    .slice(0, 1)
    .map((c) => ({ start: text.indexOf(c.to), end: text.indexOf(c.to) + c.to.length, correction: c }));
}

/** What the text part of a TEI file is made of, and which corrections found their place in it. */
export interface TeiText {
  text: XmlElement;
  /** Ids of the corrections marked where they stand. */
  placed: Set<string>;
}

/** The `<text>` of a document whose shown title is `title`. */
export function teiText(doc: Document, title: string): TeiText {
  const anchors = noteAnchors(doc.blocks, doc.notes);
  const noteByAnchor = new Map(anchors.notes.map((a, i) => [a, doc.notes[i]!]));
  const ranges = correctionRanges(doc.blocks, doc.corrections);
  const byId = new Map(doc.corrections.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const used = new Set<Note>();

  // The page's passage anchors (`#p-3`, `#thesis-12`) as the blocks' ids, so a passage is cited alike on the page and in the file.
  const passages = passageAnchors(doc.blocks);
  const blocks = doc.blocks.map((block, i) => {
    const marks = block.notes.map((mark, j) => {
      const note = noteByAnchor.get(anchors.marks[i]?.[j] ?? '');
      if (note) used.add(note);
      return { at: mark.at, node: note ? noteElement(note) : el('anchor', { type: 'note-mark', n: mark.n }) };
    });
    const stretches = (ranges[i] ?? []).map((r) => ({ start: r.start, end: r.end, correction: byId.get(r.id)! }));
    for (const s of stretches) placed.add(s.correction.id);
    const content = phrases(block.text, marks, stretches);
    // A heading stays in the flow of blocks as `<ab type="heading">` (a TEI `<head>` may only open a
    // `<div>`); every block's anchor (its own, a section's or a thesis's, else `p-N`) is its `xml:id`, as on the page.
    const id = { 'xml:id': passages[i]! };
    if (block.kind === 'heading') return phrase('ab', { type: 'heading', subtype: block.level === 1 ? 'section' : 'subsection', ...id }, content);
    return block.kind === 'line' ? phrase('ab', { type: 'line', ...id }, content) : phrase('p', id, content);
  });

  const on = (where: Note['on']) => doc.notes.filter((n) => n.on === where);
  const trailing = (where: Note['on']) =>
    on(where).map((n) => {
      used.add(n);
      return noteElement(n);
    });
  const titleStretches = onceIn(title, doc.corrections, 'title');
  for (const s of titleStretches) placed.add(s.correction.id);
  const head = phrase('head', {}, phrases(title, [], titleStretches), trailing('title'));

  const back: XmlElement[] = [];
  if (doc.legend) {
    const stretches = onceIn(doc.legend.text, doc.corrections, 'legend');
    for (const s of stretches) placed.add(s.correction.id);
    back.push(el('div', { type: 'legend' }, phrase('p', {}, phrases(doc.legend.text, [], stretches), trailing('legend'))));
  }
  const paragraphs = (type: string, list: string[], where: Note['on']) => {
    if (list.length === 0) return;
    const notes = trailing(where);
    back.push(el('div', { type }, list.map((p, i) => phrase('p', {}, p, i === list.length - 1 ? notes : null))));
  };
  paragraphs('publication', doc.published, 'published');
  paragraphs('marginalia', doc.marginalia, 'marginalia');
  const rest = doc.notes.filter((n) => !used.has(n));
  if (rest.length > 0) back.push(el('div', { type: 'notes' }, rest.map(noteElement)));
  if (doc.corrections.length > 0) back.push(el('div', { type: 'corrections' }, doc.corrections.map((c) => correctionNote(c, placed))));

  return {
    text: el('text', {}, el('body', {}, el('div', { type: 'document', n: doc.number }, head, blocks)), back.length > 0 ? el('back', {}, back) : null),
    placed,
  };
}

/**
 * The reason of a correction, pointing to its `<choice>` when it has one: `Текст: напечатано «…», издание
 * читает «…». Причина.` (an OCR slip: `в распознанном тексте «…», в книге «…»`).
 */
function correctionNote(c: Correction, placed: ReadonlySet<string>): XmlElement {
  const sides = CORRECTION_SIDES[c.kind];
  const reason = `${CORRECTED_FIELD_LABELS[c.field]}: ${sides.from.toLocaleLowerCase('ru')} «${c.from}», ${sides.to} «${c.to}». ${c.reason}`;
  return phrase('note', { type: 'correction', resp: '#edition', target: placed.has(c.id) ? `#${correctionXmlId(c.id)}` : null }, reason);
}
