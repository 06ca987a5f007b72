/**
 * A result's excerpt from the text the reader sees. Document pages end their indexed text with
 * words for the index only (names in Latin letters and in other cases, dates as readers type
 * them); Pagefind's own excerpt goes where the matches are densest, and that is often there
 * («Зиновьев Г. Е. · Зиновьева · Зиновьеву · G. E. Zinoviev …»). When the page marks where that
 * text begins (`INDEX_ONLY_ANCHOR`), the excerpt is chosen the way Pagefind chooses it (the
 * window of `length` words where the matches are densest), but before that point, and in the
 * text rather than in its title (shown above the excerpt) when the text has matches too; when no
 * match is in the visible text (a Latin name, a date form), it is the opening of the text after
 * the title, without marks.
 *
 * The words come from a result card (cards.ts: the 128 words that hold the excerpt, cut at build
 * time) or, when a page has no card, from Pagefind's fragment of the whole page.
 */
import type { PagefindResultData } from '../../lib/search/contract/pagefind.ts';
import { splitWords, titleWordCount } from '../../lib/search/contract/words.ts';
import { INDEX_ONLY_ANCHOR } from '../../lib/search/contract/keys.ts';

export interface Excerpt {
  /** The words, in order. */
  words: string[];
  /** Indexes into `words` of the words to mark. */
  marked: Set<number>;
  /** Whether the text goes on before and after the excerpt. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Words `[start, stop)` of a text, by position. */
export interface ExcerptWindow {
  start: number;
  stop: number;
}

/** Start of the window of `length` words with the highest score (Pagefind's choice: the middle of equals). */
function densestStart(scores: Map<number, number>, textLength: number, length: number): number {
  if (textLength <= length) return 0;
  const score = (i: number): number => scores.get(i) ?? 0;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += score(i);
  let best = sum;
  let bestAt = [0];
  for (let i = 1; i + length <= textLength; i++) {
    sum += score(i + length - 1) - score(i - 1);
    if (sum > best) {
      best = sum;
      bestAt = [i];
    } else if (sum === best && bestAt[bestAt.length - 1] === i - 1) bestAt.push(i);
  }
  return bestAt[Math.floor(bestAt.length / 2)] ?? 0;
}

/**
 * Where the excerpt of a text of `visible` words (the title its first `titleEnd`) goes, given the
 * matched positions and their scores: the densest window of matches in the text after the title,
 * else in the title, else the opening after the title. Returns the window and the positions to mark.
 */
export function excerptWindow(
  scores: ReadonlyMap<number, number>,
  titleEnd: number,
  visible: number,
  length: number,
): ExcerptWindow & { marked: number[] } {
  const inText = new Map([...scores].filter(([i]) => i < visible));
  const body = new Map([...inText].filter(([i]) => i >= titleEnd));
  const chosen = body.size > 0 ? body : inText;
  let start: number;
  if (chosen.size > 0) {
    // Pagefind centres the window on the densest run of matches, then keeps it inside the text.
    start = Math.max(0, Math.min(densestStart(chosen, visible, length), visible - length));
  } else {
    start = titleEnd < visible ? titleEnd : 0;
  }
  const stop = Math.min(start + length, visible);
  const marked = [...inText.keys()].filter((i) => i >= start && i < stop).sort((a, b) => a - b);
  return { start, stop, marked };
}

/**
 * The excerpt from `words`, a run of the text beginning at position `offset` that holds the
 * window; `visible` is the length of the text the reader sees.
 */
export function excerptFrom(
  words: readonly string[],
  offset: number,
  window: ExcerptWindow & { marked: number[] },
  visible: number,
): Excerpt {
  const { start, stop } = window;
  return {
    words: words.slice(start - offset, stop - offset),
    marked: new Set(window.marked.map((i) => i - start)),
    cutBefore: start > 0,
    cutAfter: stop < visible,
  };
}

const unescape = (word: string): string => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * The excerpt of a result from its visible text, from Pagefind's fragment of the whole page, or
 * null when the page does not mark its index-only text (then Pagefind's excerpt is right as it is).
 */
export function visibleExcerpt(data: PagefindResultData, length: number): Excerpt | null {
  const end = data.anchors?.find((a) => a.id === INDEX_ONLY_ANCHOR)?.location;
  if (end === undefined || data.raw_content === undefined) return null;
  const all = splitWords(data.raw_content).map(unescape);
  const visible = Math.min(end, all.length);
  const scores = new Map<number, number>();
  for (const l of data.weighted_locations ?? []) scores.set(l.location, (scores.get(l.location) ?? 0) + l.balanced_score);
  const window = excerptWindow(scores, titleWordCount(data.meta['title']), visible, length);
  return excerptFrom(all, 0, window, visible);
}

/** The excerpt as text and `<mark>` elements. */
export function excerptNodes(excerpt: Excerpt, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  let text = excerpt.cutBefore ? '… ' : '';
  excerpt.words.forEach((word, i) => {
    const sep = i > 0 ? ' ' : '';
    if (excerpt.marked.has(i)) {
      fragment.append(doc.createTextNode(text + sep));
      text = '';
      const mark = doc.createElement('mark');
      mark.textContent = word;
      fragment.append(mark);
    } else text += sep + word;
  });
  fragment.append(doc.createTextNode(text + (excerpt.cutAfter ? ' …' : '')));
  return fragment;
}
