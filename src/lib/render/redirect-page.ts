/**
 * The page left at a public URL whose page moved (`content/redirects.json`, written by `scripts/urls.ts`):
 * a static host cannot answer 301, so the page sends the browser on with `<meta http-equiv="refresh">`,
 * tells search engines where the page now is (`rel=canonical`, `noindex`), and gives the reader a
 * plain link and the reason, for a browser that does not follow the refresh. No script and no style:
 * its Content-Security-Policy allows nothing to load.
 */
import type { Redirect } from '../../schemas/index.ts';
import { underBase } from '../ids/base-path.ts';

/** How a redirect page begins; what tells it from a page of the build when the build is checked again. */
const HEAD = '<!doctype html>\n<html lang="ru" data-edition-redirect>\n';

/** Whether `html` is a redirect page this module wrote (for any redirect, current or not). */
export const isRedirectPage = (html: string): boolean => html.startsWith(HEAD);

/** How many bytes of a page `isRedirectPage` needs: a page is told by its beginning, not read whole. */
export const REDIRECT_HEAD_BYTES = Buffer.byteLength(HEAD);

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML of the redirect page at `redirect.from`; `site` is the edition's address with its base path
 * (`https://host/trotsky/`): the link goes to the new page under that base, the canonical link to its address.
 */
export function redirectPage(redirect: Redirect, site: string | URL): string {
  const path = underBase(redirect.to, new URL(site).pathname);
  const to = escape(path);
  const canonical = escape(new URL(path, site).href);
  return `${HEAD}<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${canonical}">
<title>Страница перенесена</title>
</head>
<body>
<main>
<h1>Страница перенесена</h1>
<p>Эта страница издания теперь находится по адресу <a href="${to}">${canonical}</a>.</p>
<p>${escape(redirect.reason)}</p>
</main>
</body>
</html>
`;
}
