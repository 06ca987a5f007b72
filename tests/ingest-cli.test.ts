/**
 * `npm run ingest` as the build runs it: its exit status and its last line. An error stops the
 * build (status 1, the files named); a warning does so only with `--strict`; an unreadable editorial
 * file stops it with status 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionFolder, collectionLines, excerpt } from './support/sources.ts';

let out: string;
let lines: string[];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'edition-cli-'));
  lines = await collectionLines();
});

/** Runs the ingest script on `sources`, without the edition's corrections, names, baseline and OCR review unless one is given. */
function ingest(sources: string, ...args: string[]) {
  const none = join(out, 'none.json');
  const options = ['--sources', sources, '--out', out, '--quiet', '--corrections', none, '--names', none, '--acknowledged', none, '--ocr-reviewed', none, ...args];
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/ingest.ts', ...options], { encoding: 'utf8' });
  return { status: r.status, last: r.stderr.trim().split('\n').at(-1) ?? '', stderr: r.stderr };
}

describe('npm run ingest', () => {
  it('exits 1 on an error, naming the file in its last line, and still writes the report', async () => {
    const bytes = Buffer.concat([Buffer.from(`${excerpt(lines, 1, 2).join('\n')}\n`), Buffer.from([0xff])]);
    const r = ingest(await collectionFolder(bytes));
    expect(r.status).toBe(1);
    expect(r.last).toMatch(/^ingest failed: 1 error \(sample\.txt\), .*, 0 documents: errors stop the build; see the lines above and .*report\.json$/);
    expect(r.stderr).toMatch(/^sample\.txt:\d+: error utf8-invalid: invalid UTF-8 at line \d+, column 1 \(byte 0xFF\)/m);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.byCode['utf8-invalid']).toBe(1);
  });

  it('exits 0 on warnings, and 1 with --strict', async () => {
    const sources = await collectionFolder(`${[...excerpt(lines, 215, 215), ' ', 'Посторонний текст после последнего документа.'].join('\n')}\n`);
    const plain = ingest(sources);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toMatch(/warning text-after-last-document/);
    const strict = ingest(sources, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.last).toMatch(/^ingest failed \(strict\): 0 errors, 1 warning, 1 not acknowledged \(sample\.txt\), .*warnings not acknowledged fail --strict/);
  });

  it('exits 2 when the baseline itself is invalid', async () => {
    const baseline = join(out, 'bad-baseline.json');
    await writeFile(baseline, '[{ "code": "numbering-gap", "file": "x.txt", "document": "pt-001", "reason": "ошибку принять нельзя" }]');
    const r = ingest(await collectionFolder(`${excerpt(lines, 1, 2).join('\n')}\n`), '--acknowledged', baseline);
    expect(r.status).toBe(2);
    expect(r.last).toMatch(/^ingest failed: .*bad-baseline\.json: 0\.code: /);
  });
});
