/**
 * The built site keeps its public URLs (content/public-urls.txt): each answers over HTTP, the build
 * makes no URL the list lacks, and the URL gate (scripts/lib/url-gate.ts, `npm run urls`, the last step
 * of the build), run on a copy of the build, fails when a listed page is gone (the command exits 1),
 * passes when a redirect page replaces it, and reports a new page until `--update` lists it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPublicUrls, parseUrlList, publicUrl } from '../../src/lib/ids/public-urls.ts';
import { absoluteUrl } from '../../src/lib/ids/site-address.ts';
import { RedirectsFileSchema } from '../../src/schemas/index.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { keepPublicUrls } from '../../scripts/lib/url-gate.ts';
import { chromiumPages, NO_BROWSER } from '../e2e/browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const base = inject('baseUrl');
const distDir = inject('distDir');
const LIST = 'content/public-urls.txt';
const listed = parseUrlList(await readFile(join(root, LIST), 'utf8'), LIST).urls;
const redirects = RedirectsFileSchema.parse(JSON.parse(await readFile(join(root, 'content/redirects.json'), 'utf8')));

/** `npm run urls` with these arguments; never rejects: the exit code is part of the answer. */
function runUrls(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(join(root, 'node_modules/.bin/tsx'), ['scripts/urls.ts', ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe('the public URLs of the build', () => {
  it(`are exactly the ${listed.length} listed, less the redirected ones`, async () => {
    const built = new Set<string>();
    for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
      const url = entry.isFile() ? publicUrl(relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/')) : null;
      if (url !== null && !redirects.some((r) => r.from === url)) built.add(url);
    }
    const check = checkPublicUrls(listed, built, redirects);
    expect(check.missing, 'listed, not built, not redirected').toEqual([]);
    expect(check.added, `built, not listed: run \`npm run urls -- --update\` and review ${LIST}`).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  it('each answer 200 over HTTP', async () => {
    const failed: string[] = [];
    for (const url of listed) {
      const res = await fetch(base + url, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status !== 200) failed.push(`${url}: HTTP ${res.status}`);
    }
    expect(failed).toEqual([]);
  });
});

describe('the URL gate on a copy of the build', () => {
  let work: string;
  let dist: string;
  const gone = '/documents/pt-002/';
  const paths = () => ({ dist, list: join(work, 'public-urls.txt'), redirects: join(work, 'redirects.json') });
  const gate = (update = false) => keepPublicUrls({ ...paths(), site: absoluteUrl('/'), update });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'edition-urls-'));
    dist = join(work, 'dist');
    await cp(distDir, dist, { recursive: true });
    await cp(join(root, LIST), paths().list);
    await writeFile(paths().redirects, '[]\n');
    // The page goes; the document's citation files beside it stay.
    await rm(join(dist, gone, 'index.html'));
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('fails the build, naming each URL, when a listed page or data file is gone (no redirect page can stand for a file)', async () => {
    const data = join(work, 'documents.json');
    await cp(join(dist, 'data/documents.json'), data);
    await rm(join(dist, 'data/documents.json'));
    try {
      const { code, out } = await runUrls(['--dist', dist, '--list', paths().list, '--redirects', paths().redirects]);
      expect(code).toBe(1);
      expect(out).toContain(`${gone}: listed in ${paths().list}, but the build made no such page or file; restore it, or redirect it in ${paths().redirects}`);
      expect(out).toContain(`/data/documents.json: listed in ${paths().list}`);
      expect(out).toContain('urls: 2 problems; the public URLs of the edition are not kept');
    } finally {
      await cp(data, join(dist, 'data/documents.json'));
    }
  });

  it('passes with a redirect declared, and writes the redirect page', async () => {
    const reason = 'Документ № 2 перенесён для проверки переадресации.';
    await writeFile(paths().redirects, JSON.stringify([{ from: gone, to: '/documents/pt-001/', reason }]));
    expect(await gate()).toEqual({ errors: [], warnings: [], summary: `${listed.length} listed URLs answer (1 by a redirect page); no new URL` });
    const page = await readFile(join(dist, gone, 'index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/documents/pt-001/">');
    expect(page).toContain(reason);
  });

  describe.skipIf(NO_BROWSER)('in Chromium', () => {
    const newPage = chromiumPages({ width: 1024, height: 768 }, 'redirect page');

    it('the redirect page sends the reader on to the page that replaced it', async () => {
      const server = await serveStatic(dist);
      try {
        const page = await newPage();
        await page.goto(server.url + gone);
        await page.waitForURL(`${server.url}/documents/pt-001/`, { timeout: 10_000 });
        expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(absoluteUrl('/documents/pt-001/'));
        await page.context().close();
      } finally {
        await server.close();
      }
    });
  });

  it('refuses a redirect to a page the build does not make', async () => {
    await writeFile(paths().redirects, JSON.stringify([{ from: gone, to: '/documents/pt-999/', reason: 'Нет такой страницы.' }]));
    try {
      expect((await gate()).errors).toEqual([`${paths().redirects}: ${gone} → /documents/pt-999/: the build makes no page /documents/pt-999/`]);
    } finally {
      await writeFile(paths().redirects, JSON.stringify([{ from: gone, to: '/documents/pt-001/', reason: 'Документ № 2 перенесён.' }]));
    }
  });

  it('reports a new page until --update lists it (and runs again over its own redirect page)', async () => {
    await cp(join(dist, 'about'), join(dist, 'about-copy'), { recursive: true });
    const report = await gate();
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([`/about-copy/: new, not in ${paths().list}`]);
    expect(report.summary).toContain('(1 by a redirect page); 1 new URLs are not listed yet');
    expect((await gate(true)).summary).toContain(`1 new URLs added to ${paths().list}`);
    const after = parseUrlList(await readFile(paths().list, 'utf8'), paths().list);
    expect(after.problems).toEqual([]);
    expect(after.urls).toEqual([...listed, '/about-copy/'].sort());
    expect((await gate()).summary).toContain('no new URL');
  });
});
