/**
 * The site's own address, set once: the origin and the base path the edition is served under, from
 * the environment variable `EDITION_SITE` (e.g. `EDITION_SITE=https://host/trotsky/`). Every absolute
 * URL the edition writes (citations, exports, the document pages' metadata, sitemap and robots; canonical
 * links, Open Graph and the redirect pages through astro.config.mjs's `site`) is made from it, so a move
 * to another host is one setting, never a search and replace.
 *
 * The default, when the variable is unset or empty, is where `npm run preview` serves a build
 * (`http://localhost:4321/`): a real address at which every absolute URL of a local build works, and
 * one that cannot be mistaken for the public site. A build meant for publication sets `EDITION_SITE`.
 *
 * Pure apart from reading the variable; safe in the browser, where no variable exists and the default applies.
 */
import { underBase } from './base-path.ts';
import { urls } from './urls.ts';

/** The environment variable that holds the site's address. */
export const SITE_SETTING = 'EDITION_SITE';

/** Where `astro preview` serves the built site: the address when `EDITION_SITE` is not set. */
export const DEFAULT_SITE = 'http://localhost:4321/';

/** The site's address, read and checked. */
export interface SiteAddress {
  /** `https://host` (scheme, host and port; no trailing slash). */
  origin: string;
  /** The path the site is served under, with slashes at both ends: `/`, `/trotsky/`. */
  base: string;
  /** `origin` + `base`: `https://host/trotsky/`. */
  href: string;
  /** False when the default applies because `EDITION_SITE` is unset. */
  configured: boolean;
}

/**
 * Reads an address such as `https://host/trotsky/` (a missing trailing slash is added): an http(s)
 * URL without query, fragment or credentials. Empty or `undefined` gives the default. Throws with the
 * setting's name and an example when the value is not such an address, so a typo fails the build.
 */
export function parseSiteAddress(value: string | undefined): SiteAddress {
  const given = value?.trim() ?? '';
  const configured = given !== '';
  let url: URL;
  try {
    url = new URL(configured ? given : DEFAULT_SITE);
  } catch (cause) {
    throw new Error(`${SITE_SETTING}=${given} is not a URL; expected e.g. ${SITE_SETTING}=https://host/trotsky/`, { cause });
  }
  const problem =
    url.protocol !== 'http:' && url.protocol !== 'https:'
      ? 'the scheme must be http or https'
      : url.search || url.hash
        ? 'it must have no query or fragment'
        : url.username || url.password
          ? 'it must have no user name or password'
          : null;
  if (problem) throw new Error(`${SITE_SETTING}=${given}: ${problem}; expected e.g. ${SITE_SETTING}=https://host/trotsky/`);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { origin: url.origin, base, href: `${url.origin}${base}`, configured };
}

/** The environment's value of `EDITION_SITE` (none in a browser). */
function setting(): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env[SITE_SETTING];
}

let current: { value: string | undefined; address: SiteAddress } | undefined;

/** The site's address from `EDITION_SITE`, read again only when the variable changes. */
export function siteAddress(): SiteAddress {
  const value = setting();
  if (!current || current.value !== value) current = { value, address: parseSiteAddress(value) };
  return current.address;
}

/**
 * A root-relative path of the edition (`/documents/pt-001/`, as `urls` gives it) under the base
 * path: `/trotsky/documents/pt-001/`. A path without a leading slash is taken from the root too.
 */
export function sitePath(path: string, address: SiteAddress = siteAddress()): string {
  return `${address.base}${path.replace(/^\/+/, '')}`;
}

/**
 * What a page writes into `href`, `src` or `action`: a root-relative path of the edition under the
 * base path (`/trotsky/documents/pt-001/`); a fragment or an absolute URL as it is. The views of
 * `src/lib/site` and the records give root-relative paths; the templates pass every link through
 * this, so the site works when served under a sub-path of its host.
 */
export function href(path: string, address?: SiteAddress): string;
/** A missing link (`null`) stays missing: the attribute is left out. */
export function href(path: string | null | undefined, address?: SiteAddress): string | undefined;
export function href(path: string | null | undefined, address: SiteAddress = siteAddress()): string | undefined {
  return path == null ? undefined : underBase(path, address.base);
}

/** The absolute URL of a path of the edition: origin + base + path (`https://host/trotsky/documents/pt-001/`). */
export function absoluteUrl(path: string, address: SiteAddress = siteAddress()): string {
  return `${address.origin}${sitePath(path, address)}`;
}

/** The absolute URL of the home page (`https://host/trotsky/`). */
export function homeUrl(address: SiteAddress = siteAddress()): string {
  return absoluteUrl(urls.home(), address);
}
