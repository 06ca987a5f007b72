/**
 * The search page's fetches and links under the base path the site was built for (`astro.config.mjs`'s
 * `base`, from `EDITION_SITE`), which Vite writes into the bundle as `import.meta.env.BASE_URL`. The
 * index, the cards and the records name root-relative paths; the base goes in front only here.
 */
import { underBase } from '../lib/ids/base-path.ts';

/**
 * `/pagefind/pagefind.js` → `/trotsky/pagefind/pagefind.js` in a build served under `/trotsky/`. Outside
 * Vite (the measurements run these modules in Node) there is no base: the path stays as it is.
 */
export const onSite = (path: string): string => underBase(path, import.meta.env?.BASE_URL ?? '/');
