/**
 * Global setup of the `site` test project (tests/site, tests/e2e): build the site once per
 * run, copy dist/ and data/ to a temporary directory, and serve that copy on a free port of
 * 127.0.0.1. The copy keeps the run consistent while another build (a dev server, another run)
 * rewrites dist/ in the working tree.
 *
 * `EDITION_SKIP_BUILD=1` reuses an existing dist/ (it still builds when dist/ is missing).
 * The tests read the server's address with `inject('baseUrl')`, the copies with
 * `inject('distDir')` and `inject('dataDir')`, whether this run built them with `inject('builtNow')`.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../../scripts/lib/run-build.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>`, no trailing slash. */
    baseUrl: string;
    /** The served copy of dist/. */
    distDir: string;
    /** The copy of data/ (the ingest output the site was built from). */
    dataDir: string;
    /** Whether this run built the site (false when `EDITION_SKIP_BUILD=1` reused dist/). */
    builtNow: boolean;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const data = fileURLToPath(new URL('../../data/', import.meta.url));

async function build(): Promise<void> {
  const started = performance.now();
  await runBuild(root);
  console.log(`[site tests] npm run build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const skip = process.env['EDITION_SKIP_BUILD'] === '1';
  const reuse = skip && existsSync(`${dist}index.html`);
  if (reuse) {
    console.log('[site tests] EDITION_SKIP_BUILD=1: testing the existing dist/');
  } else {
    if (skip) console.log('[site tests] EDITION_SKIP_BUILD=1 but dist/ has no index.html: building');
    await build();
  }

  const copy = await mkdtemp(join(tmpdir(), 'edition-site-'));
  const distCopy = join(copy, 'dist');
  const dataCopy = join(copy, 'data');
  await cp(dist, distCopy, { recursive: true });
  await cp(data, dataCopy, { recursive: true });
  if (!existsSync(join(distCopy, 'index.html')) || !existsSync(join(distCopy, 'data', 'documents.json')))
    throw new Error('dist/ lost its index.html or data/documents.json while it was copied: is another build running?');

  const server = await serveStatic(distCopy);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distCopy);
  project.provide('dataDir', dataCopy);
  project.provide('builtNow', !reuse);
  return async () => {
    await server.close();
    await rm(copy, { recursive: true, force: true });
  };
}
