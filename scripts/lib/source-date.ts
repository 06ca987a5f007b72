/**
 * The date a build is of: the commit's, never the clock's, so that two builds of one commit are the
 * same byte for byte (the convention of reproducible-builds.org, `SOURCE_DATE_EPOCH`). The ingest writes
 * it into `report.json` (`generated`) and «Об издании» shows it.
 *
 * 1. `SOURCE_DATE_EPOCH` (whole seconds since 1970-01-01 UTC) when set: packagers and CI set it;
 *    a value that is not a whole number stops the build, as the convention asks.
 * 2. Else the committer date of HEAD (`git log -1 --format=%cI`), when the project folder is the top
 *    of a git work tree (a copy unpacked inside another repository must not take that one's date).
 * 3. Else none: a copy without `.git` (an unpacked archive) has no date to tell, and a made-up one
 *    would be published as true. The date is then `null` (the page says it is unknown), with a warning
 *    that names the variable to set.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SourceDate {
  /** ISO 8601 in UTC (`2026-11-30T23:21:26.000Z`), or `null` when no date can be known. */
  date: string | null;
  /** Where the date came from. */
  origin: 'SOURCE_DATE_EPOCH' | 'git' | 'none';
  /** Set when `origin` is `none`: what was missing and how to give a date. */
  warning?: string;
}

/** The build's date for the project in `root` (see the module comment for the order). */
export function sourceDate(root: string, env: NodeJS.ProcessEnv = process.env): SourceDate {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, not "${epoch}"`);
    return { date: new Date(Number(epoch) * 1000).toISOString(), origin: 'SOURCE_DATE_EPOCH' };
  }
  const committed = commitDate(root);
  if (committed) return { date: committed, origin: 'git' };
  return {
    date: null,
    origin: 'none',
    warning: `${root} is not a git work tree and SOURCE_DATE_EPOCH is not set: the build carries no date (set SOURCE_DATE_EPOCH to the release's date in seconds)`,
  };
}

/** HEAD's committer date in UTC, or `null` when `root` is not the top of a git work tree with a commit (or git is missing). */
function commitDate(root: string): string | null {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    if (realpathSync(git('rev-parse', '--show-toplevel')) !== realpathSync(resolve(root))) return null;
    const iso = git('log', '-1', '--format=%cI');
    return iso ? new Date(iso).toISOString() : null;
  } catch {
    return null;
  }
}
