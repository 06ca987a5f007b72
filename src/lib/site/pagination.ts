/**
 * Long lists split into pages of a fixed size, so that a list page stays within the reader's budget
 * however large the edition grows (the collection ×10 made `/documents/` 1.2 MB). The first page keeps
 * the list's own URL; the others are `page/N/` under it (`urls.listPage`), numbered from the list's
 * start, so a page's URL depends only on its position in a list that only grows at its end.
 */
import { urls } from '../ids/urls.ts';

/** Entries on one page of a list: a screenful or two, and a few kilobytes compressed. */
export const PAGE_SIZE = 100;

/** One page of a list. */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** Pages in the list. */
  count: number;
  items: T[];
  /** Position (1-based) of the first and the last item in the whole list. */
  first: number;
  last: number;
  total: number;
  url: string;
  prev: string | null;
  next: string | null;
}

/** `items` cut into pages of `size` under `list` (a list URL such as `/documents/`); an empty list has one empty page. */
export function paginate<T>(items: readonly T[], list: string, size = PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a page holds at least one entry, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    first: Math.min(items.length, i * size + 1),
    last: Math.min(items.length, (i + 1) * size),
    total: items.length,
    url: urls.listPage(list, i + 1),
    prev: i > 0 ? urls.listPage(list, i) : null,
    next: i + 1 < count ? urls.listPage(list, i + 2) : null,
  }));
}

/**
 * The page numbers a pager links: the first, the last, and two on each side of the current one;
 * `null` stands for the numbers left out between them.
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= 2) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
