/**
 * One temporary folder for a test run: the tests make their scratch folders with
 * `mkdtemp(join(tmpdir(), …))` (copies of the sources, ingest outputs, indexes, built fonts), and
 * many leave them behind. `tmpdir()` reads `TMPDIR`, which the test workers inherit from here: every
 * scratch folder of the run is made inside this one, removed when the run ends, however its tests ended.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'edition-tests-'));
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
