/**
 * Results as DOM nodes. Values from the index are put in as text; the excerpt, the one piece of
 * HTML (when it comes from Pagefind), passes an allow-list that keeps only `<mark>`.
 */
import { countDocuments, plural } from '../../lib/lang/plural.ts';
import { numberLabel, UNDATED } from '../../lib/render/labels.ts';
import { resultGenre, resultNumber, type Card } from '../../lib/search/contract/cards.ts';
import { EXCERPT_WORDS, type PagefindResultData } from '../../lib/search/contract/pagefind.ts';
import { cardExcerpt, type cardWindow } from './cards.ts';
import { excerptNodes, visibleExcerpt, type Excerpt } from './excerpt.ts';
import { META } from './keys.ts';
import { HIGHLIGHT_PARAM } from './pagefind.ts';
import { onSite } from '../site-base.ts';

/** What a result shows. */
export interface ResultView {
  /** With the highlight parameter. */
  url: string;
  title: string;
  number: string | null;
  date: string;
  genre: string | null;
  /** Words and marks, or Pagefind's excerpt HTML; null when there is no text to show. */
  excerpt: Excerpt | { html: string } | null;
}

/**
 * Pagefind's excerpt (text with entities escaped, matches in `<mark>`) as a fragment of text nodes
 * and `<mark>` elements. Pagefind escapes the text already; this guards against an index built from
 * pages with markup in unexpected places. The HTML is parsed in an inert document (no scripts run,
 * nothing loads), and any element other than `<mark>` is replaced by its text.
 */
export function excerptFragment(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const fragment = doc.createDocumentFragment();
  const copy = (from: Node, to: Node, inMark: boolean): void => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) to.appendChild(doc.createTextNode(node.textContent ?? ''));
      else if (node.nodeType === Node.ELEMENT_NODE) {
        if ((node as Element).localName === 'mark' && !inMark) {
          const mark = doc.createElement('mark');
          copy(node, mark, true);
          to.appendChild(mark);
        } else copy(node, to, inMark);
      }
    }
  };
  copy(parsed.body, fragment, false);
  return fragment;
}

/**
 * A page's URL with the words searched for, one parameter per word, as Pagefind's
 * `highlightParam` adds them: the document page marks them (highlight.ts). The words go as typed,
 * in lower case, without quotes or punctuation around them; Pagefind's own would also have lost
 * `й`, `ё` and hyphens (`троцкии`, `алмаата`).
 */
export function highlightedUrl(url: string, term: string | null): string {
  const words = (term ?? '')
    .split(/\s+/)
    // Quotes of a phrase search and punctuation around a word are not part of it.
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase('ru'))
    .filter((w) => w !== '');
  if (words.length === 0) return url;
  const cut = url.indexOf('#');
  const [path, hash] = cut < 0 ? [url, ''] : [url.slice(0, cut), url.slice(cut + 1)];
  const params = new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '');
  for (const w of words) params.append(HIGHLIGHT_PARAM, w);
  const base = path.includes('?') ? path.slice(0, path.indexOf('?')) : path;
  return `${base}?${params.toString()}${hash ? `#${hash}` : ''}`;
}

/**
 * A result from Pagefind's fragment of the whole page. Its link carries the words as the card's do
 * (Pagefind's `url` has them normalised: `алмаата`).
 */
export function viewFromData(data: PagefindResultData, term: string | null): ResultView {
  const own = visibleExcerpt(data, EXCERPT_WORDS);
  return {
    url: data.raw_url ? highlightedUrl(onSite(data.raw_url), term) : data.url,
    title: data.meta[META.title]?.trim() || data.url,
    number: resultNumber(data),
    date: data.meta[META.date]?.trim() || UNDATED,
    genre: resultGenre(data),
    excerpt: own ?? (data.excerpt.trim() !== '' ? { html: data.excerpt } : null),
  };
}

/** A result from its card (cards.ts). */
export function viewFromCard(
  card: Card,
  window: ReturnType<typeof cardWindow>,
  visible: number,
  term: string | null,
): ResultView {
  return {
    url: highlightedUrl(onSite(card.url), term),
    title: card.title,
    number: card.number,
    date: card.date ?? UNDATED,
    genre: card.genre,
    excerpt: cardExcerpt(card, window, visible),
  };
}

/** One result: title as a link (with the highlight parameter), number, date, genre, excerpt (see excerpt.ts). */
export function resultItem(view: ResultView, doc: Document = document): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'search-result';

  const heading = doc.createElement('h3');
  heading.className = 'search-result__title';
  const link = doc.createElement('a');
  link.href = view.url;
  link.textContent = view.title;
  heading.appendChild(link);

  const meta = doc.createElement('p');
  meta.className = 'search-result__meta';
  const parts = [view.number ? numberLabel(view.number, { nobreak: true }) : null, view.date, view.genre].filter((p): p is string => !!p);
  parts.forEach((text, i) => {
    if (i > 0) meta.append(doc.createTextNode(' · '));
    const span = doc.createElement('span');
    span.textContent = text;
    meta.appendChild(span);
  });

  li.append(heading, meta);
  const excerpt = view.excerpt;
  if (excerpt && ('html' in excerpt || excerpt.words.length > 0)) {
    const p = doc.createElement('p');
    p.className = 'search-result__excerpt';
    p.appendChild('html' in excerpt ? excerptFragment(excerpt.html, doc) : excerptNodes(excerpt, doc));
    li.appendChild(p);
  }
  return li;
}

/** «Найдено 69 документов», «Найден 1 документ», «Ничего не найдено». */
export function countText(total: number): string {
  if (total === 0) return 'Ничего не найдено';
  const verb = plural(total, ['Найден', 'Найдено', 'Найдено']);
  return `${verb} ${countDocuments(total)}`;
}
