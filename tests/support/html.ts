/**
 * A small, careful HTML tag scanner for the site tests: start tags with their attributes,
 * the `<title>` text and the text of an element by id. It is not a full HTML parser (no tree
 * building, no error recovery); it is enough for the well-formed output of Astro:
 * comments, `<script>`/`<style>` bodies and quoted `>` inside attribute values are handled.
 */

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of the `<` in the source. */
  start: number;
  /** Offset just after the `>`. */
  end: number;
}

export interface ParsedPage {
  tags: Tag[];
  /** The text of the first `<title>`, entities decoded and whitespace collapsed; `null` when absent. */
  title: string | null;
  /** Every `id` (and `<a name>`) in document order, duplicates kept. */
  ids: string[];
  /** The text of every `<style>` element. */
  styles: string[];
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  shy: '\u00ad',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Tag name, then attributes; a quoted value may contain `>`. */
const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/(?!>))*)\s*\/?>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export function parseHtml(html: string): ParsedPage {
  const tags: Tag[] = [];
  let title: string | null = null;
  const styles: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      i = lt + 1; // a stray `<` in text
      continue;
    }
    const name = (m[1] ?? '').toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const key = (a[1] ?? '').toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name, attrs, start: lt, end: TAG.lastIndex });
    i = TAG.lastIndex;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const inner = html.slice(i, close < 0 ? html.length : close);
      if (name === 'title' && title === null) title = decodeEntities(inner).replace(/\s+/g, ' ').trim();
      if (name === 'style') styles.push(inner);
      i = close < 0 ? html.length : close;
    }
  }
  const ids: string[] = [];
  for (const t of tags) {
    const id = t.attrs.get('id');
    if (id !== undefined) ids.push(id);
    const name = t.attrs.get('name');
    if (t.name === 'a' && name !== undefined && name !== id) ids.push(name);
  }
  return { tags, title, ids, styles };
}

/** Plain text of a piece of HTML: tags dropped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Inner HTML of the first element `name` (not nested in itself), or `null`. */
export function innerHtml(html: string, page: ParsedPage, name: string): string | null {
  const open = page.tags.find((t) => t.name === name);
  if (!open) return null;
  const close = html.toLowerCase().indexOf(`</${name}`, open.end);
  return html.slice(open.end, close < 0 ? html.length : close);
}
