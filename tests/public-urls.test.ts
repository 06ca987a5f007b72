/**
 * Permanent URLs: which build files are public (`publicUrl`), the list file (`parseUrlList`,
 * `formatUrlList`), the check of a build against the list and the redirects (`checkPublicUrls`), the
 * redirect page, and the committed list itself read against the URL scheme of the README, written here
 * by hand rather than taken from `urls.ts`, so a change of the scheme shows as a failing test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPublicUrls, formatUrlList, parseUrlList, publicUrl } from '../src/lib/ids/public-urls.ts';
import { isRedirectPage, redirectPage } from '../src/lib/render/redirect-page.ts';
import { DocumentSchema, RedirectsFileSchema, StudySchema, type Redirect } from '../src/schemas/index.ts';

const LIST = 'content/public-urls.txt';
const read = (file: string): string => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('public URLs of a build', () => {
  it('are its pages and published files, not the fingerprinted assets, the search index or the 404 page', () => {
    expect(publicUrl('index.html')).toBe('/');
    expect(publicUrl('documents/pt-001/index.html')).toBe('/documents/pt-001/');
    expect(publicUrl('search/index.html')).toBe('/search/');
    expect(publicUrl('data/report.json')).toBe('/data/report.json');
    expect(publicUrl('sitemap.xml')).toBe('/sitemap.xml');
    for (const internal of ['_astro/base-layout.Dt4bswfG.css', 'pagefind/pagefind.js', 'search/cards/index.json', 'search/parties.json', '404.html'])
      expect(publicUrl(internal), internal).toBeNull();
  });

  it('leave out the parts of a long text after the first, whose cuts follow the page budget; keep the pages of a long list', () => {
    for (const part of ['documents/pt-215/2/index.html', 'studies/lk-study-2/12/index.html', 'sources/politburo-i-trotsky-1923-1932/3/index.html'])
      expect(publicUrl(part), part).toBeNull();
    expect(publicUrl('documents/page/2/index.html')).toBe('/documents/page/2/');
    expect(publicUrl('sources/politburo-i-trotsky-1923-1932/page/2/index.html')).toBe('/sources/politburo-i-trotsky-1923-1932/page/2/');
    expect(publicUrl('dates/undated/page/2/index.html')).toBe('/dates/undated/page/2/');
    expect(publicUrl('documents/pt-215/pt-215.ris')).toBe('/documents/pt-215/pt-215.ris');
    expect(publicUrl('dates/1923/index.html')).toBe('/dates/1923/');
  });
});

describe('the list file', () => {
  it('is written sorted, once each, under its header, and read back', () => {
    const text = formatUrlList(['/b/', '/a/', '/a/b/', '/a/', '/a-b/']);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['/a-b/', '/a/', '/a/b/', '/b/', '']);
    expect(parseUrlList(text, 'list.txt')).toEqual({ urls: ['/a-b/', '/a/', '/a/b/', '/b/'], problems: [] });
  });

  it('names a line that is out of order, repeated or not a path', () => {
    expect(parseUrlList('# head\n/a/\n/c/\n/b/\n/b/\ndocuments/\n/x y/\n', 'list.txt').problems).toEqual([
      'list.txt:4: /b/ is out of order (the list is sorted, after /c/)',
      'list.txt:5: /b/ is listed twice',
      'list.txt:6: not a URL path: "documents/"',
      'list.txt:7: not a URL path: "/x y/"',
    ]);
  });
});

describe('a build against the list', () => {
  const listed = ['/', '/documents/pt-001/', '/documents/pt-002/', '/data/documents.json'];
  const redirect: Redirect = { from: '/documents/pt-002/', to: '/documents/pt-001/', reason: 'Документы № 1 и № 2 оказались одним документом.' };

  it('keeps every listed URL: nothing missing, nothing new', () => {
    expect(checkPublicUrls(listed, new Set(listed), [])).toEqual({ missing: [], added: [], problems: [] });
  });

  it('misses a listed URL the build no longer makes, unless a redirect keeps it', () => {
    const built = new Set(['/', '/documents/pt-001/', '/data/documents.json']);
    expect(checkPublicUrls(listed, built, []).missing).toEqual(['/documents/pt-002/']);
    expect(checkPublicUrls(listed, built, [redirect])).toEqual({ missing: [], added: [], problems: [] });
    // A data file cannot be redirected by a page: it stays missing.
    expect(checkPublicUrls(listed, new Set(['/', '/documents/pt-001/', '/documents/pt-002/']), []).missing).toEqual(['/data/documents.json']);
  });

  it('reports a URL the build makes that is not listed', () => {
    expect(checkPublicUrls(listed, new Set([...listed, '/documents/pt-003/']), []).added).toEqual(['/documents/pt-003/']);
  });

  it('refuses a redirect from an unlisted URL or a page still built, to a page not built, or twice', () => {
    const built = new Set(['/', '/documents/pt-001/', '/data/documents.json']);
    expect(
      checkPublicUrls(listed, built, [
        { ...redirect, from: '/documents/pt-009/' },
        { ...redirect, from: '/documents/pt-001/', to: '/' },
        { ...redirect, to: '/documents/pt-003/' },
        redirect,
      ]).problems,
    ).toEqual([
      '/documents/pt-009/: not a listed public URL; a redirect keeps a listed URL answering',
      '/documents/pt-001/: the build makes this page, a redirect would replace it',
      '/documents/pt-002/ → /documents/pt-003/: the build makes no page /documents/pt-003/',
      '/documents/pt-002/: redirected twice',
    ]);
  });

  it('accepts only page paths in the redirects file (a data file cannot move)', () => {
    expect(RedirectsFileSchema.safeParse([redirect]).success).toBe(true);
    expect(RedirectsFileSchema.safeParse([{ ...redirect, from: '/data/documents.json' }]).success).toBe(false);
    expect(RedirectsFileSchema.safeParse([{ ...redirect, to: 'documents/pt-001/' }]).success).toBe(false);
    expect(RedirectsFileSchema.safeParse([{ ...redirect, reason: '' }]).success).toBe(false);
  });
});

describe('a redirect page', () => {
  it('sends the browser to the new page under the base path of a site served under a sub-path', () => {
    const under = redirectPage({ from: '/documents/pt-002/', to: '/documents/pt-001/', reason: 'Перенесено.' }, 'https://host.example/trotsky/');
    expect(under).toContain('<meta http-equiv="refresh" content="0; url=/trotsky/documents/pt-001/">');
    expect(under).toContain('<link rel="canonical" href="https://host.example/trotsky/documents/pt-001/">');
    expect(under).toContain('<a href="/trotsky/documents/pt-001/">https://host.example/trotsky/documents/pt-001/</a>');
  });


  const html = redirectPage({ from: '/documents/pt-002/', to: '/documents/pt-001/', reason: 'Документ № 2 — часть № 1 <см. предисловие>.' }, 'https://example.org');

  it('sends the browser on, names the new page as canonical and links it, in Russian', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru" data-edition-redirect>/);
    expect(isRedirectPage(html)).toBe(true);
    expect(isRedirectPage('<!doctype html>\n<html lang="ru">\n<head>')).toBe(false);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/documents/pt-001/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/documents/pt-001/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/documents/pt-001/">https://example.org/documents/pt-001/</a>');
    expect(html).toContain('<title>Страница перенесена</title>');
  });

  it('has no script or style, allows nothing to load, and escapes the reason', () => {
    expect(html).not.toMatch(/<script|<style|style=/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">`);
    expect(html).toContain('<p>Документ № 2 — часть № 1 &lt;см. предисловие&gt;.</p>');
  });
});

describe(`the committed list (${LIST})`, () => {
  const { urls, problems } = parseUrlList(read(LIST), LIST);

  it('is sorted, with each URL once', () => {
    expect(problems).toEqual([]);
    expect(urls.length).toBeGreaterThan(400);
  });

  it("has only URLs of the README's scheme", () => {
    const scheme = [
      /^\/$/,
      /^\/(documents|dates|persons|archive|genres|sources|studies|about|search)\/$/,
      /^\/documents\/[a-z]+-\d{3,}\/$/,
      // Pages 2, 3 … of the long lists: never 0, 1 (the list itself) or a leading zero.
      /^\/(documents|persons)\/page\/([2-9]|[1-9]\d+)\/$/,
      /^\/dates\/(\d{4}|\d{4}-\d{2}|undated)\/$/,
      // Pages 2, 3 … of a month's, the undated and a source's long lists.
      /^\/dates\/(\d{4}-\d{2}|undated)\/page\/([2-9]|[1-9]\d+)\/$/,
      /^\/sources\/[a-z0-9-]+\/page\/([2-9]|[1-9]\d+)\/$/,
      /^\/persons\/[a-z0-9-]+\/$/,
      /^\/archive(\/[a-z0-9-]+){1,4}\/$/,
      /^\/genres\/[a-z0-9-]+\/$/,
      /^\/sources\/[a-z0-9-]+\/$/,
      /^\/studies\/[a-z]+-[a-z0-9-]+\/$/,
      /^\/documents\/([a-z]+-\d{3,})\/\1\.(bib|ris|csl\.json|tei\.xml)$/,
      /^\/data\/$/,
      /^\/data\/(documents|persons|report|sources|studies)\.json$/,
      /^\/data\/(documents\.(csv|bib|ris|csl\.json|schema\.json)|persons\.schema\.json|correspondence\.cmif\.xml|politburo-trotsky-data\.zip)$/,
      /^\/(sitemap\.xml|robots\.txt|favicon\.svg)$/,
    ];
    expect(urls.filter((url) => !scheme.some((s) => s.test(url)))).toEqual([]);
  });

  it('lists the page and the four citation files of every document in data/, and the data files', () => {
    const documents = DocumentSchema.array().parse(JSON.parse(read('data/documents.json')));
    const listed = new Set(urls);
    expect(documents.map((d) => `/documents/${d.id}/`).filter((u) => !listed.has(u))).toEqual([]);
    const listPages = (u: string): boolean => u === '/documents/' || u.startsWith('/documents/page/');
    expect(urls.filter((u) => u.startsWith('/documents/') && !listPages(u) && u.endsWith('/'))).toHaveLength(documents.length);
    for (const ext of ['bib', 'ris', 'csl.json', 'tei.xml']) {
      expect(documents.map((d) => `/documents/${d.id}/${d.id}.${ext}`).filter((u) => !listed.has(u)), ext).toEqual([]);
    }
    expect(urls.filter((u) => u.startsWith('/data/'))).toEqual([
      '/data/',
      '/data/correspondence.cmif.xml',
      '/data/documents.bib',
      '/data/documents.csl.json',
      '/data/documents.csv',
      '/data/documents.json',
      '/data/documents.ris',
      '/data/documents.schema.json',
      '/data/persons.json',
      '/data/persons.schema.json',
      '/data/politburo-trotsky-data.zip',
      '/data/report.json',
      '/data/sources.json',
      '/data/studies.json',
    ]);
    const studies = StudySchema.array().parse(JSON.parse(read('data/studies.json')));
    expect(studies.map((s) => s.url).filter((u) => !listed.has(u))).toEqual([]);
  });
});
