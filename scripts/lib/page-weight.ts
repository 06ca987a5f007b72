/**
 * What a first visit to a page of the built site downloads, compressed (gzip -9, node:zlib): the HTML;
 * every stylesheet of `<link rel="stylesheet">`; every external script of `<script src>` (apart);
 * the fonts: every file preloaded with `<link rel="preload" as="font">`, and every @font-face file of
 * those stylesheets whose unicode-range meets a character of the page's text (tags stripped; a face
 * without unicode-range counts). Each file counts once per page. Shared by `npm run bench:site`
 * (scripts/page-weight.ts) and the site test of every page's weight (tests/site/page-weight.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-visit budget of every page: HTML + CSS + fonts (src/lib/site/parts.ts, PAGE_BUDGET). */
export { PAGE_BUDGET as BUDGET } from '../../src/lib/site/parts.ts';

/** HTML + CSS + fonts of a weighed page, the budget's measure. */
export const firstVisit = (r: Row): number => r.html + r.css + r.fonts;

export const gz = (data: Uint8Array): number => gzipSync(data, { level: 9 }).byteLength;

/** The file in dist/ for a site URL path (`/a/b/` → dist/a/b/index.html). */
function fileOf(dist: string, urlPath: string): string {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** Attributes of a start tag: `<link rel="x" href="y">` → { rel: 'x', href: 'y' }. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

const decodeEntities = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The characters a page shows: its text without scripts, styles and tags. */
function pageText(html: string): Set<number> {
  const text = decodeEntities(
    html
      .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
  return new Set([...text].map((ch) => ch.codePointAt(0)!));
}

function parseRange(range: string): [number, number][] {
  return range.split(',').flatMap((part): [number, number][] => {
    const m = /U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?/i.exec(part);
    if (!m) return [];
    if (m[1]!.includes('?')) return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'F'), 16)]];
    const start = parseInt(m[1]!, 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start]];
  });
}

interface FontFace {
  /** URL path of the first (woff2) source, resolved against the stylesheet. */
  url: string;
  ranges: [number, number][] | null;
}

/** The @font-face rules of a stylesheet, with their first non-data: url. */
function fontFaces(css: string, cssPath: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = m[1]!;
    const src = /url\(\s*(?:"([^"]+)"|'([^']+)'|([^)\s]+))\s*\)/.exec(body);
    const url = src ? (src[1] ?? src[2] ?? src[3])! : null;
    if (!url || url.startsWith('data:')) continue;
    const range = /unicode-range\s*:\s*([^;]+)/.exec(body);
    faces.push({ url: new URL(url, `http://x${cssPath}`).pathname, ranges: range ? parseRange(range[1]!) : null });
  }
  return faces;
}

export interface Row {
  page: string;
  html: number;
  css: number;
  fonts: number;
  fontFiles: number;
  js: number;
}

/** What a first visit to `page` (a URL path such as `/documents/pt-215/`) of the site built in `dist` downloads, compressed. */
export async function weighPage(dist: string, page: string): Promise<Row> {
  const html = await readFile(fileOf(dist, page), 'utf8');
  const chars = pageText(html);
  const seen = new Set<string>();
  const row: Row = { page, html: gz(Buffer.from(html)), css: 0, fonts: 0, fontFiles: 0, js: 0 };
  const fontUrls = new Set<string>();
  for (const m of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (m[1]!.toLowerCase() === 'script') {
      if (a.src && !/^https?:/.test(a.src) && !seen.has(a.src)) {
        seen.add(a.src);
        row.js += gz(await readFile(fileOf(dist, new URL(a.src, `http://x${page}`).pathname)));
      }
      continue;
    }
    if (!a.href || /^https?:/.test(a.href)) continue;
    const href = new URL(a.href, `http://x${page}`).pathname;
    if (rel.includes('preload') && a.as === 'font') fontUrls.add(href);
    if (rel.includes('stylesheet') && !seen.has(href)) {
      seen.add(href);
      const css = await readFile(fileOf(dist, href), 'utf8');
      row.css += gz(Buffer.from(css));
      for (const face of fontFaces(css, href))
        if (face.ranges === null || [...chars].some((cp) => face.ranges!.some(([lo, hi]) => cp >= lo && cp <= hi)))
          fontUrls.add(face.url);
    }
  }
  for (const url of fontUrls) {
    row.fonts += gz(await readFile(fileOf(dist, url)));
    row.fontFiles++;
  }
  return row;
}

