/**
 * Results as DOM nodes. Values from the index are put in as text; the excerpt, the one piece of
 * HTML, passes an allow-list that keeps only `<mark>`.
 */
import { excerptNodes, visibleExcerpt } from './excerpt.ts';
import { META } from './keys.ts';
import { EXCERPT_WORDS, type PagefindResultData } from './pagefind.ts';

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

const first = (values: string[] | undefined): string | undefined => values?.find((v) => v.trim() !== '');

/** The number of a document: its `number` meta, else read from its heading «Документ № 85 …». */
export function resultNumber(data: PagefindResultData): string | null {
  const meta = data.meta[META.number]?.trim();
  if (meta) return meta;
  const heading = data.anchors?.find((a) => a.element === 'h1')?.text ?? '';
  return /№\s*(\d+[а-я]?)/.exec(heading)?.[1] ?? null;
}

/** One result: title as a link (with the highlight parameter), number, date, genre, excerpt (see excerpt.ts). */
export function resultItem(data: PagefindResultData, doc: Document = document): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'search-result';

  const heading = doc.createElement('h3');
  heading.className = 'search-result__title';
  const link = doc.createElement('a');
  link.href = data.url;
  link.textContent = data.meta[META.title]?.trim() || data.url;
  heading.appendChild(link);

  const meta = doc.createElement('p');
  meta.className = 'search-result__meta';
  const number = resultNumber(data);
  const date = data.meta[META.date]?.trim() || 'без даты';
  const genre = data.meta[META.genre]?.trim() || first(data.filters['genre']);
  const parts = [number ? `№\u00a0${number}` : null, date, genre ?? null].filter((p): p is string => !!p);
  parts.forEach((text, i) => {
    if (i > 0) meta.append(doc.createTextNode(' · '));
    const span = doc.createElement('span');
    span.textContent = text;
    meta.appendChild(span);
  });

  li.append(heading, meta);
  const own = visibleExcerpt(data, EXCERPT_WORDS);
  if (own ? own.words.length > 0 : data.excerpt.trim() !== '') {
    const excerpt = doc.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.appendChild(own ? excerptNodes(own, doc) : excerptFragment(data.excerpt, doc));
    li.appendChild(excerpt);
  }
  return li;
}

/** Russian plural: `plural(5, ['документ', 'документа', 'документов'])` → `документов`. */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

const DOCUMENTS = ['документ', 'документа', 'документов'] as const;

/** «Найдено 69 документов», «Найден 1 документ», «Ничего не найдено». */
export function countText(total: number): string {
  if (total === 0) return 'Ничего не найдено';
  const verb = plural(total, ['Найден', 'Найдено', 'Найдено']);
  return `${verb} ${total} ${plural(total, DOCUMENTS)}`;
}
