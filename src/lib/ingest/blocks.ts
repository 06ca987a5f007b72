import type { Block } from '../../schemas/index.ts';
import type { FlowLine, TextLine } from './furniture.ts';
import { decideHyphen, type WordEvidence } from './hyphenation.ts';
import type { CaseEvidence } from './lost-capitals.ts';

/** Placeholder for a footnote marker inside a line until blocks are built: U+E000 n U+E001. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
const MARK = /\uE000([^\uE001]*)\uE001/gu;

export interface BlockOptions {
  evidence: WordEvidence;
  tally: { joined: number; kept: number };
  /** How paragraph ends are marked: by a short last line (the collection) or by two trailing spaces (004). */
  paragraphEnds: 'short-line' | 'trailing-spaces';
  /** How the sources with intact capitals print words, for restoring capitals an OCR lost (`lost-capitals.ts`). */
  cases?: CaseEvidence;
}

/** Lines that always stand alone: grifs, addresses, signatures, dates, registration numbers. */
const STANDALONE = [
  /^(?:Срочно\.?\s*)?(?:Совершенно[\s-]|Строго[\s-]|Сов\.\s?|С\.\s?)?[Сс]екретно[.!]?(?:\s*Лично\.?)?$/u,
  /^(?:Лично|Только лично|Срочно|Весьма срочно|Вне очереди)\.?$/u,
  /^№\s?\S+/u,
  /^\d{1,2}[./]\s?[\dIVXПШУХ]{1,4}[./-]\s?[\dIl]\d{1,3}\s?(?:г\.?)?$/u,
  // A line in capitals (`СЕКРЕТАРЬ ЦК`, `РЕШЕНИЯ`) and a signature (`Л.Троцкий`, `И. Сталин.`).
  /^(?=.*\p{Lu}{2})[^\p{Ll}]{3,60}$/u,
  /^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\.?$/u,
];

/**
 * An item of a numbered list (`1. О …`, `2/ Сказанное`, `I/ Мне`, `а) мою`; not `г. в Петербурге`) or of a
 * protocol (`Слушали:`, `Постановили:`) starts on a new line.
 */
const LIST_ITEM = /^(?:(?:\d{1,2}|[IVX]{1,4})[.)/]|[а-е]\)|(?:Слушали|Постановили|Решили|Предложить|Приложение)\s?:)\s/u;

/** Typical width of a full line: the 90th percentile of line lengths in the given lines. */
export function fullWidth(lines: TextLine[]): number {
  const lengths = lines.map((l) => stripMarks(l.text).length).sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return Math.max(40, lengths[Math.floor(lengths.length * 0.9)] ?? 80);
}

export function stripMarks(s: string): string {
  return s.replace(MARK, '');
}

/** Joins a document's lines into paragraphs and stand-alone lines. */
export function buildBlocks(flow: FlowLine[], options: BlockOptions): Block[] {
  const texts = flow.filter((l): l is TextLine => l.kind === 'text');
  const width = fullWidth(texts);
  const blocks: Block[] = [];
  let para: string | null = null;

  const close = (kind: Block['kind']): void => {
    if (para !== null) blocks.push(finishBlock(kind, para));
    para = null;
  };

  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    if (line.kind === 'blank') {
      // A paragraph split by a blank line after its first line goes on in lower case.
      const next = para === null ? undefined : flow.slice(i + 1, i + 4).find((l): l is TextLine => l.kind === 'text');
      if (para !== null && next && /^\p{Ll}/u.test(next.text) && !isShort(para, width)) continue;
      close('paragraph');
      continue;
    }
    const text = line.text;
    const plain = stripMarks(text);
    const standalone = STANDALONE.some((re) => re.test(plain));
    // A sentence does not go on in lower case after a paragraph break: such a short line is not an end.
    const short = plain.length < width * 0.8 && !/[-‐]$/u.test(plain) && !continuesInLowerCase(flow, i);
    if (para === null) {
      // A short line opening a block stands alone: in the collection any such line, in a text that marks
      // paragraph ends by two spaces (004) a heading, which ends in one.
      const heading =
        options.paragraphEnds === 'trailing-spaces' && line.trailing < 2 && (/[.!?]$/u.test(plain) || short) && plain.length < width * 0.9;
      if (standalone || heading || (short && options.paragraphEnds === 'short-line')) {
        blocks.push(finishBlock('line', text));
        continue;
      }
      para = text;
    } else if ((standalone || LIST_ITEM.test(plain)) && !/[-‐]$/u.test(stripMarks(para))) {
      if (LIST_ITEM.test(plain) && !standalone) {
        close('paragraph');
        para = text;
        if (short) close('paragraph');
        continue;
      }
      close('paragraph');
      blocks.push(finishBlock('line', text));
      continue;
    } else {
      para = joinLines(para, text, options);
    }
    const ends =
      options.paragraphEnds === 'trailing-spaces'
        ? line.trailing >= 2
        : short || (/[.!?:»"]$/u.test(plain) && plain.length < width * 0.88 && startsParagraph(flow, i));
    if (ends) close('paragraph');
  }
  close('paragraph');
  return blocks;
}

function isShort(para: string, width: number): boolean {
  const lastLine = para.split('\n').pop() ?? para;
  return lastLine.length < width * 0.8;
}

function continuesInLowerCase(flow: FlowLine[], i: number): boolean {
  const next = flow[i + 1];
  return next !== undefined && next.kind === 'text' && /^\p{Ll}/u.test(next.text) && !/[.!?:;]$/u.test(stripMarks((flow[i] as TextLine).text));
}

function startsParagraph(flow: FlowLine[], i: number): boolean {
  const next = flow[i + 1];
  return next !== undefined && next.kind === 'text' && /^[\p{Lu}\d«"–—]/u.test(next.text);
}

/** Joins the next line onto a paragraph, undoing line-end hyphenation where the corpus says so. */
export function joinLines(para: string, next: string, options: BlockOptions): string {
  const hyphen = /[-‐]$/u.test(para) ? /(\p{L}+)[-‐]$/u.exec(stripMarks(para.slice(-80))) : null;
  if (hyphen) {
    const right = /^\p{L}+/u.exec(next)?.[0] ?? '';
    if (right && decideHyphen(hyphen[1]!, right, options.evidence) === 'join') {
      options.tally.joined++;
      return para.slice(0, -1) + next;
    }
    options.tally.kept++;
    return para + next;
  }
  return `${para} ${next}`;
}

function finishBlock(kind: Block['kind'], input: string): Block {
  const raw = input.replace(/\s+/g, ' ').trim();
  const notes: Block['notes'] = [];
  let text = '';
  let last = 0;
  for (const m of raw.matchAll(MARK)) {
    text += raw.slice(last, m.index);
    notes.push({ n: m[1]!, at: text.length });
    last = m.index + m[0].length;
  }
  text += raw.slice(last);
  return { kind, text, notes };
}
