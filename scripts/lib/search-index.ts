/**
 * Pagefind's index of the built site, in one part or several (src/lib/search/contract/indexes.ts),
 * made with Pagefind's Node API: each part is built by a Pagefind process of its own, which ends
 * before the next starts, so the build's memory is one part's, not the whole index's. The first part goes where
 * `pagefind --site dist` puts its index (`dist/pagefind/`, with Pagefind's scripts and WebAssembly),
 * the others into `dist/pagefind/2/`, `3/` … (their index files only); `dist/pagefind/indexes.json`
 * lists them. Run by `npm run index` (scripts/search-index.ts).
 *
 * Pagefind reads the pages itself, on every core, in the order the file system lists them, as
 * `pagefind --site dist` does (the index's bytes may differ between machines, not what it finds). Only pages with a `data-pagefind-body` are indexed (Pagefind
 * skips the others of a site that has any). A page is named in the index by a hash of what it
 * indexes, shortened to 7 hex digits where that is unique in its index; two parts may give two pages
 * one name (at 30,000 pages, one or two pairs are to be expected): `indexes.json` lists such names
 * with the page each stands for in every part (`SharedNames`), and the cards and word lists name the
 * later pages with their parts.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readFragmentFile } from '../../src/lib/search/cards.ts';
import { readStart } from './read-start.ts';
import { INDEXES_FILE, indexFolder, PageNamer, pagefindIdentity, type SearchIndexes } from '../../src/lib/search/contract/indexes.ts';

/**
 * Pagefind's options. Elements left out of the index entirely (as `data-pagefind-ignore="all"`),
 * because their words are the edition's apparatus, not the document's (docs/search.md):
 */
export const PAGEFIND_CONFIG: pagefind.PagefindServiceConfig = {
  excludeSelectors: [
    // A footnote marker in the body, `<sup><a class="note-ref">18</a></sup>`: Pagefind would glue
    // the number to the word before it (`вечера18`).
    '.note-ref',
    // The number of a note in the list of notes.
    '.note-mark',
    // «К заголовку документа», «К архивной легенде» …: where a note's marker stands.
    '.note-where',
    // «↑ Вернуться к тексту (примечание 18)».
    '.note-back',
    // «Текст примечания в файле источника отсутствует.»
    '.note-empty',
    // «¶» at the end of each paragraph: the link to the paragraph, for citing it.
    '.passage',
  ],
};

/** A page to index: its file under the site's folder and its URL, and its sort keys when read. */
export interface SitePage {
  file: string;
  url: string;
  /** Sort key → the page's value (`data-pagefind-sort="date[data-value]" data-value="…"`). */
  sorts?: Record<string, string>;
}

/** What `writeIndexes` made. */
export interface IndexReport {
  list: SearchIndexes;
}

/** An element marked as the page's indexed body (what Pagefind looks for). */
const INDEXED = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i;
/** Files a merged index needs; the rest of Pagefind's bundle (scripts, styles, WebAssembly) is the first index's. */
const MERGED_FILES = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|fragment|index|filter)$/;

/** `documents/pt-001/index.html` → `/documents/pt-001/` (as Pagefind names a page by default). */
export const urlOf = (file: string): string => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

/** The site's HTML files (outside Pagefind's folder), by URL. */
export async function htmlPages(dist: string): Promise<SitePage[]> {
  return (await readdir(dist, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((file) => ({ file, url: urlOf(file) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** A sort key as the edition's pages give it: the key, then the value in the same element. */
const SORT_KEY = /data-pagefind-sort="([\w-]+)\[data-value\]"\s+data-value="([^"]*)"/g;

/** A page's sort keys; a `data-pagefind-sort` written otherwise is an error (its key would be missed). */
export function sortKeys(html: string, file: string): Record<string, string> {
  const keys = Object.fromEntries([...html.matchAll(SORT_KEY)].map((m) => [m[1]!, m[2]!]));
  const said = html.match(/data-pagefind-sort=/g)?.length ?? 0;
  if (said !== Object.keys(keys).length) throw new Error(`${file}: ${said} sort keys, ${Object.keys(keys).length} read as \`data-pagefind-sort="key[data-value]" data-value="…"\``);
  return keys;
}

/** What opens every Pagefind attribute of a page. */
const PAGEFIND_ATTRIBUTE = Buffer.from('data-pagefind-');

/**
 * The tags of a page (its first `length` bytes) that hold a Pagefind attribute, one a line: from the
 * `<` before the attribute to the `>` after it. A `data-pagefind-` outside a tag comes with the text
 * from the tag before it, which `INDEXED` and the sort keys' count read as they read the whole page.
 * The attributes are found as the edition's pages write them, in lower case.
 */
export function pagefindTags(bytes: Buffer, length = bytes.length): string {
  const tags: string[] = [];
  for (let at = bytes.indexOf(PAGEFIND_ATTRIBUTE); at !== -1 && at < length; at = bytes.indexOf(PAGEFIND_ATTRIBUTE, at + PAGEFIND_ATTRIBUTE.length)) {
    const open = bytes.lastIndexOf(0x3c, at);
    const close = bytes.indexOf(0x3e, at);
    tags.push(bytes.toString('utf8', Math.max(open, 0), close === -1 || close >= length ? length : close + 1));
  }
  return tags.join('\n');
}

/**
 * Of `pages`, those with a `data-pagefind-body`, with their sort keys (each file read: only to cut the
 * index into parts). Each file is read into one buffer, reused, and only its tags with a Pagefind
 * attribute become strings: read as strings, the pages left the collector their texts (at ×10, 171 MB
 * of heap after the reading against 36 MB now), held beside Pagefind's process while it indexed
 * (BENCHMARKS.md). The files are read with the file system's synchronous calls (`readStart`): nothing
 * else runs while they are read, and the 27,841 pages of ×100 took 16–17 s read through the thread pool
 * (four trips a file), 12–13.5 s so.
 */
export async function indexedPages(dist: string, pages: readonly SitePage[]): Promise<SitePage[]> {
  const indexed: SitePage[] = [];
  let buffer = Buffer.alloc(1 << 20);
  for (const page of pages) {
    // One buffer for every page, grown when a page is larger.
    const { length } = readStart(join(dist, page.file), (bytes) => (bytes > buffer.length ? (buffer = Buffer.alloc(2 * bytes)) : buffer));
    const tags = pagefindTags(buffer, length);
    if (INDEXED.test(tags)) indexed.push({ ...page, sorts: sortKeys(tags, page.file) });
  }
  return indexed;
}

/** The pages of an index folder written by Pagefind: name → URL, from its fragments. */
export async function partPages(folder: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const fragments = join(folder, 'fragment');
  for (const name of (await readdir(fragments)).sort()) {
    for (const [id, fragment] of readFragmentFile(await readFile(join(fragments, name)), join(fragments, name))) names.set(id, fragment.url);
  }
  return names;
}

/** Consecutive parts of at most `perIndex` pages (`Infinity`: one part). */
export const cutParts = <T>(pages: readonly T[], perIndex: number): T[][] =>
  perIndex >= pages.length ? [[...pages]] : Array.from({ length: Math.ceil(pages.length / perIndex) }, (_, i) => pages.slice(i * perIndex, (i + 1) * perIndex));

const byValue = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Parts of at most `perIndex` pages cut in the order of the sort key `key`, so that a sorted search
 * can take the parts one after another (`SearchIndexes.sorts`). Pages whose sort keys all have one
 * value (a dated document: its `date` is its `date_desc`) come first, by `key`; those whose keys
 * differ (an undated one sorts last both ways) after them, in parts of their own; pages without
 * keys last.
 */
export function cutSorted(pages: readonly SitePage[], perIndex: number, key: string): SitePage[][] {
  const group = (p: SitePage): number => {
    const values = Object.values(p.sorts ?? {});
    return values.length === 0 ? 2 : values.every((v) => v === values[0]) ? 0 : 1;
  };
  const groups: SitePage[][] = [[], [], []];
  for (const p of pages) groups[group(p)]!.push(p);
  return groups
    .filter((g) => g.length > 0)
    .flatMap((g) => cutParts(g.sort((a, b) => byValue(a.sorts?.[key] ?? '', b.sorts?.[key] ?? '') || byValue(a.url, b.url)), perIndex));
}

/**
 * Per sort key, the parts with pages of that key in the ascending order of their values; throws when
 * two parts' values interleave (a sorted search could not take them one after another).
 */
export function sortOrders(parts: readonly (readonly SitePage[])[]): Record<string, number[]> {
  const ranges = new Map<string, Array<{ part: number; min: string; max: string }>>();
  parts.forEach((part, n) => {
    const seen = new Map<string, { min: string; max: string }>();
    for (const page of part) {
      for (const [key, value] of Object.entries(page.sorts ?? {})) {
        const r = seen.get(key);
        if (!r) seen.set(key, { min: value, max: value });
        else {
          if (value < r.min) r.min = value;
          if (value > r.max) r.max = value;
        }
      }
    }
    for (const [key, r] of seen) ranges.set(key, [...(ranges.get(key) ?? []), { part: n, ...r }]);
  });
  const orders: Record<string, number[]> = {};
  for (const [key, list] of [...ranges].sort(([a], [b]) => byValue(a, b))) {
    list.sort((a, b) => byValue(a.min, b.min) || a.part - b.part);
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (a.max > b.min) throw new Error(`sort key «${key}»: part ${a.part + 1} (${a.min} … ${a.max}) and part ${b.part + 1} (${b.min} … ${b.max}) interleave`);
    }
    orders[key] = list.map((r) => r.part);
  }
  return orders;
}

/** A glob of exactly these files (Pagefind's glob syntax: alternatives in braces, special characters escaped). */
export const globOf = (pages: readonly SitePage[]): string =>
  `{${pages.map((p) => p.file.replace(/\\/g, '/').replace(/([{}[\]*?!,\\])/g, '\\$1')).join(',')}}`;

/**
 * Builds one part into `folder` with Pagefind; resolves to its pages' names and URLs. Pagefind reads a
 * part's files itself (the whole site as a folder, as `pagefind --site` does; a part through a glob of
 * its files), parsing them on every core.
 */
async function buildPart(dist: string, part: readonly SitePage[], folder: string, whole: boolean): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist, ...(whole ? {} : { glob: globOf(part) }) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${folder}: ${written.errors.join('; ')}`);
  } finally {
    // The service process ends here, and its memory with it.
    await pagefind.close();
  }
  const names = await partPages(folder);
  if (whole ? names.size === 0 : names.size !== part.length) throw new Error(`${folder} holds ${names.size} pages, ${whole ? 'none of the site has a data-pagefind-body' : `not the ${part.length} given`}`);
  return names;
}

/** What `writeIndexes` tells as it goes. */
export interface IndexProgress {
  /** Each part as it is written (for an index in parts), and the names pages of two parts share. */
  log?: (line: string) => void;
  /**
   * Part `part` (0-based) is written in `folder` and will not change: called before the next part is
   * begun, which Pagefind builds in a process of its own while the caller works on this one.
   */
  onPart?: (part: number, folder: string) => void;
}

/**
 * Writes the index of `parts` (each a list of pages; `'whole'`: the whole site in one index, its pages
 * found by Pagefind) into `<dist>/pagefind/`, replacing what was there, and the list of its parts with
 * the names pages of two parts share (`SharedNames`).
 */
export async function writeIndexes(dist: string, parts: readonly (readonly SitePage[])[] | 'whole', { log = () => {}, onPart }: IndexProgress = {}): Promise<IndexReport> {
  const whole = parts === 'whole';
  const list = whole ? [[]] : parts;
  if (list.length === 0 || (!whole && list.some((p) => p.length === 0))) throw new Error('no pages to index');
  if (!whole) {
    // A page in two parts would be two results, and its name no guide to which.
    const seen = new Set<string>();
    for (const { url } of list.flat()) {
      if (seen.has(url)) throw new Error(`${url} is given in two parts of the index`);
      seen.add(url);
    }
  }
  // Checked before Pagefind starts: parts whose sort keys interleave could not be searched in order.
  const sorts = !whole && list.length > 1 ? sortOrders(list) : null;
  const out = join(dist, 'pagefind');
  await rm(out, { recursive: true, force: true });
  const namer = new PageNamer();
  let pages = 0;
  const entries: unknown[] = [];
  for (const [n, part] of list.entries()) {
    const folder = join(out, indexFolder(n));
    const begun = performance.now();
    const names = await buildPart(dist, part, folder, whole);
    if (list.length > 1) log(`part ${n + 1} of ${list.length}: ${names.size} pages, ${((performance.now() - begun) / 1000).toFixed(1)} s`);
    for (const [id, url] of names) {
      const name = namer.name(id, n, url);
      if (name === id) continue;
      const first = namer.first(id)!;
      log(`${url} of part ${n + 1} is named ${id}, as ${first.url} of part ${first.part + 1} is: its cards and word lists name it ${name}`);
    }
    pages += names.size;
    if (n > 0) {
      for (const name of await readdir(folder)) if (!MERGED_FILES.test(name)) await rm(join(folder, name), { recursive: true });
    }
    entries.push(JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')));
    onPart?.(n, folder);
  }
  const { shared } = namer;
  const written: SearchIndexes = { indexes: list.map((_, n) => indexFolder(n)), pagefind: pagefindIdentity(...entries), pages };
  if (sorts) written.sorts = sorts;
  if (shared) written.shared = shared;
  await mkdir(out, { recursive: true });
  await writeFile(join(out, INDEXES_FILE), JSON.stringify(written));
  return { list: written };
}
