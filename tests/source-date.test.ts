/**
 * The build's date (`scripts/lib/source-date.ts`): `SOURCE_DATE_EPOCH`, else the last commit's date,
 * else none. Real git repositories in temporary folders, with the committer date set.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceDate } from '../scripts/lib/source-date.ts';

let dir: string;
const repo = () => join(dir, 'repo');
const plain = () => join(dir, 'plain');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'source-date-'));
  await mkdir(join(repo(), 'inner'), { recursive: true });
  await mkdir(plain());
  await writeFile(join(repo(), 'a.txt'), 'a\n');
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.org',
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.org',
    GIT_AUTHOR_DATE: '2001-02-03T04:05:06+03:00',
    GIT_COMMITTER_DATE: '2024-05-06T23:30:00+03:00',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo(), env, stdio: 'ignore' });
  git('init', '-q');
  git('add', 'a.txt');
  git('commit', '-q', '-m', 'one');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the date of a build', () => {
  it("is the last commit's committer date, in UTC", () => {
    expect(sourceDate(repo(), {})).toEqual({ date: '2024-05-06T20:30:00.000Z', origin: 'git' });
  });

  it('is SOURCE_DATE_EPOCH when it is set, before git', () => {
    expect(sourceDate(repo(), { SOURCE_DATE_EPOCH: '1700000000' })).toEqual({ date: '2023-11-14T22:13:20.000Z', origin: 'SOURCE_DATE_EPOCH' });
    expect(sourceDate(plain(), { SOURCE_DATE_EPOCH: '0' }).date).toBe('1970-01-01T00:00:00.000Z');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => sourceDate(repo(), { SOURCE_DATE_EPOCH: '2024-05-06' })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds.*"2024-05-06"/);
    expect(() => sourceDate(repo(), { SOURCE_DATE_EPOCH: '1.5' })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('is none, with a warning naming SOURCE_DATE_EPOCH, in a folder without git history', () => {
    const d = sourceDate(plain(), {});
    expect(d.date).toBeNull();
    expect(d.origin).toBe('none');
    expect(d.warning).toMatch(/not a git work tree.*SOURCE_DATE_EPOCH/);
  });

  it("does not take the date of a repository the project was unpacked into", () => {
    expect(sourceDate(join(repo(), 'inner'), {}).origin).toBe('none');
  });
});
