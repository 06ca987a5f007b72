/** The site's address from `EDITION_SITE` (src/lib/ids/site-address.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE, homeUrl, href, parseSiteAddress, siteAddress, sitePath, SITE_SETTING } from '../src/lib/ids/site-address.ts';
import { underBase } from '../src/lib/ids/base-path.ts';
import { urls } from '../src/lib/ids/urls.ts';

const saved = process.env[SITE_SETTING];
afterEach(() => {
  if (saved === undefined) delete process.env[SITE_SETTING];
  else process.env[SITE_SETTING] = saved;
});

describe('parseSiteAddress', () => {
  it('reads an origin with a base path, adding the trailing slash', () => {
    expect(parseSiteAddress('https://host.example/trotsky')).toEqual({
      origin: 'https://host.example',
      base: '/trotsky/',
      href: 'https://host.example/trotsky/',
      configured: true,
    });
    expect(parseSiteAddress(' https://host.example/ ').base).toBe('/');
    expect(parseSiteAddress('http://127.0.0.1:8080/a/b/').href).toBe('http://127.0.0.1:8080/a/b/');
  });

  it('falls back to where `astro preview` serves the build when the setting is unset or empty', () => {
    expect(DEFAULT_SITE).toBe('http://localhost:4321/');
    for (const value of [undefined, '', '  ']) {
      expect(parseSiteAddress(value)).toEqual({ origin: 'http://localhost:4321', base: '/', href: DEFAULT_SITE, configured: false });
    }
  });

  it.each([
    ['trotsky/', 'is not a URL'],
    ['ftp://host/', 'scheme must be http or https'],
    ['https://host/?a=1', 'no query or fragment'],
    ['https://host/#x', 'no query or fragment'],
    ['https://user:pw@host/', 'no user name or password'],
  ])('refuses %s, naming the setting', (value, problem) => {
    expect(() => parseSiteAddress(value)).toThrow(problem);
    expect(() => parseSiteAddress(value)).toThrow(SITE_SETTING);
  });
});

describe('absoluteUrl and sitePath', () => {
  const sub = parseSiteAddress('https://host.example/trotsky/');
  const root = parseSiteAddress('https://host.example');

  it('joins origin, base path and the path of urls.ts', () => {
    expect(absoluteUrl(urls.document('pt-001'), sub)).toBe('https://host.example/trotsky/documents/pt-001/');
    expect(absoluteUrl(urls.document('pt-001'), root)).toBe('https://host.example/documents/pt-001/');
    expect(absoluteUrl(urls.data('documents.csv'), sub)).toBe('https://host.example/trotsky/data/documents.csv');
    expect(homeUrl(sub)).toBe('https://host.example/trotsky/');
  });

  it('puts a root-relative path under the base path', () => {
    expect(sitePath('/search/', sub)).toBe('/trotsky/search/');
    expect(sitePath('search/', sub)).toBe('/trotsky/search/');
    expect(sitePath('/', sub)).toBe('/trotsky/');
    expect(sitePath('/search/', root)).toBe('/search/');
  });

  it('writes a link under the base path, and leaves a fragment, a query or another site as it is', () => {
    expect(href('/documents/pt-001/', sub)).toBe('/trotsky/documents/pt-001/');
    expect(href('/documents/pt-001/#p-3', sub)).toBe('/trotsky/documents/pt-001/#p-3');
    expect(href('/', sub)).toBe('/trotsky/');
    expect(href('#note-12', sub)).toBe('#note-12');
    expect(href('?q=1', sub)).toBe('?q=1');
    expect(href('//cdn.example/x.js', sub)).toBe('//cdn.example/x.js');
    expect(href('https://creativecommons.org/licenses/by/4.0/', sub)).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(href('/documents/pt-001/', root)).toBe('/documents/pt-001/');
    // As the browser's scripts call it, with Vite's BASE_URL (with or without its final slash).
    expect(underBase('/pagefind/pagefind.js', '/trotsky/')).toBe('/trotsky/pagefind/pagefind.js');
    expect(underBase('/pagefind/pagefind.js', '/trotsky')).toBe('/trotsky/pagefind/pagefind.js');
    expect(underBase('/search/cards/index.json', '/')).toBe('/search/cards/index.json');
  });

  it('reads EDITION_SITE from the environment, again when it changes', () => {
    process.env[SITE_SETTING] = 'https://a.example/x/';
    expect(siteAddress().href).toBe('https://a.example/x/');
    expect(absoluteUrl('/about/')).toBe('https://a.example/x/about/');
    process.env[SITE_SETTING] = 'https://b.example';
    expect(siteAddress().href).toBe('https://b.example/');
    delete process.env[SITE_SETTING];
    expect(siteAddress().configured).toBe(false);
  });
});
