/**
 * The built site as a reader's browser sees it: crawled over http from `/`, following every
 * internal link. Checks links, fragments, the head of every page, that the pages the data
 * implies exist and are reachable from the home page, and the published data files.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/lib/site/urls.ts';
import { innerHtml, parseHtml, textOf, type ParsedPage } from '../support/html.ts';
import { DATA_FILES, distDir, documents, expectedPages, readData } from './site-data.ts';

const base = inject('baseUrl');
const origin = new URL(base).origin;

interface Fetched {
  path: string;
  status: number;
  type: string;
  location: string | null;
  html: string | null;
  page: ParsedPage | null;
  ids: Set<string>;
  /** Internal URLs referenced from this page. */
  links: Link[];
  error: string | null;
}

interface Link {
  from: string;
  /** The attribute as written. */
  raw: string;
  tag: string;
  /** Target path with query, no fragment. */
  path: string;
  /** Decoded fragment, or `null` when the URL has none. */
  fragment: string | null;
}

const cache = new Map<string, Promise<Fetched>>();

/** At most 40 entries of a failure list, so one broken layout does not print 300 lines. */
function capped(list: string[]): string[] {
  return list.length <= 40 ? list : [...list.slice(0, 40), `… and ${list.length - 40} more`];
}

/** `url()` references of a style sheet, data URIs left out. */
function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((u) => u !== '' && !u.startsWith('data:') && !u.startsWith('#'));
}

/** The URLs a tag points to (links, forms, scripts, style sheets, media); canonical and alternate links left out. */
function tagUrls(name: string, attrs: Map<string, string>): string[] {
  const out: string[] = [];
  const take = (key: string) => {
    const v = attrs.get(key);
    if (v !== undefined) out.push(v);
  };
  switch (name) {
    case 'a':
    case 'area':
      take('href');
      break;
    case 'link':
      if (!/\b(canonical|alternate|preconnect|dns-prefetch)\b/i.test(attrs.get('rel') ?? '')) take('href');
      break;
    case 'form':
      take('action');
      break;
    case 'script':
    case 'iframe':
    case 'audio':
    case 'video':
    case 'track':
    case 'embed':
      take('src');
      break;
    case 'img':
    case 'source': {
      take('src');
      const srcset = attrs.get('srcset');
      if (srcset) for (const part of srcset.split(',')) out.push(part.trim().split(/\s+/)[0] ?? '');
      break;
    }
    case 'object':
      take('data');
      break;
  }
  return out.filter((u) => u.trim() !== '');
}

function resolveLink(from: string, raw: string, tag: string): Link | 'external' | 'other' {
  const trimmed = raw.trim();
  if (/^(mailto|tel|javascript|data):/i.test(trimmed)) return 'other';
  let url: URL;
  try {
    url = new URL(trimmed, base + from);
  } catch {
    return { from, raw, tag, path: `(unparseable URL ${JSON.stringify(raw)})`, fragment: null };
  }
  if (url.origin !== origin) return 'external';
  let fragment: string | null = null;
  if (url.hash.length > 1) {
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      fragment = url.hash.slice(1);
    }
  }
  return { from, raw, tag, path: url.pathname + url.search, fragment };
}

let externalCount = 0;

async function load(path: string): Promise<Fetched> {
  const result: Fetched = { path, status: 0, type: '', location: null, html: null, page: null, ids: new Set(), links: [], error: null };
  let res: Response;
  try {
    res = await fetch(base + path, { redirect: 'manual' });
  } catch (error) {
    result.error = String(error);
    return result;
  }
  result.status = res.status;
  result.type = res.headers.get('content-type') ?? '';
  result.location = res.headers.get('location');
  const body = await res.text();
  if (res.status !== 200) return result;

  if (result.type.startsWith('text/html')) {
    result.html = body;
    const page = parseHtml(body);
    result.page = page;
    result.ids = new Set(page.ids);
    for (const tag of page.tags) {
      for (const raw of tagUrls(tag.name, tag.attrs)) {
        const link = resolveLink(path, raw, tag.name);
        if (link === 'external') {
          externalCount++;
          continue;
        }
        if (link === 'other') continue;
        result.links.push(link);
      }
    }
    for (const css of page.styles) for (const raw of cssUrls(css)) {
      const link = resolveLink(path, raw, 'style');
      if (typeof link === 'object') result.links.push(link);
    }
  } else if (result.type.startsWith('text/css')) {
    for (const raw of cssUrls(body)) {
      const link = resolveLink(path, raw, 'css url()');
      if (typeof link === 'object') result.links.push(link);
    }
  } else if (result.type.startsWith('application/json')) {
    try {
      JSON.parse(body);
    } catch (error) {
      result.error = `invalid JSON: ${String(error)}`;
    }
  }
  return result;
}

function get(path: string): Promise<Fetched> {
  let p = cache.get(path);
  if (!p) {
    p = load(path);
    cache.set(path, p);
  }
  return p;
}

/** Breadth-first from `/`, a few requests at a time; every internal target is fetched once. */
async function crawl(start: string): Promise<Map<string, Fetched>> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const done = new Map<string, Fetched>();
  const worker = async () => {
    while (queue.length > 0) {
      const path = queue.shift()!;
      const f = await get(path);
      done.set(path, f);
      for (const link of f.links) {
        if (link.path.startsWith('(') || seen.has(link.path)) continue;
        seen.add(link.path);
        queue.push(link.path);
      }
    }
  };
  // Workers end when the queue is momentarily empty; repeat until nothing new turns up.
  while (queue.length > 0) await Promise.all(Array.from({ length: 16 }, worker));
  return done;
}

const started = performance.now();
const crawled = await crawl('/');
const crawlMs = Math.round(performance.now() - started);

const all = [...crawled.values()];
const pages = all.filter((f) => f.page !== null);
const links = all.flatMap((f) => f.links);
const reachable = new Set(pages.map((f) => f.path));
const fragmentLinks = links.filter((l) => l.fragment !== null);

/** Built HTML pages on disk, as URL paths (`dist/a/b/index.html` → `/a/b/`); 404.html left out. */
function builtPages(): string[] {
  const dist = distDir;
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        if (rel === '404.html') continue;
        out.push('/' + rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dist);
  return out.sort();
}

const expected = expectedPages();

/** The expected pages of a type that are missing (status) or not reachable from `/`. */
async function missingOrUnreachable(list: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of list) {
    const f = await get(path);
    if (f.status !== 200) problems.push(`${path}: HTTP ${f.status}${f.location ? ` → ${f.location}` : ''}`);
    else if (!reachable.has(path)) problems.push(`${path}: exists but no link path from / reaches it`);
  }
  return problems;
}

describe(`crawl from / (${pages.length} HTML pages, ${links.length} internal links, ${all.length - pages.length} other files, ${externalCount} external links not followed; ${crawlMs} ms)`, () => {
  it('serves the home page', () => {
    expect(crawled.get('/')?.status, 'GET / status').toBe(200);
    expect(pages.length, 'HTML pages reached from /').toBeGreaterThan(1);
  });

  it(`has no broken internal link (${links.length} links checked)`, () => {
    // Grouped by target: a broken link in the layout is one line, with the pages that carry it.
    const byProblem = new Map<string, Set<string>>();
    for (const link of links) {
      const target = crawled.get(link.path);
      let problem: string | null = null;
      if (link.path.startsWith('(')) problem = `<${link.tag}> ${link.path}`;
      else if (!target) problem = `${link.path}: not fetched`;
      else if (target.error) problem = `${link.path}: ${target.error}`;
      else if (target.status >= 300 && target.status < 400)
        problem = `${link.raw}: HTTP ${target.status} → ${target.location} (link the final URL; with trailingSlash 'always' page URLs end in /)`;
      else if (target.status !== 200) problem = `${link.path}: HTTP ${target.status}`;
      if (problem === null) continue;
      const from = byProblem.get(problem) ?? new Set<string>();
      from.add(link.from);
      byProblem.set(problem, from);
    }
    const broken = [...byProblem].map(([problem, from]) => {
      const pages = [...from];
      const shown = pages.slice(0, 3).join(', ') + (pages.length > 3 ? ', …' : '');
      return `${problem} ← linked from ${pages.length} page${pages.length === 1 ? '' : 's'} (${shown})`;
    });
    const count = [...byProblem.values()].reduce((n, from) => n + from.size, 0);
    expect(capped(broken), `${byProblem.size} broken targets, linked from ${count} page-target pairs; ${links.length} internal links checked`).toEqual([]);
  });

  it(`has no broken #fragment (${fragmentLinks.length} links with a fragment)`, () => {
    const broken: string[] = [];
    for (const link of fragmentLinks) {
      const fragment = link.fragment!;
      if (fragment === 'top') continue; // scrolls to the top by definition
      const target = crawled.get(link.path);
      if (!target || target.status !== 200) continue; // reported as a broken link
      if (target.page === null) broken.push(`${link.from}: ${link.raw}: the target is not an HTML page (${target.type})`);
      else if (!target.ids.has(fragment)) broken.push(`${link.from}: ${link.raw}: no id="${fragment}" on ${link.path}`);
    }
    expect(capped(broken), `${broken.length} broken of ${fragmentLinks.length} fragment links`).toEqual([]);
  });

  it('links its own pages root-relative, not through the canonical origin', () => {
    const home = crawled.get('/')?.page;
    const canonical = home?.tags.find((t) => t.name === 'link' && /\bcanonical\b/i.test(t.attrs.get('rel') ?? ''))?.attrs.get('href');
    const siteOrigin = canonical ? new URL(canonical).origin : null;
    const absolute = pages.flatMap((f) =>
      f.page!.tags
        .filter((t) => (t.name === 'a' || t.name === 'area') && siteOrigin !== null && (t.attrs.get('href') ?? '').startsWith(siteOrigin))
        .map((t) => `${f.path}: ${t.attrs.get('href')}`),
    );
    expect(capped(absolute), `links to ${siteOrigin} (the configured site) are not testable here and break while it is a placeholder`).toEqual([]);
  });

  it(`gives every page a title, a description, a canonical link and lang="ru" (${pages.length} pages)`, () => {
    const problems: string[] = [];
    const origins = new Set<string>();
    for (const f of pages) {
      const p = f.page!;
      if (!p.title) problems.push(`${f.path}: empty or missing <title>`);
      const descriptions = p.tags.filter((t) => t.name === 'meta' && t.attrs.get('name')?.toLowerCase() === 'description');
      if (descriptions.length !== 1) problems.push(`${f.path}: ${descriptions.length} <meta name="description"> (want 1)`);
      else if (!descriptions[0]!.attrs.get('content')?.trim()) problems.push(`${f.path}: empty meta description`);
      const canonicals = p.tags.filter((t) => t.name === 'link' && /\bcanonical\b/i.test(t.attrs.get('rel') ?? ''));
      if (canonicals.length !== 1) problems.push(`${f.path}: ${canonicals.length} <link rel="canonical"> (want 1)`);
      else {
        const href = canonicals[0]!.attrs.get('href') ?? '';
        let url: URL | null = null;
        try {
          url = new URL(href);
        } catch {
          problems.push(`${f.path}: canonical ${JSON.stringify(href)} is not an absolute URL`);
        }
        if (url) {
          origins.add(url.origin);
          if (url.pathname !== new URL(f.path, base).pathname) problems.push(`${f.path}: canonical points to ${url.pathname}`);
        }
      }
      const html = p.tags.find((t) => t.name === 'html');
      if (html?.attrs.get('lang') !== 'ru') problems.push(`${f.path}: <html lang="${html?.attrs.get('lang') ?? ''}"> (want ru)`);
    }
    if (origins.size > 1) problems.push(`canonical links use ${origins.size} origins: ${[...origins].join(', ')}`);
    expect(capped(problems), `${problems.length} problems in the heads of ${pages.length} pages`).toEqual([]);
  });

  it('gives every page a distinct title', () => {
    const byTitle = new Map<string, string[]>();
    for (const f of pages) byTitle.set(f.page!.title ?? '', [...(byTitle.get(f.page!.title ?? '') ?? []), f.path]);
    const duplicates = [...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `«${title}»: ${paths.join(', ')}`);
    expect(capped(duplicates), `${duplicates.length} titles shared by several pages`).toEqual([]);
  });

  it('has no duplicate id on any page', () => {
    const problems: string[] = [];
    for (const f of pages) {
      const counts = new Map<string, number>();
      for (const id of f.page!.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const dup = [...counts].filter(([, n]) => n > 1);
      if (dup.length > 0) problems.push(`${f.path}: ${dup.map(([id, n]) => `id="${id}" ×${n}`).join(', ')}`);
    }
    expect(capped(problems)).toEqual([]);
  });

  it('reaches every built page from / (no orphans)', () => {
    const built = builtPages();
    const orphans = built.filter((p) => !reachable.has(p));
    expect(capped(orphans), `${orphans.length} of ${built.length} built pages are not linked from any page reachable from /`).toEqual([]);
  });
});

describe(`pages implied by the data (${documents.length} documents)`, () => {
  it(`has a page for every record of data/documents.json at its url (${documents.length})`, async () => {
    const problems: string[] = [];
    for (const d of documents) {
      if (d.url !== urls.document(d.id)) problems.push(`${d.id}: url ${d.url} differs from urls.document → ${urls.document(d.id)}`);
      const f = await get(d.url);
      if (f.status !== 200 || !f.html || !f.page) {
        problems.push(`${d.url}: HTTP ${f.status} ${f.type}`);
        continue;
      }
      const h1 = textOf(innerHtml(f.html, f.page, 'h1') ?? '');
      const title = d.title.replace(/\s+/g, ' ').trim();
      if (!h1.includes(`№ ${d.number}`)) problems.push(`${d.url}: <h1> lacks «№ ${d.number}»: «${h1}»`);
      if (!h1.includes(title)) problems.push(`${d.url}: <h1> lacks the title «${title}»: «${h1}»`);
    }
    expect(capped(problems), `${problems.length} problems in ${documents.length} document pages`).toEqual([]);
  });

  it(`reaches every document page from / (${expected.documents.length})`, async () => {
    expect(capped(await missingOrUnreachable(expected.documents))).toEqual([]);
  });

  it(`reaches every person page from / (${expected.persons.length} in data/persons.json)`, async () => {
    expect(capped(await missingOrUnreachable([urls.persons(), ...expected.persons]))).toEqual([]);
  });

  it(`reaches every date page from / (${expected.years.length} years, ${expected.months.length} months, ${expected.undated.length} undated)`, async () => {
    expect(capped(await missingOrUnreachable([urls.dates(), ...expected.years, ...expected.months, ...expected.undated]))).toEqual([]);
  });

  it(`reaches every archive page from / (${expected.archives.length} archives, ${expected.fonds.length} fonds, ${expected.opisi.length} opisi, ${expected.dela.length} dela)`, async () => {
    expect(capped(await missingOrUnreachable([urls.archives(), ...expected.archives, ...expected.fonds, ...expected.opisi, ...expected.dela]))).toEqual([]);
  });

  it(`reaches every genre page from / (${expected.genres.length})`, async () => {
    expect(capped(await missingOrUnreachable([urls.genres(), ...expected.genres]))).toEqual([]);
  });

  it(`reaches every source page from / (${expected.sources.length})`, async () => {
    expect(capped(await missingOrUnreachable([urls.sources(), ...expected.sources]))).toEqual([]);
  });

  it('reaches /about/ and /search/ from /', async () => {
    expect(capped(await missingOrUnreachable([urls.about(), urls.search()]))).toEqual([]);
  });
});

describe('published data', () => {
  it.each(DATA_FILES)('serves /data/%s as JSON identical to data/', async (file) => {
    const res = await fetch(base + urls.data(file));
    expect(res.status, `GET ${urls.data(file)}`).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const served: unknown = JSON.parse(await res.text());
    const local = readData<unknown>(file);
    expect(served).toEqual(local);
  });

  it(`has a search index covering every document (${documents.length})`, async () => {
    const res = await fetch(`${base}/pagefind/pagefind-entry.json`);
    expect(res.status, 'GET /pagefind/pagefind-entry.json').toBe(200);
    const entry = (await res.json()) as { languages?: Record<string, { page_count?: number }> };
    const ru = entry.languages?.['ru'];
    expect(ru, `pagefind languages: ${Object.keys(entry.languages ?? {}).join(', ')}`).toBeDefined();
    expect(ru?.page_count ?? 0, 'pages in the Russian index').toBeGreaterThanOrEqual(documents.length);
  });
});
