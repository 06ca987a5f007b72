/**
 * Faults that once reached readers without a word, each tried on the real collection's text in a
 * temporary sources folder: every one must be an error at its file and line (the build stops), or,
 * for text after the last document, a warning at its line; none may change another record.
 */
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../src/lib/ingest/ingest.ts';
import { verdict } from '../src/lib/ingest/verdict.ts';
import { MAX_SOURCE_BYTES } from '../src/schemas/index.ts';
import { collectionFolder, collectionLines, excerpt, headerIndex, sidecar, sourcesFolder } from './support/sources.ts';

let lines: string[];
/** Documents № 55–60 as printed, and what the ingest makes of them untouched. */
let part: string[];
let clean: IngestResult;

const run = async (dir: string) => ingest({ sourcesDir: dir });
const text = (l: string[]) => `${l.join('\n')}\n`;
const errors = (r: IngestResult) => r.report.diagnostics.filter((d) => d.level === 'error').map((d) => ({ code: d.code, file: d.file, line: d.line }));
const byId = (r: IngestResult, id: string) => r.documents.find((d) => d.id === id)!;

beforeAll(async () => {
  lines = await collectionLines();
  part = excerpt(lines, 55, 60);
  clean = await run(await collectionFolder(text(part)));
});

describe('the excerpt itself', () => {
  it('is read whole and without errors', () => {
    expect(clean.documents.map((d) => d.id)).toEqual(['pt-055', 'pt-056', 'pt-057', 'pt-058', 'pt-059', 'pt-060']);
    expect(errors(clean)).toEqual([]);
    expect(verdict(clean.report, false).failed).toBe(false);
  });
});

describe('bytes that are not UTF-8', () => {
  it('one invalid byte appended: invalid UTF-8 at its line and column, not «Windows-1251», and the build fails', async () => {
    const bytes = Buffer.concat([Buffer.from(text(part)), Buffer.from([0xff])]);
    const r = await run(await collectionFolder(bytes));
    const d = r.report.diagnostics.find((x) => x.code === 'utf8-invalid');
    expect(d).toMatchObject({ level: 'error', file: 'sample.txt', line: part.length + 1, data: { column: 1, byte: '0xFF', count: 1 } });
    expect(d!.message).not.toMatch(/1251/);
    expect(verdict(r.report, false).failed).toBe(true);
  });

  it('a bad byte inside a Cyrillic line is placed at the character it replaces', async () => {
    const at = part.findIndex((l) => l.startsWith('Письмо'));
    const line = Buffer.from(part[at]!);
    const cut = Buffer.from(part[at]!.slice(0, 3)).length;
    const broken = Buffer.concat([Buffer.from(text(part.slice(0, at))), line.subarray(0, cut), Buffer.from([0xd0]), line.subarray(cut + 2), Buffer.from('\n')]);
    const r = await run(await collectionFolder(broken));
    expect(r.report.diagnostics.find((x) => x.code === 'utf8-invalid')).toMatchObject({ line: at + 1, data: { column: 4, byte: '0xD0', count: 1 } });
  });

  it('the text saved in Windows-1251 is recognised as such, with the way to convert it', async () => {
    const cp1251 = (s: string) =>
      Uint8Array.from([...s].map((c) => {
        const u = c.codePointAt(0)!;
        if (u < 0x80) return u;
        if (u >= 0x410 && u <= 0x44f) return u - 0x410 + 0xc0;
        return c === 'Ё' ? 0xa8 : c === 'ё' ? 0xb8 : 0x3f;
      }));
    const r = await run(await collectionFolder(cp1251(text(part))));
    const d = r.report.diagnostics.find((x) => x.code === 'encoding');
    expect(d).toMatchObject({ level: 'error', file: 'sample.txt' });
    expect(d!.message).toContain('iconv -f cp1251');
  });
});

describe('a collection cut off', () => {
  it('inside № 57, with the range declared in the sidecar: the missing numbers are an error at the last line', async () => {
    const cut = lines.slice(0, headerIndex(lines, 57, headerIndex(lines, 56)) + 20);
    const r = await run(await collectionFolder(text(cut), { expect: { documents: { from: 1, to: 215 } } }));
    expect(r.documents.at(-1)!.number).toBe(57);
    expect(r.report.diagnostics.find((d) => d.code === 'documents-missing')).toMatchObject({ level: 'error', line: cut.length, data: { from: 58, to: 215 } });
    expect(verdict(r.report, false)).toMatchObject({ failed: true, summary: expect.stringMatching(/^ingest failed: \d+ errors? \(sample\.txt\)/) });
  });

  it('numbers outside the declared range, and a late start, are errors too', async () => {
    const r = await run(await collectionFolder(text(part), { expect: { documents: { from: 50, to: 58 } } }));
    expect(errors(r).map((e) => e.code)).toEqual(['documents-missing', 'document-out-of-range', 'document-out-of-range']);
    expect(r.report.diagnostics.find((d) => d.code === 'documents-missing')).toMatchObject({ data: { from: 50, to: 54 }, line: 2 });
  });
});

describe('a number printed twice', () => {
  it('a repeated document is kept as a record of its own, never merged; both places are reported', async () => {
    const at57 = headerIndex(part, 57);
    const at58 = headerIndex(part, 58);
    const doubled = [...part.slice(0, at58), ...part.slice(at57, at58), ...part.slice(at58)];
    const r = await run(await collectionFolder(text(doubled)));
    expect(r.documents.map((d) => d.id)).toEqual(['pt-055', 'pt-056', 'pt-057', 'pt-057-2', 'pt-058', 'pt-059', 'pt-060']);
    // Footnote 31 is printed once, so it is tied to one of the two markers; the other stays the printed digits.
    const unmarked = (s: string) => s.replace('листах31', 'листах');
    for (const id of ['pt-057', 'pt-057-2']) {
      const d = byId(r, id);
      expect(d.blocks.length, id).toBe(byId(clean, 'pt-057').blocks.length);
      expect([d.title, unmarked(d.text), d.legend], id).toEqual([byId(clean, 'pt-057').title, byId(clean, 'pt-057').text, byId(clean, 'pt-057').legend]);
    }
    expect(r.report.diagnostics.find((d) => d.code === 'duplicate-number')).toMatchObject({
      level: 'error', file: 'sample.txt', line: at58 + 1, data: { number: 57, first: at57 + 1 },
    });
    expect(verdict(r.report, false).failed).toBe(true);
  });

  it('№ 58 misprinted as 57: its title and parties are kept, and the missing 58 is an error', async () => {
    const at58 = headerIndex(part, 58);
    const renumbered = part.map((l, i) => (i === at58 ? l.replace('58', '57') : l));
    const r = await run(await collectionFolder(text(renumbered)));
    const second = byId(r, 'pt-057-2');
    expect([second.title, second.authors, second.addressees, second.text]).toEqual([
      byId(clean, 'pt-058').title, byId(clean, 'pt-058').authors, byId(clean, 'pt-058').addressees, byId(clean, 'pt-058').text,
    ]);
    expect(r.documents.filter((d) => d.titleSupplied)).toEqual([]);
    expect(errors(r).map((e) => e.code)).toEqual(['duplicate-number', 'numbering-gap']);
    expect(r.report.diagnostics.find((d) => d.code === 'numbering-gap')!.message).toMatch(/second № 57 \(line \d+\) may be it/);
  });
});

describe('the sources folder', () => {
  it('a sidecar whose file leads out of the folder is refused, and nothing of that file is read', async () => {
    const r = await run(await sourcesFolder({ 'sample.json': sidecar('sample', { file: '../../../../etc/passwd' }) }));
    // The sidecar is written with one key a line: `file` is the fifth.
    expect(errors(r)).toEqual([{ code: 'source-outside', file: 'sample.json', line: 5 }]);
    expect(r.documents).toEqual([]);
    expect(verdict(r.report, false).failed).toBe(true);
  });

  it('a symbolic link out of the folder is refused too', async () => {
    const outside = join(await sourcesFolder({ 'real.txt': text(part) }), 'real.txt');
    const dir = await sourcesFolder({ 'sample.json': sidecar('sample') });
    await symlink(outside, join(dir, 'sample.txt'));
    const r = await run(dir);
    expect(errors(r)).toEqual([{ code: 'source-outside', file: 'sample.json', line: 5 }]);
    expect(r.documents).toEqual([]);
  });

  it('a text without a sidecar is an error at its file', async () => {
    const r = await run(await sourcesFolder({ 'sample.json': sidecar('sample'), 'sample.txt': text(part), 'forgotten.txt': text(part) }));
    expect(errors(r)).toEqual([{ code: 'source-without-sidecar', file: 'forgotten.txt', line: 0 }]);
    expect(r.documents).toHaveLength(6);
  });

  it('a JSON syntax error in a sidecar is reported at its line and column', async () => {
    const json = JSON.stringify(sidecar('sample'), null, 2).split('\n');
    // Line 3 is `  "siglum": "pt",`: without its comma the parser stops at line 4, column 3 (`"kind"`).
    expect(json[2]).toBe('  "siglum": "pt",');
    json[2] = json[2]!.replace(/,$/, '');
    const r = await run(await sourcesFolder({ 'sample.json': json.join('\n'), 'sample.txt': text(part) }));
    expect(errors(r)).toEqual([{ code: 'sidecar-syntax', file: 'sample.json', line: 4 }]);
    expect(r.report.diagnostics[0]).toMatchObject({ data: { column: 3 } });
  });

  it('a sidecar value of the wrong shape is reported at the line of its key', async () => {
    const r = await run(await sourcesFolder({ 'sample.json': sidecar('sample', { expect: { documents: { from: 9, to: 1 } } }), 'sample.txt': text(part) }));
    const json = JSON.stringify(sidecar('sample', { expect: { documents: { from: 9, to: 1 } } }), null, 2).split('\n');
    expect(errors(r)).toEqual([{ code: 'sidecar-invalid', file: 'sample.json', line: json.findIndex((l) => l.includes('"expect"')) + 1 }]);
  });
});

describe('text after the last document', () => {
  it('20 KB appended as `cat` appends (the file ends in a lone space, no line end) belong to no document: a warning at that line, the last record unchanged', async () => {
    const end = excerpt(lines, 214, 215);
    expect(end.at(-1)).toBe(' ');
    const plain = await run(await collectionFolder(end.join('\n')));
    const junk = lines.slice(headerIndex(lines, 100), headerIndex(lines, 100) + 400).join('\n').slice(0, 20_000);
    const r = await run(await collectionFolder(end.join('\n') + junk));
    expect(r.documents).toEqual(plain.documents);
    expect(r.report.diagnostics.filter((d) => d.code === 'text-after-last-document')).toEqual([
      expect.objectContaining({ level: 'warning', file: 'sample.txt', line: end.length, data: { lines: expect.any(Number) } }),
    ]);
    expect(verdict(r.report, false).failed).toBe(false);
    expect(verdict(r.report, true).failed).toBe(true);
  });

  it('the collection pasted after itself, on a new line, is not folded into № 215', async () => {
    const end = excerpt(lines, 215, 215);
    const r = await run(await collectionFolder(text([...end, ...lines.slice(0, 3000)])));
    expect(r.documents.map((d) => d.id)).toEqual(['pt-215']);
    expect(r.documents[0]!.marginalia).toHaveLength(2);
    expect(r.report.diagnostics.find((d) => d.code === 'text-after-last-document')).toMatchObject({ line: end.length + 1 });
  });
});

describe('inputs far larger than expected', () => {
  it('a file over the limit is refused by its size, before it is read, with the limit in the message', async () => {
    const dir = await sourcesFolder({ 'sample.json': sidecar('sample') });
    await truncate(await writeEmpty(join(dir, 'sample.txt')), MAX_SOURCE_BYTES + 1);
    const started = performance.now();
    const r = await run(dir);
    expect(performance.now() - started).toBeLessThan(5_000);
    const d = r.report.diagnostics.find((x) => x.code === 'source-too-large');
    expect(d).toMatchObject({ level: 'error', file: 'sample.txt', data: { bytes: MAX_SOURCE_BYTES + 1, limit: MAX_SOURCE_BYTES } });
    expect(d!.message).toContain(String(MAX_SOURCE_BYTES));
  });

  it('a sidecar may set its own limit', async () => {
    const r = await run(await collectionFolder(text(part), { expect: { maxBytes: 1000 } }));
    expect(errors(r)).toEqual([{ code: 'source-too-large', file: 'sample.txt', line: 0 }]);
  });
});

async function writeEmpty(path: string): Promise<string> {
  await mkdir(tmpdir(), { recursive: true });
  await writeFile(path, '');
  return path;
}
