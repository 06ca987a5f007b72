/**
 * Pagefind in the browser: its loading, with the edition's options (the API's types and the
 * options the measurements share: src/lib/search/contract/pagefind.ts).
 *
 * Pagefind is not a dependency of the bundle: `npm run index` (scripts/search-index.ts) writes
 * `/pagefind/pagefind.js` after Astro has built the site, so the module is imported at run time from
 * its URL. A large edition's index is in parts (src/lib/search/contract/indexes.ts): the first is
 * Pagefind's own, the others are merged into it, so that a search covers them all.
 * @see https://pagefind.app/docs/api/
 */
import { INDEXES_FILE, mergeParts, PAGEFIND_PATH, parseIndexes, withSharedNames, type SearchIndexes } from '../../lib/search/contract/indexes.ts';
import { EXCERPT_WORDS, RANKING, type PagefindModule } from '../../lib/search/contract/pagefind.ts';
import { onSite } from '../site-base.ts';

/** The query parameter that carries the search terms to a document page (see search-highlight.astro). */
export const HIGHLIGHT_PARAM = 'highlight';

export const PAGEFIND_URL = `${PAGEFIND_PATH}pagefind.js`;
/** The list of the index's parts and the identity of the whole. */
export const INDEXES_URL = `${PAGEFIND_PATH}${INDEXES_FILE}`;

let loading: Promise<PagefindModule> | null = null;
let listing: Promise<SearchIndexes> | null = null;

/** The index's parts (`/pagefind/indexes.json`), fetched once; a failed fetch is tried again when next asked. */
export function loadIndexes(): Promise<SearchIndexes> {
  listing ??= (async () => {
    const url = onSite(INDEXES_URL);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
    const list = parseIndexes(await res.json());
    if (!list) throw new Error(`${url}: not a list of search indexes`);
    return list;
  })();
  listing.catch(() => {
    listing = null;
  });
  return listing;
}

/**
 * Imports and configures Pagefind once, with every part of the index; its results are named as the
 * cards and word lists name them (a name two parts share, through the result's fragment:
 * `nameShared`). Search runs on the main thread
 * (`noWorker`): the index of a few hundred documents searches in milliseconds, and the worker would
 * be one more script (≈ 43 KB) to fetch before the first results. The search page calls this when the
 * reader turns to the form or a search starts (page.ts), so a visit that only looks at the page does
 * not run it.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    // A variable URL keeps Vite from resolving a file that only exists after `npm run index`.
    const url = onSite(PAGEFIND_URL);
    const [pagefind, list] = await Promise.all([import(/* @vite-ignore */ url) as Promise<PagefindModule>, loadIndexes()]);
    // Result URLs under the base path too (Pagefind would guess it from the bundle's URL; said here, not guessed).
    const options = { baseUrl: onSite('/'), highlightParam: HIGHLIGHT_PARAM, excerptLength: EXCERPT_WORDS, excerptEllipsis: '…', ranking: RANKING };
    await pagefind.options({ ...options, noWorker: true });
    await pagefind.init();
    await mergeParts(pagefind, list, (folder) => onSite(PAGEFIND_PATH + folder), options);
    return withSharedNames(pagefind, list.shared);
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
