/**
 * The edition's promise that an address, once public, keeps answering. `content/public-urls.txt` lists
 * every public URL; each later build must make it, as the page itself or as a redirect page declared in
 * `content/redirects.json`. A URL the build makes that is not listed is reported, so the list grows by
 * a reviewed change, never by accident. Pure functions; `scripts/urls.ts` runs them at the end of
 * `npm run build`.
 */
import type { Redirect } from '../../schemas/index.ts';
import { CARDS_PATH } from '../search/contract/cards.ts';
import { WORDS_PATH } from '../search/contract/lexicon.ts';
import { PARTIES_URL } from '../search/contract/parties.ts';

/**
 * Build files no one is given the address of: fingerprinted assets, Pagefind's index, the search page's
 * own data, and the page a host serves for any unknown address. They may change with every build.
 */
const INTERNAL: readonly string[] = ['/_astro/', '/pagefind/', CARDS_PATH, WORDS_PATH, PARTIES_URL, '/404.html'];

/**
 * Part 2, 3 … of a long text (`/documents/pt-215/2/`, src/lib/site/parts.ts): where a text is cut follows
 * the page budget less the stylesheet and fonts of the build, so a part's address may hold another stretch
 * of the text, or be gone, after a build with lighter fonts. The text's permanent URL, with the anchor of a
 * passage (`/documents/pt-215/#p-250`), is the address to give: it leads to whichever part holds it.
 * Matches under a base path too (`/trotsky/documents/pt-215/2/`).
 */
export const TEXT_PART = /\/(?:documents|studies|sources)\/(?!page\/)[^/]+\/\d+\/$/;

/** The public URL of a file of `dist/` (`documents/pt-001/index.html` → `/documents/pt-001/`); `null` for an internal file or a text's part. */
export function publicUrl(file: string): string | null {
  const url = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
  return INTERNAL.some((p) => (p.endsWith('/') ? url.startsWith(p) : url === p)) || TEXT_PART.test(url) ? null : url;
}

/** The head of the list file: what it is and how it changes. */
const LIST_HEADER = [
  '# Every public URL of the edition, one a line, sorted. Each answers in every later build: `npm run build`',
  '# fails when one is missing, unless content/redirects.json sends it to the page that replaced it.',
  '# New URLs are added with `npm run urls -- --update` and reviewed in the diff; a URL is never removed.',
];

/** The list file's text for `urls`: the header, then the URLs sorted (by code unit, as `LC_ALL=C sort`) once each. */
export function formatUrlList(urls: Iterable<string>): string {
  return `${[...LIST_HEADER, ...[...new Set(urls)].sort()].join('\n')}\n`;
}

/** The URLs of a list file, and what is wrong with it (`file:line: …`): a malformed, repeated or unsorted line. */
export function parseUrlList(text: string, file: string): { urls: string[]; problems: string[] } {
  const urls: string[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${file}:${i + 1}`;
    const previous = urls.at(-1);
    if (!/^\/[!-~]*$/.test(line)) problems.push(`${where}: not a URL path: ${JSON.stringify(line)}`);
    else if (previous !== undefined && line === previous) problems.push(`${where}: ${line} is listed twice`);
    else if (previous !== undefined && line < previous) problems.push(`${where}: ${line} is out of order (the list is sorted, after ${previous})`);
    urls.push(line);
  });
  return { urls, problems };
}

export interface UrlCheck {
  /** Listed URLs the build did not make and no redirect keeps: the build must fail. */
  missing: string[];
  /** URLs the build made that are not listed: to be added to the list, deliberately. */
  added: string[];
  /** Redirects that cannot stand (`from` not listed or still a page, `to` not a page, `from` twice). */
  problems: string[];
}

/** The listed URLs against the URLs of a build (`built`, from `publicUrl`) and the declared redirects. */
export function checkPublicUrls(listed: readonly string[], built: ReadonlySet<string>, redirects: readonly Redirect[]): UrlCheck {
  const inList = new Set(listed);
  const redirected = new Set<string>();
  const problems: string[] = [];
  for (const { from, to } of redirects) {
    if (redirected.has(from)) problems.push(`${from}: redirected twice`);
    redirected.add(from);
    if (!inList.has(from)) problems.push(`${from}: not a listed public URL; a redirect keeps a listed URL answering`);
    if (built.has(from)) problems.push(`${from}: the build makes this page, a redirect would replace it`);
    if (!built.has(to)) problems.push(`${from} → ${to}: the build makes no page ${to}`);
  }
  return {
    missing: listed.filter((url) => !built.has(url) && !redirected.has(url)),
    added: [...built].filter((url) => !inList.has(url)).sort(),
    problems,
  };
}
