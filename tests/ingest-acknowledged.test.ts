/**
 * The reviewed baseline of warnings (`content/acknowledged-diagnostics.json`): an entry accepts
 * exactly the warning it names, by values that survive a shift of lines; accepted warnings stay in
 * the report; an entry that matches nothing or several is reported; `--strict` fails on the rest.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBaseline } from '../src/lib/ingest/acknowledge.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import { assertPublishable, verdict } from '../src/lib/ingest/verdict.ts';
import { collectionFolder, collectionLines, excerpt, sourcesFolder } from './support/sources.ts';

/** Documents № 55–60 of the collection: footnote 33 printed without its text, footnote 16 without its note. */
let dir: string;

beforeAll(async () => {
  dir = await collectionFolder(`${excerpt(await collectionLines(), 55, 60).join('\n')}\n`);
});

/** Ingests the excerpt with these baseline entries (written to a file beside it, one key a line). */
async function withBaseline(entries: object[]) {
  const file = join(await sourcesFolder({}), 'acknowledged.json');
  await writeFile(file, `${JSON.stringify(entries, null, 2)}\n`);
  return { file, result: await ingest({ sourcesDir: dir, acknowledgementsFile: file }) };
}

const warnings = (r: Awaited<ReturnType<typeof ingest>>) => r.report.diagnostics.filter((d) => d.level === 'warning');
const note33 = { code: 'note-empty', file: 'sample.txt', data: { note: '33' }, reason: 'текст сноски 33 утрачен при распознавании' };
const note16 = { code: 'note-text-lost', file: 'sample.txt', data: { note: '16' }, reason: 'текста сноски 16 в выдержке нет' };

describe('acknowledged warnings', () => {
  it('without a baseline, the warnings fail --strict only', async () => {
    const { result } = await withBaseline([]);
    expect(warnings(result).map((d) => [d.code, d.acknowledged])).toEqual([['note-empty', undefined], ['note-text-lost', undefined]]);
    expect(verdict(result.report, false).failed).toBe(false);
    expect(verdict(result.report, true)).toMatchObject({ failed: true, summary: expect.stringContaining('2 not acknowledged (sample.txt)') });
  });

  it('a site is built from a report with warnings, never from one with an error', async () => {
    const { result } = await withBaseline([]);
    expect(() => assertPublishable(result.report, 'data/report.json')).not.toThrow();
    const failed = { ...result.report, diagnostics: [...result.report.diagnostics, { ...warnings(result)[0]!, level: 'error' as const }] };
    expect(() => assertPublishable(failed, 'data/report.json')).toThrow(/^data\/report\.json: ingest failed: 1 error \(sample\.txt\).*not built from a failed ingest/);
  });

  it('an entry marks its warning in the report with its reason; the rest still fail --strict', async () => {
    const { result } = await withBaseline([note33]);
    expect(warnings(result).map((d) => [d.code, d.acknowledged])).toEqual([['note-empty', { reason: note33.reason }], ['note-text-lost', undefined]]);
    expect(verdict(result.report, true).failing.map((d) => d.code)).toEqual(['note-text-lost']);
  });

  it('with every warning accepted, --strict passes', async () => {
    const { result } = await withBaseline([note33, note16]);
    expect(warnings(result).every((d) => d.acknowledged)).toBe(true);
    expect(verdict(result.report, true)).toMatchObject({ failed: false, summary: expect.stringMatching(/^ingest passed \(strict\): 0 errors, 2 warnings, 0 not acknowledged, \d+ notes?, 6 documents$/) });
  });

  it('an entry may name a document, or quote words of the warning\'s line', async () => {
    const line = warnings((await withBaseline([])).result).find((d) => d.code === 'note-text-lost')!.line;
    const quoted = excerpt(await collectionLines(), 55, 60)[line - 1]!.trim().slice(0, 20);
    const { result } = await withBaseline([note33, { code: 'note-text-lost', file: 'sample.txt', quote: quoted, reason: 'проверено по файлу' }]);
    expect(warnings(result).every((d) => d.acknowledged)).toBe(true);
    const other = await withBaseline([note33, { code: 'note-text-lost', file: 'sample.txt', quote: 'таких слов в строке нет', reason: 'проверено по файлу' }]);
    expect(warnings(other.result).find((d) => d.code === 'note-text-lost')!.acknowledged).toBeUndefined();
  });

  it('an entry that matches nothing is reported at its line in the baseline', async () => {
    // Each entry takes 8 lines (`{`, code, file, `"data": {`, note, `},`, reason, `}`) after the `[` of line 1: the third opens on line 18.
    const { file, result } = await withBaseline([note33, note16, { ...note16, data: { note: '99' } }]);
    expect(result.report.diagnostics.filter((d) => d.code.startsWith('acknowledgement-'))).toEqual([
      expect.objectContaining({ code: 'acknowledgement-unused', level: 'warning', file, line: 18, data: { entry: 2 } }),
    ]);
    expect(verdict(result.report, true).failed).toBe(true);
  });

  it('an entry that matches two warnings accepts neither and is reported; naming the document accepts one', async () => {
    const undated = (n: number) => [`№ ${n} `, 'Письмо Л. Д. Троцкого И. В. Сталину ', ' ', 'Тов. Сталину ', 'Текст письма о делах. ', 'Л. Троцкий ', 'РГАСПИ. Ф. 17. Оп. 171. Д. 1. Л. 1. Подлинник. Машинопись ', ' '];
    const folder = await collectionFolder(['ДОКУМЕНТЫ', ...undated(1), ...undated(2)].join('\n'));
    const file = join(await sourcesFolder({}), 'acknowledged.json');
    const run = async (entries: object[]) => {
      await writeFile(file, `${JSON.stringify(entries, null, 2)}\n`);
      return (await ingest({ sourcesDir: folder, acknowledgementsFile: file })).report.diagnostics;
    };
    const loose = await run([{ code: 'date-missing', file: 'sample.txt', quote: '№', reason: 'слишком общая запись' }]);
    expect(loose.filter((d) => d.code === 'date-missing').map((d) => [d.line, d.acknowledged])).toEqual([[2, undefined], [10, undefined]]);
    expect(loose.filter((d) => d.code.startsWith('acknowledgement-'))).toEqual([
      expect.objectContaining({ code: 'acknowledgement-ambiguous', file, line: 2, data: { entry: 0, matches: 2 } }),
    ]);
    const named = await run([{ code: 'date-missing', file: 'sample.txt', document: 'pt-002', reason: 'дата не напечатана' }]);
    expect(named.filter((d) => d.code === 'date-missing').map((d) => [d.document, d.acknowledged?.reason])).toEqual([['pt-001', undefined], ['pt-002', 'дата не напечатана']]);
  });
});

describe('the baseline file', () => {
  it('refuses entries for errors, and entries with nothing that finds their warning', async () => {
    const write = async (entries: object[]) => {
      const file = join(await sourcesFolder({}), 'acknowledged.json');
      await writeFile(file, JSON.stringify(entries));
      return file;
    };
    await expect(loadBaseline(await write([{ ...note33, code: 'numbering-gap' }]))).rejects.toThrow(/code/);
    await expect(loadBaseline(await write([{ code: 'note-empty', file: 'sample.txt', reason: 'без привязки' }]))).rejects.toThrow(/survives a shift of lines/);
    await expect(loadBaseline(await write([{ ...note33, data: {} }]))).rejects.toThrow(/data/);
    expect((await loadBaseline(join(dir, 'none.json'))).entries).toEqual([]);
  });
});
