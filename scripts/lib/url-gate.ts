/**
 * What `npm run urls` (scripts/urls.ts, the last step of `npm run build`) does, as a function the site
 * tests call on copies of a build: writes the redirect pages of `content/redirects.json` into the build
 * and checks it against `content/public-urls.txt` (src/lib/ids/public-urls.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkPublicUrls, formatUrlList, parseUrlList, publicUrl } from '../../src/lib/ids/public-urls.ts';
import { isRedirectPage, REDIRECT_HEAD_BYTES, redirectPage } from '../../src/lib/render/redirect-page.ts';
import { RedirectsFileSchema, type Redirect } from '../../src/schemas/index.ts';
import { readStart } from './read-start.ts';

export interface UrlGateOptions {
  /** The built site. */
  dist: string;
  /** The list of public URLs (`content/public-urls.txt`). */
  list: string;
  /** The redirects file (`content/redirects.json`); a missing file means none. */
  redirects: string;
  /** The edition's address, for the redirect pages' canonical links. */
  site: string | URL;
  /** Add the URLs of this build to the list (never removes one). */
  update?: boolean;
}

export interface UrlGateResult {
  /** Why the build must fail, one line each (`url: …`, `file:line: …`); empty when the URLs are kept. */
  errors: string[];
  /** New URLs not listed yet, one line each. */
  warnings: string[];
  /** One line: how many listed URLs answer, and what became of the new ones. */
  summary: string;
}

/** The redirects file, validated, or why it cannot be read; a missing file means none. */
async function readRedirects(file: string): Promise<{ redirects: Redirect[]; errors: string[] }> {
  if (!existsSync(file)) return { redirects: [], errors: [] };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    return { redirects: [], errors: [`${file}: not valid JSON: ${(cause as Error).message}`] };
  }
  const parsed = RedirectsFileSchema.safeParse(json);
  if (parsed.success) return { redirects: parsed.data, errors: [] };
  return { redirects: [], errors: parsed.error.issues.map((i) => `${file}: [${i.path.join('.')}] ${i.message}`) };
}

/**
 * A page's first bytes, as many as tell a redirect page: reading every page whole was most of the check
 * (at ×100, 1.6 GB of HTML).
 */
const head = Buffer.alloc(REDIRECT_HEAD_BYTES);
const pageStart = (file: string): string => {
  const { length } = readStart(file, () => head, REDIRECT_HEAD_BYTES);
  return head.toString('utf8', 0, length);
};

/** Writes the redirect pages and checks the build's public URLs against the list (see the module comment). */
export async function keepPublicUrls(options: UrlGateOptions): Promise<UrlGateResult> {
  const failed = (errors: string[]): UrlGateResult => ({ errors, warnings: [], summary: 'the public URLs of the edition are not kept' });
  if (!existsSync(join(options.dist, 'index.html'))) return failed([`${options.dist}/index.html not found: run \`astro build\` first`]);
  const { redirects: declared, errors: unreadable } = await readRedirects(options.redirects);
  if (unreadable.length > 0) return failed(unreadable);
  const pages = new Map(declared.map((r) => [r.from, redirectPage(r, options.site)]));
  const list = parseUrlList(existsSync(options.list) ? await readFile(options.list, 'utf8') : '', options.list);
  if (list.problems.length > 0) return failed(list.problems);

  // The public URLs of this build. A redirect page written by an earlier run over the same build is not a page of it.
  const built = new Set<string>();
  for (const entry of await readdir(options.dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const url = publicUrl(relative(options.dist, file).split(sep).join('/'));
    if (url !== null && !(entry.name === 'index.html' && isRedirectPage(pageStart(file)))) built.add(url);
  }

  const check = checkPublicUrls(list.urls, built, declared);
  const errors = [
    ...check.problems.map((p) => `${options.redirects}: ${p}`),
    ...check.missing.map((url) => `${url}: listed in ${options.list}, but the build made no such page or file; restore it, or redirect it in ${options.redirects}`),
  ];
  if (errors.length > 0) return failed(errors);
  for (const [from, html] of pages) {
    await mkdir(join(options.dist, from), { recursive: true });
    await writeFile(join(options.dist, from, 'index.html'), html);
  }

  const kept = `${list.urls.length} listed URLs answer (${declared.length} by a redirect page)`;
  if (check.added.length === 0) return { errors, warnings: [], summary: `${kept}; no new URL` };
  if (options.update) {
    await writeFile(options.list, formatUrlList([...list.urls, ...check.added]));
    return { errors, warnings: [], summary: `${kept}; ${check.added.length} new URLs added to ${options.list}: review the diff before committing it` };
  }
  return {
    errors,
    warnings: check.added.map((url) => `${url}: new, not in ${options.list}`),
    summary: `${kept}; ${check.added.length} new URLs are not listed yet: run \`npm run urls -- --update\` and review the diff`,
  };
}
