/**
 * Pagefind in the browser: its loading, with the edition's options (the API's types and the
 * options the measurements share: src/lib/search/contract/pagefind.ts).
 *
 * Pagefind is not a dependency of the bundle: `pagefind --site dist` writes `/pagefind/pagefind.js`
 * after Astro has built the site, so the module is imported at run time from its URL.
 * @see https://pagefind.app/docs/api/
 */
import { EXCERPT_WORDS, RANKING, type PagefindModule } from '../../lib/search/contract/pagefind.ts';
import { onSite } from '../site-base.ts';

/** The query parameter that carries the search terms to a document page (see search-highlight.astro). */
export const HIGHLIGHT_PARAM = 'highlight';

export const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pagefind's entry file: its version and, per language, the hash of the index's metadata. */
export const PAGEFIND_ENTRY_URL = '/pagefind/pagefind-entry.json';

let loading: Promise<PagefindModule> | null = null;

/**
 * Imports and configures Pagefind once. Search runs on the main thread (`noWorker`): the index of a
 * few hundred documents searches in milliseconds, and the worker would be one more script (≈ 43 KB)
 * to fetch before the first results. The search page calls this when the reader turns to the form
 * or a search starts (page.ts), so a visit that only looks at the page does not run it.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    // A variable URL keeps Vite from resolving a file that only exists after `pagefind --site dist`.
    const url = onSite(PAGEFIND_URL);
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // Result URLs under the base path too (Pagefind would guess it from the bundle's URL; said here, not guessed).
    await pagefind.options({ baseUrl: onSite('/'), highlightParam: HIGHLIGHT_PARAM, noWorker: true, excerptLength: EXCERPT_WORDS, excerptEllipsis: '…', ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
