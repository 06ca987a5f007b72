/**
 * Which code may import which, read from the import statements of the files themselves (static,
 * dynamic and type-only imports alike, through TypeScript's own scanner):
 *
 * - `src/lib` is the edition's logic, shared by the build, the pages and the browser: it imports
 *   nothing from the browser scripts (`src/scripts`) or the Astro side (`src/pages`,
 *   `src/components`, `src/layouts`);
 * - what the browser bundle takes from `src/lib` (the search contract, src/lib/search/contract/,
 *   and every module the scripts reach) uses no Node.js built-in module;
 * - the command-line scripts (`scripts/`) import nothing from `tests/`: what both need lives in
 *   `scripts/lib/` (the tests may import from there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const rel = (file: string): string => relative(root, file).split(sep).join('/');

/** The `.ts` files under a directory of the project, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The module specifiers a file imports (`import`, `import type`, `export … from`, `import()`). */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier as a project path (`src/lib/search/contract/keys.ts`); null for a package. */
const resolved = (file: string, specifier: string): string | null =>
  specifier.startsWith('.') ? rel(resolve(dirname(file), specifier)) : null;

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!);

/** `file → project path` for every relative import of the files whose path starts with `from`, into `into`. */
function importsInto(from: string, into: readonly string[]): string[] {
  return tsFiles(from).flatMap((file) =>
    specifiers(file)
      .map((s) => resolved(file, s))
      .filter((target): target is string => target !== null && into.some((dir) => target.startsWith(`${dir}/`)))
      .map((target) => `${rel(file)} → ${target}`),
  );
}

describe('module boundaries', () => {
  it('src/lib imports nothing from src/scripts, src/pages, src/components or src/layouts', () => {
    expect(importsInto('src/lib', ['src/scripts', 'src/pages', 'src/components', 'src/layouts'])).toEqual([]);
  });

  it('scripts/ imports nothing from tests/', () => {
    expect(importsInto('scripts', ['tests'])).toEqual([]);
  });

  it('the src/lib modules the browser scripts reach, and the search contract, use no Node.js built-in', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const s of specifiers(join(root, path))) {
        if (isNodeBuiltin(s)) problems.push(`${path} imports ${s}`);
        const target = resolved(join(root, path), s);
        if (target?.startsWith('src/lib/')) visit(target);
      }
    };
    const browser = tsFiles('src/scripts').flatMap((file) =>
      specifiers(file).map((s) => resolved(file, s)).filter((t): t is string => t?.startsWith('src/lib/') ?? false),
    );
    const contract = tsFiles('src/lib/search/contract').map(rel);
    expect(contract.length, 'the search contract has modules').toBeGreaterThan(0);
    for (const path of [...browser, ...contract]) visit(path);
    expect(seen, 'the walk reaches the contract from the browser scripts').toContain('src/lib/search/contract/cards.ts');
    expect(problems).toEqual([]);
  });
});
