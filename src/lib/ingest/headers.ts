/**
 * A collection's documents section split at its `№ N` headers. The numbers run in sequence; a hole is
 * investigated: a document whose header and title were lost follows the legend of the one before it.
 * A number printed twice gives two documents, never one merged from both.
 */
import { stripMarks } from './blocks.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { NumberingGap } from './draft.ts';
import type { FlowLine, TextLine } from './furniture.ts';
import { classifyAfterLegend, LEGEND_START } from './legend.ts';

/** `№ 12`, `№ 1024.`: any number of digits (a collection may hold thousands of documents). */
const HEADER = /^№\s?(\d+)\.?$/u;

/** The lines of one document, from its header to the next. */
export interface Span {
  number: number;
  headerLine: number;
  lines: FlowLine[];
  /** Found after another document's legend: the printed header and title were lost. */
  recovered: boolean;
  /** 1, or 2, 3 … for the second, third … document printed with the same number. */
  copy: number;
}

/** Cuts the section at headers that continue the numbering and are followed by a title. */
export function splitByHeaders(section: FlowLine[], diagnostics: Diagnostics): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (let i = 0; i < section.length; i++) {
    const line = section[i]!;
    if (line.kind !== 'text') {
      spans.at(-1)?.lines.push(line);
      continue;
    }
    const m = HEADER.exec(stripMarks(line.text));
    const n = m ? Number(m[1]) : NaN;
    const next = m ? nextText(section, i) : undefined;
    const titleFollows = next !== undefined && /^\p{Lu}/u.test(next.text) && !LEGEND_START.test(next.text);
    // Numbers run in sequence (a few may be lost); the first header of an excerpt may have any number.
    if (m && n > last && (n <= last + 5 || spans.length === 0) && titleFollows) {
      spans.push({ number: n, headerLine: line.no, lines: [], recovered: false, copy: 1 });
      last = n;
      continue;
    }
    // The same number again, after a whole document (its legend), is a second document: both are kept.
    const prev = spans.at(-1);
    if (m && prev && n === last && titleFollows && prev.lines.some((l) => l.kind === 'text' && LEGEND_START.test(l.text))) {
      const first = spans.find((s) => s.number === n)!;
      spans.push({ number: n, headerLine: line.no, lines: [], recovered: false, copy: prev.copy + 1 });
      diagnostics.report('duplicate-number', line.no, `№ ${n} is printed at line ${first.headerLine} and again at line ${line.no}: both are kept, the second as a document of its own (copy ${prev.copy + 1})`, {
        data: { number: n, first: first.headerLine },
      });
      continue;
    }
    if (spans.length === 0) {
      diagnostics.report('text-before-first-document', line.no, `text before the first document header: "${line.text.slice(0, 60)}"`);
      continue;
    }
    spans.at(-1)!.lines.push(line);
  }
  return spans;
}

function nextText(lines: FlowLine[], i: number): TextLine | undefined {
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.kind === 'text') return l;
  }
  return undefined;
}

/** For each hole in the numbering, looks for a second legend in the previous document: the lost document follows it. */
export function resolveGaps(spans: Span[], diagnostics: Diagnostics, gaps: NumberingGap[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const prev = out.at(-1);
    if (prev && span.number > prev.number + 1) {
      for (let missing = prev.number + 1; missing < span.number; missing++) {
        const host = out.at(-1)!;
        const split = splitAfterFirstLegend(host.lines);
        if (split) {
          host.lines = split.before;
          const first = split.after.find((l): l is TextLine => l.kind === 'text')!;
          out.push({ number: missing, headerLine: first.no, lines: split.after, recovered: true, copy: 1 });
          gaps.push({ number: missing, resolution: 'recovered', line: first.no, detail: `header and title lost; text found after the legend of № ${host.number}` });
          diagnostics.report('numbering-gap-recovered', first.no, `№ ${missing} has no header: its text follows the legend of № ${host.number}; title supplied by the edition`, {
            data: { number: missing, after: host.number },
          });
        } else {
          // A number printed twice just before a hole is most likely the lost one, misprinted.
          const misprint = host.copy > 1 && missing === host.number + 1 ? `; the second № ${host.number} (line ${host.headerLine}) may be it, misnumbered` : '';
          gaps.push({ number: missing, resolution: 'missing', line: span.headerLine, detail: `no trace between № ${host.number} and № ${span.number}${misprint}` });
          diagnostics.report('numbering-gap', span.headerLine, `document № ${missing} is missing (between № ${host.number} and № ${span.number})${misprint}`, {
            data: { number: missing, after: host.number, before: span.number },
          });
        }
      }
    }
    out.push(span);
  }
  return out;
}

function splitAfterFirstLegend(lines: FlowLine[]): { before: FlowLine[]; after: FlowLine[] } | null {
  const legendAt = lines.map((l, i) => (l.kind === 'text' && LEGEND_START.test(l.text) ? i : -1)).filter((i) => i >= 0);
  if (legendAt.length < 2) return null;
  let cut = legendAt[0]! + 1;
  while (cut < lines.length) {
    const l = lines[cut]!;
    if (l.kind === 'text' && classifyAfterLegend(stripMarks(l.text)) === 'other') break;
    cut++;
  }
  const after = lines.slice(cut);
  if (!after.some((l) => l.kind === 'text')) return null;
  return { before: lines.slice(0, cut), after };
}
