import type { Block } from '../../schemas/index.ts';
import type { FlowLine, TextLine } from './furniture.ts';
import { decideHyphen, type WordEvidence } from './hyphenation.ts';
import type { Outline } from './outline.ts';
import type { CaseEvidence } from './lost-capitals.ts';
import type { Speller } from '../lang/ocr-candidates.ts';

/** Placeholder for a footnote marker inside a line until blocks are built: U+E000 n U+E001. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
const MARK = /\uE000([^\uE001]*)\uE001/gu;

export interface BlockOptions {
  evidence: WordEvidence;
  tally: { joined: number; kept: number };
  /** How paragraph ends are marked: by a short last line (the collection) or by two trailing spaces (004). */
  paragraphEnds: 'short-line' | 'trailing-spaces';
  /**
   * The text's outline (`outline.ts`), where one was read: it decides which lines are headings and which
   * stand alone, instead of the guess by line length, and gives headings and theses their anchors.
   */
  outline?: Outline;
  /** How the sources with intact capitals print words, for restoring capitals an OCR lost (`lost-capitals.ts`). */
  cases?: CaseEvidence;
  /**
   * The Russian dictionary, for the same capitals (`dictionary` rule), read when first asked. The ingest reads
   * it at most once for the parse and the OCR review and lets it go; without it, the process's own
   * (`russianSpeller`) is read and kept.
   */
  dictionary?: () => Speller;
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
  // An office and the signer's name in brackets or slashes: `Зам.Пред.ОГПУ: /Ягода/`, `Пред. ОГПУ (Менжинский)`.
  /^(?=.{4,60}$)\p{Lu}[\p{L}.\s]*?\p{Lu}[\p{L}.]*:?\s*[(/](?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[)/]\.?$/u,
];

/**
 * A line that ends with an abbreviation standing before a name (`тов.`, `тт.`, `гр.`, `«Кр.`, `см.`): the
 * sentence goes on in the next line, however short this one is, so the paragraph does not end here.
 */
const BEFORE_NAME = /(?:^|[\s(«])(?:[Тт]ов|т|тт|т\.\s?т|гр|Кр|кр|см|им|ул|проф|зав|зам|нач)\.$/u;
/**
 * An initial after a comma or a preposition (`Осинским, Сапроновым, Максимовским, В.`) at the end of a
 * full line: a short line so ending is a heading or a signature (`На письмо тт. С. и В.`), not a wrap.
 */
const INITIAL_BEFORE_NAME = /(?:,|\s(?:и|с|со|у|к|от|о|об|для|при))\s+(?:[А-ЯЁ]\.\s?)*[А-ЯЁ]\.$/u;

/** Whether a line ends with an abbreviation before a name, so the sentence goes on. */
function beforeName(text: string, width: number): boolean {
  const line = stripMarks(text);
  return BEFORE_NAME.test(line) || (INITIAL_BEFORE_NAME.test(line) && line.length >= width * 0.8);
}

/** A line that is only an addressee in the dative (`тов. Сталину`): under an address line (`В ЦК ВКП(б)`) it is a line of its own. */
const ADDRESSEE = /^(?:[Тт]ов|[Тт]|[Тт]т)\.\s?(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:у|ю|ой)\.?$/u;

/**
 * An item of a numbered list (`1. О …`, `2/ Сказанное`, `I/ Мне`, `а) мою`; not `г. в Петербурге`) or of a
 * protocol (`Слушали:`, `Постановили:`) starts on a new line.
 */
const NUMBERED_ITEM = /^(?:(?:\d{1,2}|[IVX]{1,4})[.)/]|[а-е]\))\s/u;
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
  /** The last text line read, for a paragraph that a blank line interrupts after an abbreviation. */
  let lastText = '';
  /** The anchor of the paragraph being built (a thesis), from the outline. */
  let anchor: string | undefined;

  const close = (kind: Block['kind']): void => {
    if (para !== null) blocks.push(withAnchor(finishBlock(kind, para), anchor));
    para = null;
    anchor = undefined;
  };

  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    if (line.kind === 'blank') {
      // A paragraph split by a blank line after its first line goes on in lower case, or after an abbreviation before a name.
      const next = para === null ? undefined : flow.slice(i + 1, i + 4).find((l): l is TextLine => l.kind === 'text');
      if (para !== null && next && /^\p{Ll}/u.test(next.text) && !isShort(para, width)) continue;
      if (para !== null && next && /^\p{Lu}/u.test(next.text) && beforeName(lastText, width)) continue;
      close('paragraph');
      continue;
    }
    const text = line.text;
    const mark = options.outline?.get(line.no);
    if (mark?.kind === 'heading') {
      close('paragraph');
      let heading = text;
      while (flow[i]!.no < mark.end) {
        const next = flow[++i]!;
        if (next.kind === 'text') heading = joinLines(heading, next.text, options);
      }
      blocks.push(withAnchor({ ...finishBlock('heading', heading), level: mark.level }, mark.anchor));
      continue;
    }
    const plain = stripMarks(text);
    lastText = plain;
    const standalone = STANDALONE.some((re) => re.test(plain));
    // A sentence does not go on in lower case after a paragraph break: such a short line is not an end.
    const short = plain.length < width * 0.8 && !/[-‐]$/u.test(plain) && !continuesInLowerCase(flow, i) && !beforeName(plain, width);
    if (para === null) {
      // A short line opening a block stands alone: in the collection any such line, in a text that marks
      // paragraph ends by two spaces (004) a heading, which ends in one.
      const heading = options.outline
        ? mark?.kind === 'line'
        : options.paragraphEnds === 'trailing-spaces' && line.trailing < 2 && (/[.!?]$/u.test(plain) || short) && plain.length < width * 0.9;
      if (standalone || heading || (short && options.paragraphEnds === 'short-line')) {
        blocks.push(finishBlock('line', text));
        continue;
      }
      para = text;
      anchor = mark?.kind === 'thesis' ? mark.anchor : undefined;
    } else if ((standalone || LIST_ITEM.test(plain)) && !/[-‐]$/u.test(stripMarks(para))) {
      if (LIST_ITEM.test(plain) && !standalone) {
        close('paragraph');
        para = text;
        anchor = mark?.kind === 'thesis' ? mark.anchor : undefined;
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
        : short || (/[.!?:»"]$/u.test(plain) && !beforeName(plain, width) && plain.length < width * 0.88 && startsParagraph(flow, i));
    if (ends) close('paragraph');
  }
  close('paragraph');
  return harmoniseLists(blocks);
}

/** The numbering of a list item: `1.`, `2)`, `а)`, `IV.` → its style (`9.`, `9)`, `а)`, `I.`). */
function itemStyle(text: string): string | null {
  const m = NUMBERED_ITEM.exec(text);
  if (!m) return null;
  return m[0].trim().replace(/\d+/u, '9').replace(/^[IVX]+/u, 'I').replace(/^[а-е]/u, 'а');
}

/**
 * Items of one list are set alike: where a run of adjacent items of one numbering mixes stand-alone lines
 * (a short item) with paragraphs (an item that wraps), every item takes the kind most of them have, a
 * paragraph on a tie (`3. Статья «К вопросу о капитуляции».` among longer items is a paragraph like them;
 * the one wrapped row of a list of names is a line like the others).
 */
function harmoniseLists(blocks: Block[]): Block[] {
  for (let i = 0; i < blocks.length; ) {
    const style = itemStyle(blocks[i]!.text);
    let j = i + 1;
    while (style && j < blocks.length && itemStyle(blocks[j]!.text) === style) j++;
    const run = blocks.slice(i, j);
    const lines = run.filter((b) => b.kind === 'line').length;
    const kind: Block['kind'] = lines > run.length - lines ? 'line' : 'paragraph';
    if (run.length > 1) for (const b of run) b.kind = kind;
    i = j;
  }
  return blocks;
}

function withAnchor(block: Block, anchor: string | undefined): Block {
  return anchor ? { ...block, anchor } : block;
}

function isShort(para: string, width: number): boolean {
  const lastLine = para.split('\n').pop() ?? para;
  return lastLine.length < width * 0.8;
}

function continuesInLowerCase(flow: FlowLine[], i: number): boolean {
  const next = flow[i + 1];
  if (next === undefined || next.kind !== 'text' || !/^\p{Ll}/u.test(next.text)) return false;
  const text = stripMarks((flow[i] as TextLine).text);
  // `В ЦК ВКП(б)` over `тов. Сталину`: an address of two lines, each its own.
  if (ADDRESS.test(text) && ADDRESSEE.test(stripMarks(next.text))) return false;
  return !/[.!?:;]$/u.test(text);
}

/** An address line: `В ЦК ВКП(б)`, `В Политбюро ЦК`, `В редакцию газеты «Правда»`. */
const ADDRESS = /^(?:В|Во)\s+(?:[А-ЯЁ]{2,}|Политбюро|Президиум|Секретариат|Оргбюро|Бюро|Исполком|Центральн|[Рр]едакци)[^.!?]{0,50}$/u;

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
