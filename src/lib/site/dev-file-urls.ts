/**
 * The dev server's way to the files that endpoints serve from a route whose file name has no extension:
 * a document's citation and text files (`src/pages/documents/[id]/[file].ts`: `/documents/pt-001/pt-001.ris`)
 * and the corpus files of `/data/` (`src/pages/data/[file].ts`: `/data/documents.csv`). Astro gives such a
 * route the site's `trailingSlash: 'always'`, so `astro dev` answered `/documents/pt-001/pt-001.ris` with
 * 404 and served the file at `/documents/pt-001/pt-001.ris/`, where a build writes it at the first URL, the
 * one the pages link to (Astro exempts a route from the slash only when its own file name has the
 * extension, as `[name].json.ts` does). The integration `devFileUrls` (astro.config.mjs) hands such a
 * request to Astro with the slash, so every link of a page works in dev as on the built site.
 * @see https://github.com/withastro/astro/issues/17001
 */
import { DATA_FILES } from '../render/data-dir.ts';

const ingestFiles: ReadonlySet<string> = new Set(DATA_FILES);

/**
 * The URL Astro's dev server serves the file of `url` at (`url` with a slash after its path, the query
 * kept), or null when `url` is not a file of those two routes. `base` is the site's base path (`/`,
 * `/trotsky/`).
 */
export function devFileUrl(url: string, base: string): string | null {
  const cut = url.search(/[?#]/u);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  if (!path.startsWith(base)) return null;
  const segments = path.slice(base.length).split('/');
  const [first, second, third] = segments;
  // /documents/<id>/<id>.<extension>: the route's files are named by the document.
  const documentFile = segments.length === 3 && first === 'documents' && second !== '' && third!.startsWith(`${second}.`) && third!.length > second!.length + 1;
  // /data/<name>.<extension>, but for the ingest's JSON files, which `[name].json.ts` serves without the slash.
  const corpusFile = segments.length === 2 && first === 'data' && /^[^.]+\.[^.]/u.test(second!) && !ingestFiles.has(second!);
  return documentFile || corpusFile ? `${path}/${rest}` : null;
}
