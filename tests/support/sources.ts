/**
 * Sources folders for the bad-input tests, made in a temporary folder from the real collection's text,
 * so that a probe (a byte, a cut, a repeated header) is tried on what the ingest really reads.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const COLLECTION = 'politburo-i-trotsky-1923-1932';

/** The collection's text, as its lines (without line ends). */
export async function collectionLines(): Promise<string[]> {
  const text = await readFile(join('content/sources', `${COLLECTION}.txt`), 'utf8');
  return text.split('\n');
}

/** Index of the header line `№ n` of the documents section, searched from line index `from`. */
export function headerIndex(lines: string[], n: number, from = 0): number {
  const header = new RegExp(`^ ?№ ?${n}\\.? *$`, 'u');
  const at = lines.findIndex((l, i) => i >= from && header.test(l));
  if (at < 0) throw new Error(`no header № ${n} after line ${from + 1}`);
  return at;
}

/**
 * Documents № `from`–`to` of the collection as printed, under the `ДОКУМЕНТЫ` heading; `to` may be the
 * last document, then the excerpt runs to the end of the file.
 */
export function excerpt(lines: string[], from: number, to: number): string[] {
  const documents = lines.findIndex((l) => l.trim() === 'ДОКУМЕНТЫ');
  const start = headerIndex(lines, from, documents);
  let end = lines.length;
  try {
    end = headerIndex(lines, to + 1, start);
  } catch {
    // `to` is the last document.
  }
  return ['ДОКУМЕНТЫ', ...lines.slice(start, end)];
}

/** The sidecar of a collection in a test folder; `extra` adds or replaces fields. */
export function sidecar(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, siglum: 'pt', kind: 'document-collection', file: `${id}.txt`, title: 'Политбюро и Лев Троцкий (выдержка)',
    shortTitle: 'Выдержка', citation: 'Политбюро и Лев Троцкий. Кн. 1. (Выдержка для проверки.)', originalFile: `${id}.txt`,
    ...extra,
  };
}

/** A new temporary folder with `files` (name → text, bytes, or a value written as JSON). */
export async function sourcesFolder(files: Record<string, string | Uint8Array | object>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'edition-probe-'));
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' || content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`;
    await writeFile(join(dir, name), data);
  }
  return dir;
}

/** A folder with one collection `sample.txt` of these lines and its sidecar. */
export function collectionFolder(text: string | Uint8Array, extra: Record<string, unknown> = {}): Promise<string> {
  return sourcesFolder({ 'sample.json': sidecar('sample', extra), 'sample.txt': text });
}
