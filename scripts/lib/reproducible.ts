/**
 * Reproducible builds: the project copied to another folder (so an absolute path that leaks into the
 * output shows), built there in another time zone and locale, and its `dist/` and `data/` compared
 * byte for byte with a build made here. `npm run check:reproducible` (scripts/reproducible.ts) and the
 * site suite (tests/site/reproducible.test.ts, against the suite's own build) use it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, readlink, symlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { buildEnv, runBuild } from './run-build.ts';
import { sourceDate } from './source-date.ts';

/** What a build writes; both are published (`data/` as `/data/*.json`) or read by the pages. */
export const BUILD_OUTPUT = ['dist', 'data'] as const;

/** Left out when a folder without git is copied: what the build makes, and the installed packages (linked separately). */
const NOT_SOURCES = new Set(['node_modules', 'dist', 'data', '.astro', '.git', 'src/assets/fonts']);

/**
 * The files of the project as git sees them (tracked and untracked, ignored ones left out), so that
 * uncommitted work is built too; without git, every file but the build's output and the packages.
 */
async function sourceFiles(root: string): Promise<string[]> {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\0').filter((f) => f !== '' && existsSync(join(root, f)));
  } catch {
    return (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
      .filter((f) => ![...NOT_SOURCES].some((skip) => f === skip || f.startsWith(`${skip}/`)));
  }
}

/** A hard link where the file system allows one (fast, no space), else a copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Copies `node_modules` with hard links, symbolic links as they are: the packages' paths become the copy's, as after an install there. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [a, b] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isSymbolicLink()) await symlink(await readlink(a), b);
    else if (entry.isDirectory()) await linkTree(a, b);
    else if (entry.isFile()) await linkOrCopy(a, b);
  }
}

/** The project's sources and its installed packages, into `to` (which must not exist yet or be empty). */
export async function copyProject(root: string, to: string): Promise<void> {
  for (const file of await sourceFiles(root)) {
    await mkdir(dirname(join(to, file)), { recursive: true });
    await copyFile(join(root, file), join(to, file));
  }
  await linkTree(join(root, 'node_modules'), join(to, 'node_modules'));
}

/** A time zone 14 hours east of UTC (another calendar day for half of every day) and the C locale. */
const FOREIGN = { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' };

/**
 * `npm run build` in `dir`, dated as a build in `root` is (the copy has no git history of its own:
 * `SOURCE_DATE_EPOCH` carries the commit's date); with `foreign`, in a time zone and locale unlike
 * this machine's. Resolves with the build's output; rejects with its last lines.
 */
export function buildCopy(root: string, dir: string, { foreign = false } = {}): Promise<string> {
  const { date } = sourceDate(root);
  const env: NodeJS.ProcessEnv = { ...buildEnv(), ...(foreign ? FOREIGN : {}) };
  if (date) env['SOURCE_DATE_EPOCH'] = String(Date.parse(date) / 1000);
  else delete env['SOURCE_DATE_EPOCH'];
  return runBuild(dir, env);
}

/** One way two trees differ: a file only in one of them, or the first byte at which a file differs. */
export interface TreeDifference {
  /** The path inside the tree, with `/`. */
  file: string;
  what: 'only-in-first' | 'only-in-second' | 'content';
  /** For `content`: the first differing byte, and a little of each side around it. */
  offset?: number;
  first?: string;
  second?: string;
}

/** The files under `dir`, relative, with `/`, sorted; none when `dir` does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every way the files under `a` and `b` differ (names and bytes); empty when the trees are identical. */
export async function compareTrees(a: string, b: string): Promise<TreeDifference[]> {
  const [left, right] = [await filesUnder(a), await filesUnder(b)];
  const inRight = new Set(right);
  const inLeft = new Set(left);
  const out: TreeDifference[] = [
    ...left.filter((f) => !inRight.has(f)).map((file) => ({ file, what: 'only-in-first' as const })),
    ...right.filter((f) => !inLeft.has(f)).map((file) => ({ file, what: 'only-in-second' as const })),
  ];
  for (const file of left.filter((f) => inRight.has(f))) {
    const [x, y] = [await readFile(join(a, file)), await readFile(join(b, file))];
    if (x.equals(y)) continue;
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    const around = (buf: Buffer) => buf.subarray(Math.max(0, i - 30), i + 50).toString('utf8');
    out.push({ file, what: 'content', offset: i, first: around(x), second: around(y) });
  }
  return out.sort((p, q) => p.file.localeCompare(q.file));
}

/** One line per difference, for a console or a failing test. */
export function describeDifferences(differences: readonly TreeDifference[], names: [string, string]): string {
  return differences
    .map((d) =>
      d.what === 'content'
        ? `${d.file}: differs from byte ${d.offset}: ${JSON.stringify(d.first)} ≠ ${JSON.stringify(d.second)}`
        : `${d.file}: only in ${d.what === 'only-in-first' ? names[0] : names[1]}`,
    )
    .join('\n');
}
