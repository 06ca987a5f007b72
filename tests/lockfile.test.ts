/**
 * `npm ci` installs exactly what package-lock.json lists and refuses a lockfile that lacks a package it
 * needs. A lockfile written on one machine can leave out the native binaries of other platforms (the
 * optional `@esbuild/darwin-arm64`, `@pagefind/windows-x64`, `@astrojs/compiler-binding-…`), and then
 * `npm ci` fails on a clean clone there. Read from the committed lockfile: every optional dependency
 * has its entry, and every package that ships per-platform binaries lists those of macOS (arm64 and
 * x64), Linux (x64) and Windows (x64).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  os?: string[];
  cpu?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}
interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** The platforms a clean clone must install on: a developer's Mac, Linux CI and hosting, Windows. */
const PLATFORMS = [
  ['darwin', 'arm64'],
  ['darwin', 'x64'],
  ['linux', 'x64'],
  ['win32', 'x64'],
] as const;

/** The entry `dependency` resolves to from the package at `from` (its own node_modules, then each one above), as Node resolves it. */
function resolveEntry(lock: Lockfile, from: string, dependency: string): [string, LockEntry] | null {
  for (let base = from; ; ) {
    const key = `${base ? `${base}/` : ''}node_modules/${dependency}`;
    if (lock.packages[key]) return [key, lock.packages[key]];
    if (!base) return null;
    const up = base.lastIndexOf('/node_modules/');
    base = up < 0 ? '' : base.slice(0, up);
  }
}

/** What would make `npm ci` fail on some machine, one line each; empty when the lockfile is whole. */
function lockfileProblems(lock: Lockfile, pkg: PackageJson): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion < 2) problems.push(`lockfileVersion ${lock.lockfileVersion}: npm ci needs 2 or 3`);
  const root = lock.packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies'] as const)
    if (JSON.stringify(root[field] ?? {}) !== JSON.stringify(pkg[field] ?? {}))
      problems.push(`the lockfile's ${field} are not package.json's: run npm install and commit package-lock.json`);
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || entry.link) continue;
    if (!entry.version || !entry.integrity) problems.push(`${key}: no version or integrity`);
    const binaries: LockEntry[] = [];
    for (const dependency of Object.keys(entry.optionalDependencies ?? {})) {
      const found = resolveEntry(lock, key, dependency);
      if (!found) problems.push(`${key}: its optional dependency ${dependency} is not in the lockfile`);
      else if (found[1].os) binaries.push(found[1]);
    }
    // Per-platform binaries: optional packages for more than one operating system (fsevents, for macOS alone, is not one).
    if (new Set(binaries.flatMap((b) => b.os ?? [])).size < 2) continue;
    for (const [os, cpu] of PLATFORMS)
      if (!binaries.some((b) => b.os!.includes(os) && (!b.cpu || b.cpu.includes(cpu))))
        problems.push(`${key}: no binary for ${os}-${cpu} in the lockfile`);
  }
  return problems;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as T;

describe('package-lock.json', () => {
  const lock = read<Lockfile>('package-lock.json');
  const pkg = read<PackageJson>('package.json');

  it('lists every optional dependency, and the binaries of macOS, Linux and Windows for each package that has them', () => {
    expect(lockfileProblems(lock, pkg)).toEqual([]);
  });

  it('has platform binaries to check: esbuild, Pagefind, the Astro compiler, rolldown, lightningcss, sharp', () => {
    const withBinaries = Object.keys(lock.packages).filter((k) => /^node_modules\/(esbuild|pagefind|@astrojs\/compiler-binding|rolldown|lightningcss|sharp)$/.test(k));
    expect(withBinaries).toHaveLength(6);
    expect(lock.packages['node_modules/@pagefind/windows-x64']).toMatchObject({ os: ['win32'], cpu: ['x64'], optional: true });
  });

  it('is found wanting when the Windows binary of a package is left out', () => {
    const trimmed: Lockfile = { ...lock, packages: { ...lock.packages } };
    delete trimmed.packages['node_modules/@pagefind/windows-x64'];
    expect(lockfileProblems(trimmed, pkg)).toEqual([
      'node_modules/pagefind: its optional dependency @pagefind/windows-x64 is not in the lockfile',
      'node_modules/pagefind: no binary for win32-x64 in the lockfile',
    ]);
  });

  it('is found wanting when package.json asks for a dependency the lockfile does not have', () => {
    expect(lockfileProblems(lock, { ...pkg, dependencies: { ...pkg.dependencies, 'left-pad': '^1.3.0' } })).toEqual([
      "the lockfile's dependencies are not package.json's: run npm install and commit package-lock.json",
    ]);
  });
});
