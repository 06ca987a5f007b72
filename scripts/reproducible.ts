/**
 * Shows that the build is reproducible: two copies of the project, in two folders of different depth,
 * built one after the other (the second in a time zone 14 hours east of UTC and the C locale), must
 * give byte-identical `dist/` and `data/`. Exits non-zero and names each differing file and its first
 * differing bytes. The working tree's own `dist/` and `data/` are not touched.
 *
 * npm run check:reproducible [-- --keep]   (`--keep` leaves the two copies for a closer look)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_OUTPUT, buildCopy, compareTrees, copyProject, describeDifferences, type TreeDifference } from './lib/reproducible.ts';

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const root = process.cwd();
const work = await mkdtemp(join(tmpdir(), 'edition-reproducible-'));
const copies = [join(work, 'a'), join(work, 'second', 'copy', 'b')] as const;

try {
  for (const [i, copy] of copies.entries()) {
    const started = performance.now();
    await copyProject(root, copy);
    await buildCopy(root, copy, { foreign: i === 1 });
    console.log(`built ${copy} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const differences: TreeDifference[] = [];
  for (const out of BUILD_OUTPUT)
    differences.push(...(await compareTrees(join(copies[0], out), join(copies[1], out))).map((d) => ({ ...d, file: `${out}/${d.file}` })));
  if (differences.length > 0) {
    console.error(describeDifferences(differences, [copies[0], copies[1]]));
    console.error(`check:reproducible: ${differences.length} files differ between two builds of the same sources`);
    process.exitCode = 1;
  } else {
    console.log(`check:reproducible: ${BUILD_OUTPUT.map((d) => `${d}/`).join(' and ')} identical byte for byte in both builds`);
  }
} finally {
  if (values.keep) console.log(`copies kept in ${work}`);
  else await rm(work, { recursive: true, force: true });
}
