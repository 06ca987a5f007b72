/**
 * Two builds of the same sources are the same byte for byte: the suite's own build (global-setup.ts)
 * against a second one of a copy of the project in another, deeper folder (so a leaked absolute path
 * shows), in a time zone 14 hours east of UTC and the C locale. Dates come from the commit and
 * durations stay on the console (scripts/lib/source-date.ts). About 20 s; `npm run check:reproducible`
 * does the same with two fresh builds.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildCopy, compareTrees, copyProject, describeDifferences } from '../../scripts/lib/reproducible.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string | undefined;

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('reproducible build', () => {
  // With EDITION_SKIP_BUILD=1 the served dist/ may be older than the sources, and would differ for that reason alone.
  it.skipIf(!inject('builtNow'))(
    'gives dist/ and data/ identical byte for byte from a copy built in another folder, time zone and locale',
    async () => {
      work = await mkdtemp(join(tmpdir(), 'edition-second-build-'));
      const copy = join(work, 'another', 'folder', 'edition');
      await copyProject(root, copy);
      await buildCopy(root, copy, { foreign: true });
      for (const [out, ours] of [
        ['dist', inject('distDir')],
        ['data', inject('dataDir')],
      ] as const) {
        const differences = await compareTrees(ours, join(copy, out));
        expect(differences, `${out}/ of the second build:\n${describeDifferences(differences, ['the suite build', 'the second build'])}`).toEqual([]);
      }
    },
    300_000,
  );
});
