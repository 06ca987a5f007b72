/**
 * The built site as a reader's browser sees it: crawled over http from `/`, following every
 * internal link (pages, style sheets, scripts, media). Each test file that imports this module
 * crawls once (about a second and a half); the tests read the results exported here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';
import { RedirectsFileSchema } from '../../src/schemas/index.ts';
import { parseHtml, type ParsedPage } from '../support/html.ts';
import { distDir, expectedPages } from './site-data.ts';

export const base = inject('baseUrl');
const origin = new URL(base).origin;

export interface Fetched {
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

export interface Link {
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
export function capped(list: string[]): string[] {
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

/** External links seen (not followed). */
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

export function get(path: string): Promise<Fetched> {
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
export const crawled = await crawl('/');
const crawlMs = Math.round(performance.now() - started);

export const all = [...crawled.values()];
export const pages = all.filter((f) => f.page !== null);
export const links = all.flatMap((f) => f.links);
export const reachable = new Set(pages.map((f) => f.path));
export const fragmentLinks = links.filter((l) => l.fragment !== null);

/** What the crawl found, for the titles of the test groups. */
export const summary = `crawl from / (${pages.length} HTML pages, ${links.length} internal links, ${all.length - pages.length} other files, ${externalCount} external links not followed; ${crawlMs} ms)`;

/**
 * Built HTML pages on disk, as URL paths (`dist/a/b/index.html` → `/a/b/`); 404.html and the redirect
 * pages of moved URLs (content/redirects.json, linked from nowhere on purpose) left out.
 */
export function builtPages(): string[] {
  const dist = distDir;
  const redirected = new Set(RedirectsFileSchema.parse(JSON.parse(readFileSync(new URL('../../content/redirects.json', import.meta.url), 'utf8'))).map((r) => r.from));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
        if (rel !== '404.html' && !redirected.has(path)) out.push(path);
      }
    }
  };
  walk(dist);
  return out.sort();
}

export const expected = expectedPages();

/** The expected pages of a type that are missing (status) or not reachable from `/`. */
export async function missingOrUnreachable(list: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of list) {
    const f = await get(path);
    if (f.status !== 200) problems.push(`${path}: HTTP ${f.status}${f.location ? ` → ${f.location}` : ''}`);
    else if (!reachable.has(path)) problems.push(`${path}: exists but no link path from / reaches it`);
  }
  return problems;
}

/**
 * A text and its parts as crawled, in order: the page at `path` and, for a long text in parts
 * (src/lib/site/parts.ts), `path` + `2/`, `3/` … (throws when `path` was not crawled).
 */
export function textParts(path: string): Fetched[] {
  const first = pages.find((f) => f.path === path);
  if (!first) throw new Error(`${path} was not crawled`);
  const part = (f: Fetched): number => Number(f.path.slice(path.length).replace(/\/$/, ''));
  const rest = pages.filter((f) => f.path.startsWith(path) && /^\d+\/$/.test(f.path.slice(path.length))).sort((a, b) => part(a) - part(b));
  return [first, ...rest];
}
