import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/lib/ingest/ingest.ts';

/** A sources folder with one collection file of the given bytes. */
async function folder(text: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'edition-bad-'));
  const sidecar = {
    id: 'sample', siglum: 'sm', kind: 'document-collection', file: 'sample.txt', title: 'Пробный сборник',
    shortTitle: 'Пробный', citation: 'Пробный сборник. М., 2000.', originalFile: 'sample.txt',
  };
  await writeFile(join(dir, 'sample.json'), JSON.stringify(sidecar));
  await writeFile(join(dir, 'sample.txt'), text);
  return dir;
}

const doc = (n: number, legend = true) =>
  [`№ ${n} `, `Письмо Л. Д. Троцкого И. В. Сталину от ${n} мая 1925 г. `, ' ', 'Тов. Сталину ', `Текст письма номер ${n} о делах. `, 'Л. Троцкий ', legend ? 'РГАСПИ. Ф. 17. Оп. 171. Д. 1. Л. 1. Подлинник. Машинопись ' : '', ' '].join('\n');

const codes = async (text: string | Uint8Array) => {
  const r = await ingest({ sourcesDir: await folder(text) });
  return { r, diagnostics: r.report.diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.line, level: d.level })) };
};

describe('bad input gets a diagnostic with file and line, never a crash or a silent drop', () => {
  it('an empty file', async () => {
    const { r, diagnostics } = await codes('');
    expect(r.documents).toEqual([]);
    expect(diagnostics).toContainEqual({ code: 'empty-file', file: 'sample.txt', line: 0, level: 'error' });
  });

  it('a Windows-1251 file', async () => {
    const { diagnostics } = await codes(new Uint8Array([0x0a, 0xcf, 0xe8, 0xf1, 0xfc, 0xec, 0xee, 0x20, 0xd2, 0xf0, 0xee, 0xf6, 0xea, 0xee, 0xe3, 0xee]));
    expect(diagnostics).toContainEqual({ code: 'encoding', file: 'sample.txt', line: 2, level: 'error' });
  });

  it('a file with no documents', async () => {
    const { r, diagnostics } = await codes('Просто текст без документов.\nЕщё строка.\n');
    expect(r.documents).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['no-documents-heading', 'no-documents']));
  });

  it('a document with no legend keeps its text and is reported', async () => {
    const { r, diagnostics } = await codes(['ДОКУМЕНТЫ', doc(1), doc(2, false), doc(3)].join('\n'));
    expect(r.documents.map((d) => d.number)).toEqual([1, 2, 3]);
    expect(r.documents[1]!.legend).toBeNull();
    expect(r.documents[1]!.text).toContain('Текст письма номер 2');
    expect(diagnostics).toContainEqual({ code: 'legend-missing', file: 'sample.txt', line: 10, level: 'error' });
  });

  it('a number that is missing is reported as a gap', async () => {
    const { r, diagnostics } = await codes(['ДОКУМЕНТЫ', doc(1), doc(3)].join('\n'));
    expect(r.documents.map((d) => d.number)).toEqual([1, 3]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'numbering-gap', level: 'error' }));
    expect(r.report.gaps).toEqual([expect.objectContaining({ number: 2, resolution: 'missing' })]);
  });

  it('a lost header after a legend is recovered with a supplied title', async () => {
    const lost = doc(2).split('\n').slice(3).join('\n');
    const { r } = await codes(['ДОКУМЕНТЫ', doc(1), lost, doc(3)].join('\n'));
    expect(r.documents.map((d) => [d.number, d.titleSupplied])).toEqual([[1, false], [2, true], [3, false]]);
    expect(r.documents[1]!.title).toMatch(/^\[Документ без заголовка\] Тов\. Сталину Текст письма номер 2/);
    expect(r.report.gaps).toEqual([expect.objectContaining({ number: 2, resolution: 'recovered' })]);
  });

  it('a repeated number is reported, and both texts are kept as two records', async () => {
    const { r, diagnostics } = await codes(['ДОКУМЕНТЫ', doc(1), doc(2), doc(2), doc(3)].join('\n'));
    expect(diagnostics).toContainEqual({ code: 'duplicate-number', file: 'sample.txt', line: 18, level: 'error' });
    expect(r.documents.map((d) => d.id)).toEqual(['sm-001', 'sm-002', 'sm-002-2', 'sm-003']);
    expect(r.documents[1]!.text).toBe(r.documents[2]!.text);
    expect(r.documents[1]!.text.match(/Текст письма номер 2/g)).toHaveLength(1);
  });

  it('odd text does not crash the parser', async () => {
    const noise = ['ДОКУМЕНТЫ', '№ 1', '№ 1', '№', ' ', '\u0000\u0007<script>alert(1)</script>', '-', '—', '1', ' '.repeat(49), '7', ' ', 'РГАСПИ. Ф.', '(', ''].join('\n');
    const { r } = await codes(noise);
    expect(r.report.diagnostics.length).toBeGreaterThan(0);
  });
});
