import { z } from 'zod';

/** A page's URL path as the edition writes them: lower-case ASCII segments, each closed by `/` (`/documents/pt-001/`). */
const PagePathSchema = z.string().regex(/^\/(?:[a-z0-9][a-z0-9._-]*\/)*$/, 'a page path such as /documents/pt-001/');

/**
 * A redirect (`content/redirects.json`): a listed public URL (`content/public-urls.txt`) that the build no
 * longer makes a page for, and the page that now stands in its place. The build writes a small HTML page
 * at `from` that sends the reader to `to`, so a link or citation made to the old address still leads
 * somewhere. Only pages (directory URLs) can be redirected this way: a static host serves a file such
 * as `/data/documents.json` by its extension, so a data file can never move.
 */
export const RedirectSchema = z.object({
  /** The old URL, as listed in `content/public-urls.txt`. */
  from: PagePathSchema,
  /** The page the build makes now. */
  to: PagePathSchema,
  /** Why the page moved (in Russian; shown on the redirect page). */
  reason: z.string().min(10),
});

export const RedirectsFileSchema = z.array(RedirectSchema);
export type Redirect = z.infer<typeof RedirectSchema>;
