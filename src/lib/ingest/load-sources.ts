/**
 * The sources folder read as the ingest trusts it: every text file has a sidecar, every sidecar is
 * valid JSON of the right shape and names a text inside the folder, no file is larger than the ingest
 * can hold. Whatever breaks one of these is reported at its file and line, never skipped in silence.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { printParseErrorCode, visit } from 'jsonc-parser';
import { MAX_SOURCE_BYTES, SidecarSchema, type Source, type SourceExpect } from '../../schemas/index.ts';
import { decodeSource, type SourceLine } from './decode.ts';
import { Diagnostics } from './diagnostics.ts';

export interface LoadedSource {
  /** The bibliographic record, as published (`sources.json`). */
  source: Source;
  /** What the sidecar says the text must yield. */
  expect: SourceExpect;
  lines: SourceLine[];
  diagnostics: Diagnostics;
}

/** Reads every sidecar of `dir` and the text it names; problems go to `general` or the file's own diagnostics. */
export async function loadSources(dir: string, general: Diagnostics, progress: (m: string) => void): Promise<LoadedSource[]> {
  let names: string[];
  let root: string;
  try {
    names = (await readdir(dir)).sort();
    root = await realpath(dir);
  } catch (cause) {
    throw new Error(`cannot read the sources folder "${dir}"`, { cause });
  }
  const sidecars = names.filter((n) => n.endsWith('.json'));
  if (sidecars.length === 0) general.report('no-sources', 0, `no source sidecars (*.json) in "${dir}"`, { data: { folder: dir } });
  const claimed = new Set<string>();
  const out: LoadedSource[] = [];
  for (const name of sidecars) {
    const raw = await readFile(join(dir, name), 'utf8');
    const sidecar = readSidecar(name, raw, general);
    // A text whose sidecar is broken is reported with the sidecar, not again as a text without one.
    claimed.add(resolve(root, sidecar?.file ?? name.replace(/\.json$/, '.txt')));
    if (!sidecar) continue;
    const { expect = {}, ...source } = sidecar;
    const diagnostics = new Diagnostics(source.file);
    const bytes = await readText({ root, dir, sidecar: name, fileLine: lineOfKey(raw, 'file'), general }, source.file, expect.maxBytes ?? MAX_SOURCE_BYTES, diagnostics);
    if (!bytes) {
      general.items.push(...diagnostics.items);
      continue;
    }
    progress(`reading ${source.file} (${bytes.length} bytes)`);
    out.push({ source, expect, lines: decodeSource(bytes, diagnostics), diagnostics });
  }
  for (const name of names) {
    if (name.endsWith('.txt') && !claimed.has(resolve(root, name))) {
      general.items.push(...reportAt(name, (d) => d.report('source-without-sidecar', 0, `${name} has no sidecar: add ${name.replace(/\.txt$/, '.json')} (see README, "Adding a source") or move the file out of the sources folder`)));
    }
  }
  return out;
}

/** The sidecar's record, or `null` after reporting why it cannot be read. */
function readSidecar(name: string, raw: string, general: Diagnostics): ReturnType<typeof SidecarSchema.parse> | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    const at = jsonSyntaxError(raw);
    general.items.push(...reportAt(name, (d) => d.report('sidecar-syntax', at.line, `not valid JSON at line ${at.line}, column ${at.column}: ${at.problem} (${(cause as Error).message})`, { data: { column: at.column } })));
    return null;
  }
  const parsed = SidecarSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]!;
  const key = first.path[0];
  const line = typeof key === 'string' ? lineOfKey(raw, key) : 1;
  const message = parsed.error.issues.map((i) => `${i.path.join('.') || '(the whole file)'}: ${i.message}`).join('; ');
  general.items.push(...reportAt(name, (d) => d.report('sidecar-invalid', line, message)));
  return null;
}

/** Where a text is named: the folder (as given and resolved), the sidecar and the line of its `file`. */
interface Naming {
  root: string;
  dir: string;
  sidecar: string;
  fileLine: number;
  general: Diagnostics;
}

/**
 * The text file named by a sidecar, if it is inside the sources folder (after symbolic links are
 * followed) and not larger than `limit`; the size is read before the file, so a huge one costs nothing.
 * A name that leads out is the sidecar's fault and is reported there, at the line of `file`.
 */
async function readText({ root, dir, sidecar, fileLine, general }: Naming, file: string, limit: number, diagnostics: Diagnostics): Promise<Uint8Array | null> {
  const outside = () =>
    general.items.push(...reportAt(sidecar, (d) => d.report('source-outside', fileLine, `"file": "${file}" is outside the sources folder "${dir}": the file is not read`, { data: { sidecar } })));
  if (!inside(root, resolve(root, file))) return (outside(), null);
  let real: string;
  try {
    real = await realpath(join(dir, file));
  } catch {
    diagnostics.report('source-missing', 0, `the text file named by ${sidecar} does not exist`, { data: { sidecar } });
    return null;
  }
  if (!inside(root, real)) return (outside(), null);
  const { size } = await stat(real);
  if (size > limit) {
    diagnostics.report('source-too-large', 0, `${size} bytes, more than the limit of ${limit} bytes: the file is not read (a larger limit can be set as "expect": { "maxBytes": … } in ${sidecar})`, {
      data: { bytes: size, limit },
    });
    return null;
  }
  return readFile(real);
}

/** `path` lies below `root` (both absolute). */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Diagnostics reported on behalf of `file`, to be kept with the general ones. */
function reportAt(file: string, report: (d: Diagnostics) => void): Diagnostics['items'] {
  const d = new Diagnostics(file);
  report(d);
  return d.items;
}

/** Where the first JSON syntax error is, 1-based, read by the parser VS Code uses (`JSON.parse` does not always say). */
function jsonSyntaxError(raw: string): { line: number; column: number; problem: string } {
  let found: { line: number; column: number; problem: string } | null = null;
  visit(
    raw,
    { onError: (code, _offset, _length, line, character) => (found ??= { line: line + 1, column: character + 1, problem: printParseErrorCode(code) }) },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return found ?? { line: 1, column: 1, problem: 'not JSON' };
}

/** The line of the first `"key":` in a JSON text, 1 if it is not there (a missing key). */
function lineOfKey(raw: string, key: string): number {
  const at = raw.search(new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`));
  return at < 0 ? 1 : raw.slice(0, at).split('\n').length;
}
