/**
 * A result's excerpt from the text the reader sees. Document pages end their indexed text with
 * words for the index only (names in Latin letters and in other cases, dates as readers type
 * them); Pagefind's own excerpt goes where the matches are densest, and that is often there
 * («Зиновьев Г. Е. · Зиновьева · Зиновьеву · G. E. Zinoviev …»). When the page marks where that
 * text begins (`INDEX_ONLY_ANCHOR`), the excerpt is chosen the way Pagefind chooses it, but
 * before that point; when no match is there (a Latin name, a date form), it is the opening of
 * the text after the title, without marks.
 */
import { INDEX_ONLY_ANCHOR } from './keys.ts';
import type { PagefindResultData } from './pagefind.ts';

export interface Excerpt {
  /** The words, in order. */
  words: string[];
  /** Indexes into `words` of the words to mark. */
  marked: Set<number>;
  /** Whether the text goes on before and after the excerpt. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Splits the text into words as Pagefind does (its word positions count these). */
function splitWords(raw: string): string[] {
  return raw.includes('\u200b') ? raw.split('\u200b') : raw.split(/[^\S\uFEFF]+/g);
}

const unescape = (word: string): string => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

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
 * The excerpt of a result from its visible text, or null when the page does not mark its
 * index-only text (then Pagefind's excerpt is right as it is).
 */
export function visibleExcerpt(data: PagefindResultData, length: number): Excerpt | null {
  const end = data.anchors?.find((a) => a.id === INDEX_ONLY_ANCHOR)?.location;
  if (end === undefined || data.raw_content === undefined) return null;
  const all = splitWords(data.raw_content);
  const visible = Math.min(end, all.length);
  const scores = new Map<number, number>();
  for (const l of data.weighted_locations ?? [])
    if (l.location < visible) scores.set(l.location, (scores.get(l.location) ?? 0) + l.balanced_score);

  let start: number;
  if (scores.size > 0) {
    // Pagefind centres the window on the densest run of matches, then keeps it inside the text.
    start = Math.max(0, Math.min(densestStart(scores, visible, length), visible - length));
  } else {
    // No match in the visible text: its opening, after the title (shown above the excerpt).
    const titleWords = splitWords((data.meta['title'] ?? '').trim()).filter((w) => w !== '').length;
    start = titleWords < visible ? titleWords : 0;
  }
  const stop = Math.min(start + length, visible);
  const marked = new Set<number>();
  for (const i of scores.keys()) if (i >= start && i < stop) marked.add(i - start);
  return {
    words: all.slice(start, stop).map(unescape),
    marked,
    cutBefore: start > 0,
    cutAfter: stop < visible,
  };
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
