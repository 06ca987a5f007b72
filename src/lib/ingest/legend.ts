/**
 * The archive legend and what follows it (publication notes, marginalia): where a document's
 * apparatus begins, how its lines are classed, and the legend's parts.
 */
import type { Legend } from '../../schemas/index.ts';
import { stripMarks } from './blocks.ts';
import type { FlowLine, TextLine } from './furniture.ts';

/** A line that opens an archive legend: an archive abbreviation followed by a fond. */
export const LEGEND_START = /^(РГАСПИ|РГАНИ|ГАРФ|ЦА ФСБ(?: России)?|АП ?РФ|РГВА|РГАЭ|ЦГАОР|ЦАМО|ЦПА ИМЛ)[\s.,]*Ф\s*\./u;

const AUTHENTICITY = /(Заверенная копия|Подлинник|Копия|Отпуск|Дубликат)/u;
const METHOD = /(Машинопись|Рукопись|Автограф|Типографский экз(?:емпляр|\.)?|Типографский оттиск|Стеклограф|Ротатор|Ксерокопия|Фотокопия)/u;

/** Reads the parts of a legend; missing parts are `null`. */
export function parseLegend(text: string): Legend {
  const t = text.replace(/\s+/g, ' ').trim();
  const archive = /^([^.]+?)\.?\s*Ф\s*\./u.exec(t)?.[1]?.trim() ?? null;
  const fond = /Ф\s*\.\s*([\wА-Яа-я-]+?)\s*\./u.exec(t)?.[1] ?? null;
  const opis = /Оп\s*\.\s*([\wА-Яа-я-]+?)\s*\./u.exec(t)?.[1] ?? null;
  const delo = /Д\s*\.\s*([\wА-Яа-я-]+?)\s*\./u.exec(t)?.[1] ?? null;
  const sheetsRaw = /Л\s*\.\s*([\d\s,;–—-]+(?:\s*\(?об\.?\)?)?(?:[\d\s,;–—-]*)?)/u.exec(t)?.[1] ?? null;
  return {
    text: t,
    archive,
    fond,
    opis,
    delo,
    sheets: sheetsRaw ? normaliseSheets(sheetsRaw) : null,
    authenticity: AUTHENTICITY.exec(t)?.[1] ?? null,
    method: METHOD.exec(t)?.[1] ?? null,
  };
}

/** `50-53` → `50–53`, `12(об)` → `12 об.`, trailing punctuation dropped. */
export function normaliseSheets(raw: string): string {
  return raw
    .replace(/[\s.,;–-]+$/u, '')
    .replace(/\s*[-—]\s*/g, '–')
    .replace(/\s*–\s*/g, '–')
    .replace(/\s*\(?об\.?\)?/gu, ' об.')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s*;\s*/g, '; ')
    .trim();
}

/** Lines after a legend: what kind each is. */
export function classifyAfterLegend(line: string): 'published' | 'marginalia' | 'other' {
  if (/^(Опубл|Впервые опубл|Публикуется|Ранее опубл)/u.test(line)) return 'published';
  if (/(помет|резолюци|надпис|подчеркнут|отметк|приписк|штамп)/iu.test(line)) return 'marginalia';
  return 'other';
}

/** Where a line of the apparatus belongs; a footnote marker on it is placed there. */
export type ApparatusPart = 'legend' | 'published' | 'marginalia';

/** A document's lines split at its legend. */
export interface Apparatus {
  /** The lines before the legend (the body). */
  body: FlowLine[];
  /** The legend's text, continuation lines joined, or `null` when the document has none. */
  legend: string | null;
  published: string[];
  marginalia: string[];
  /** Lines after the legend that are none of these: they stay at the end of the body. */
  tail: FlowLine[];
  /** Source line number → the part it belongs to (the legend's first line included). */
  parts: Map<number, ApparatusPart>;
  /**
   * Index (into the lines given) of the first line the apparatus does not account for: the first line of
   * `tail`, or a line after a blank line or at the top of a page that opens no entry (kept with the entry
   * before it, as the signatures under a resolution are, № 42, № 117), else the number of lines.
   */
  end: number;
}

/**
 * Splits a document's lines (the title, up to `from`, excluded) at its last legend line. The legend
 * goes on in lines that start in lower case or while a parenthesis is open; then publication notes and
 * marginalia, each opened by its first words, a blank line ending the legend.
 */
export function readApparatus(lines: FlowLine[], from: number): Apparatus {
  const at = lastLegendLine(lines, from);
  const apparatus: Apparatus = { body: lines.slice(from), legend: null, published: [], marginalia: [], tail: [], parts: new Map(), end: lines.length };
  if (at < 0) return apparatus;
  apparatus.body = lines.slice(from, at);
  const first = lines[at] as TextLine;
  let legend = stripMarks(first.text);
  apparatus.parts.set(first.no, 'legend');
  let kind: ApparatusPart | 'other' = 'legend';
  let afterBlank = false;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'blank') {
      if (kind === 'legend') kind = 'other';
      afterBlank = true;
      continue;
    }
    const t = stripMarks(l.text);
    const k = classifyAfterLegend(t);
    const loose = k === 'other' && (afterBlank || l.pageStart);
    afterBlank = false;
    if (k !== 'other') kind = k;
    else if (kind === 'legend' && (/^[\p{Ll}(\d]/u.test(t) || unclosed(legend))) {
      legend = `${legend} ${t}`;
      apparatus.parts.set(l.no, 'legend');
      continue;
    } else if (kind === 'legend') kind = 'other';
    if (loose || kind === 'other') apparatus.end = Math.min(apparatus.end, i);
    if (kind === 'other') apparatus.tail.push(l);
    else {
      appendLine(kind === 'published' ? apparatus.published : apparatus.marginalia, t, k === kind);
      apparatus.parts.set(l.no, kind);
    }
  }
  apparatus.legend = legend;
  return apparatus;
}

/**
 * Where the last document of a collection ends, as an index into its lines: no header follows to close
 * it, so text after it (an index, a stray copy of pages) would otherwise become its marginalia. The
 * book ends as every document does, with a legend and the entries after it (№ 215: the legend, its
 * continuation, two marginalia lines, each opened by its words), then the empty top of a page (the
 * file's last line, a lone space); and each document has one legend. So the last document ends at the
 * first line after its first legend that its apparatus does not account for (`Apparatus.end`): text
 * appended to the file starts after that blank line, or on it, as a new page.
 */
export function endOfLastDocument(lines: FlowLine[]): number {
  const legends = lines.flatMap((l, i) => (l.kind === 'text' && LEGEND_START.test(stripMarks(l.text)) ? [i] : []));
  if (legends.length === 0) return lines.length;
  const upTo = legends[1] ?? lines.length;
  return Math.min(readApparatus(lines.slice(0, upTo), legends[0]!).end, upTo);
}

/** The publication lines that close a text printed in a periodical, and where its body ends. */
export function closingPublication(flow: FlowLine[]): { end: number; published: string[] } {
  const published: string[] = [];
  let end = flow.length;
  while (end > 0) {
    const l = flow[end - 1]!;
    if (l.kind === 'text' && classifyAfterLegend(l.text) === 'published') published.unshift(l.text);
    else if (l.kind !== 'blank') break;
    end--;
  }
  return { end, published };
}

function lastLegendLine(lines: FlowLine[], from: number): number {
  for (let i = lines.length - 1; i >= from; i--) {
    const l = lines[i]!;
    if (l.kind === 'text' && LEGEND_START.test(stripMarks(l.text))) return i;
  }
  return -1;
}

/** A legend whose parenthesis is still open goes on in the next line. */
function unclosed(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** A line opened by its own first words starts a new entry; any other continues the last one. */
function appendLine(list: string[], text: string, startsNew: boolean): void {
  if (startsNew || list.length === 0) list.push(text);
  else list[list.length - 1] = `${list[list.length - 1]} ${text}`;
}
