/**
 * `astro dev` serves a document's files and the corpus files of /data/ at the URLs the pages link to,
 * the same bytes as the build writes there (src/lib/site/dev-file-urls.ts: their routes would want a
 * slash after the file's name in dev).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DOCUMENT_FORMATS } from '../../src/lib/export/document-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = inject('distDir');
/** The first document and the longest (its text in parts). */
const DOCUMENTS = ['pt-001', 'pt-215'];

let server: ChildProcess | undefined;
let base = '';

/** The environment without the test runner's own variables. */
const withoutRunner = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|TEST$)/u.test(name)));

/** Starts `astro dev` on a port of its choosing and resolves with its address once it says it is ready. */
function startDev(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // As `npm run dev` starts it: the test runner's NODE_ENV (`test`) would make Astro read the routes as a build's.
      env: { ...withoutRunner(process.env), NODE_ENV: 'development', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    server = child;
    let output = '';
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = /https?:\/\/127\.0\.0\.1:(\d+)\//u.exec(output);
      if (found) resolve(`http://127.0.0.1:${found[1]}`);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`astro dev ended (${code}) before it was ready:\n${output}`)));
  });
}

beforeAll(async () => {
  base = await startDev();
});

afterAll(() => {
  server?.kill();
});

/** The dev server's answer to a root-relative URL: status, type and bytes. */
async function get(url: string): Promise<{ status: number; type: string; body: Buffer }> {
  const res = await fetch(base + url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

describe('astro dev', () => {
  it.each(DOCUMENTS.flatMap((id) => DOCUMENT_FORMATS.map((format) => [id, format.extension, format.mime] as const)))(
    'serves /documents/%s/ its .%s file as the build writes it',
    async (id, extension, mime) => {
      const url = `/documents/${id}/${id}.${extension}`;
      const res = await get(url);
      expect(res.status, `GET ${url}`).toBe(200);
      expect(res.type).toBe(`${mime}; charset=utf-8`);
      expect(res.body.equals(readFileSync(join(dist, url))), `${url}: the bytes of the build`).toBe(true);
    },
  );

  const dataFiles = readdirSync(join(dist, 'data')).filter((name) => name !== 'index.html');

  it('has the corpus files of the build to compare with', () => {
    expect(dataFiles).toEqual(expect.arrayContaining(['documents.json', 'documents.csv', 'correspondence.cmif.xml', 'politburo-trotsky-data.zip']));
  });

  it.each(dataFiles)('serves /data/%s as the build writes it', async (name) => {
    const res = await get(`/data/${name}`);
    expect(res.status, `GET /data/${name}`).toBe(200);
    expect(res.body.equals(readFileSync(join(dist, 'data', name))), `/data/${name}: the bytes of the build`).toBe(true);
  });

  it('serves the pages, with their slash', async () => {
    expect((await get('/documents/pt-001/')).status).toBe(200);
    expect((await get('/documents/pt-215/2/')).status).toBe(200);
    expect((await get('/data/')).status).toBe(200);
  });
});
