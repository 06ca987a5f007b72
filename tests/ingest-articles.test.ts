/**
 * The two journal articles, whole: one study each, every footnote tied to its marker, Исаевич's 48 references
 * found once each and kept unresolved, Кислицын's lost capitals restored by rule and counted, coverage,
 * and the same studies from a copy of the files with CRLF line ends and a BOM. Expected values are read
 * from the source texts (content/sources/*.txt), not from the parser's output.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionOptions, ingest, type IngestResult } from '../src/lib/ingest/ingest.ts';
import type { Study } from '../src/schemas/index.ts';

const ISAEVICH = 'isaevich-2013-nto-vsnkh';
const KISLITSYN = 'kislitsyn-pirrova-pobeda';
let result: IngestResult;
const study = (source: string): Study => result.studies.find((s) => s.source === source)!;

beforeAll(async () => {
  result = await ingest(editionOptions());
});

describe('Исаевич (2013)', () => {
  it('is one study with its abstract and its printed pages 74–81 (page «81» at the top of the last page)', () => {
    const s = study(ISAEVICH);
    expect(result.studies.filter((x) => x.source === ISAEVICH)).toHaveLength(1);
    expect(s.id).toBe('is-article');
    expect(s.url).toBe('/studies/is-article/');
    expect(s.pages).toEqual({ start: 74, end: 81 });
    expect(s.abstracts.map((a) => a.lang)).toEqual(['ru']);
    expect(s.abstracts[0]!.text).toMatch(/^В статье на основе неопубликованных ранее источников .* прикладной науки в СССР\.$/u);
    // Words lost between line 1 («…из фондов Российского») and line 2 (« социально-политической истории»): marked, reported.
    expect(s.abstracts[0]!.text).toContain('из фондов Российского […] социально-политической истории (РГАСПИ)');
    expect(result.report.diagnostics.filter((d) => d.code === 'abstract-gap').map((d) => `${d.file}:${d.line}`)).toEqual([`${ISAEVICH}.txt:2`]);
    expect(s.blocks[0]!.text).toMatch(/^Одним из интересных, но малоизученных эпизодов биографии Л\.Д\. Троцкого является период/u);
    expect(s.blocks.at(-1)!.text).toMatch(/научного потенциала нашей страны\.$/u);
    expect(s.notes).toEqual([]);
  });

  it('finds the references (1)…(48) once each, in order, where the text prints them, and reports them unresolved', () => {
    const refs = study(ISAEVICH).references ?? [];
    expect(refs.map((r) => r.mark)).toEqual(Array.from({ length: 48 }, (_, i) => String(i + 1)));
    for (const r of refs) expect(study(ISAEVICH).blocks[r.block]!.text.slice(r.at, r.at + r.printed.length), r.id).toBe(r.printed);
    // Line 199 prints «(30; о разработке»: the misprint is kept as printed.
    expect(refs.find((r) => r.mark === '30')!.printed).toBe('(30;');
    // (1) and (2) on line 16, page 74; (48) on line 371, page 81.
    expect(refs[0]!.page).toBe(74);
    expect(refs.at(-1)!.page).toBe(81);
    const reported = result.report.diagnostics.filter((d) => d.code === 'references-unresolved' && d.file === `${ISAEVICH}.txt`);
    expect(reported.map((d) => ('data' in d ? d.data : null))).toEqual([{ count: 48 }]);
  });

  it('takes the running head out of the text (line 326) and the page number 81 (line 329)', () => {
    const text = study(ISAEVICH).text;
    expect(text).not.toContain('Исаевич Ю.Г.');
    expect(text).toContain('социализма в одной стране. Когда я подтвердил');
  });
});

describe('Кислицын, «Пиррова победа И. В. Сталина»', () => {
  it('has the abstract, the English title and abstract, and the keywords of the journal', () => {
    const s = study(KISLITSYN);
    expect(s.abstracts.map((a) => a.lang)).toEqual(['ru', 'en']);
    expect(s.abstracts[0]!.text).toMatch(/^Непричастность Троцкого к убийству Кирова/u);
    expect(s.abstracts[1]!.text).toMatch(/^Trotsky’s non-involvement in the killing of Kirov/u);
    expect(s.abstracts[1]!.text).toContain('Trotskyist counter-elite');
    expect(s.titleEn).toBe('PYRRHIC VICTORY BY I.V. STALIN (about the book «Trotsky\'s Counter-process. Transcript of the 1930s»');
    expect(s.keywords).toContain('контрпроцесс Троцкого');
    expect(s.text).not.toMatch(/Abstract|PYRRHIC/u);
  });

  it('ties the five footnotes (1, 2 on one page, 1 on the next, 1, 2 on the last) to their markers, with ids unique in the study', () => {
    const s = study(KISLITSYN);
    expect(s.notes.map((n) => `${n.id}:${n.mark}`)).toEqual(['fn-1:1', 'fn-2:2', 'fn-3:1', 'fn-4:1', 'fn-5:2']);
    const marks = s.blocks.flatMap((b) => b.notes.map((m) => ({ n: m.n, before: b.text.slice(Math.max(0, m.at - 9), m.at) })));
    // The words the markers are glued to: политики1. (121), победы»2. (132), приехать1. (183), блоком1. (226), ненависть2. (232).
    expect(marks).toEqual([
      { n: 'fn-1', before: ' политики' },
      { n: 'fn-2', before: 'я победы»' },
      { n: 'fn-3', before: ' приехать' },
      { n: 'fn-4', before: 'им блоком' },
      { n: 'fn-5', before: 'ненависть' },
    ]);
    expect(result.report.diagnostics.filter((d) => d.file === `${KISLITSYN}.txt` && d.level !== 'info')).toEqual([]);
    // Note 1 of the last page (line 251) splits the sentence «…имело» / «в т.ч.» (263): the text runs on.
    expect(s.text).toContain('достижение единства партии имело в т.ч. и определенные негативные последствия');
    expect(s.notes[4]!.text).toBe('Фельштинский Ю.Г., Чернявский Г.И. Троцкий и Сталин. – Смертельный конфликт личностей и позиций. М.: Терра. 2018. С. 377-388.');
  });

  it('keeps the 15 bracketed citations as printed, three of them across a line break', () => {
    const citations = study(KISLITSYN).text.match(/\[[^\]]+\]/gu) ?? [];
    expect(citations).toHaveLength(15);
    expect(citations).toContain('[Контрпроцесс… 2017: 53-152, 366- 400]');
    expect(citations).toContain('[Слезкин 2019]');
  });

  it('restores the lost capitals М and Ю by rule, counts them in the report, and leaves no small letter where the file lost a capital', () => {
    const s = study(KISLITSYN);
    const all = [s.text, ...s.notes.map((n) => n.text), s.abstracts[0]!.text].join('\n');
    expect(all).toContain('от Москвы, мы сделаем');
    expect(all).toContain('партии» К. Маркса и Ф. Энгельса');
    expect(all).toContain('Я.М. Свердлова');
    expect(all).toContain('партию ПОУМ');
    expect(all).toContain('провокацию. Можно предположить');
    // No city, no surname, no initial left in small letters (`москвы`, `маркса`, `ю.Г.`, `м.: Терра`, `ПОУм`).
    expect(all).not.toMatch(/(?<!\p{L})(москв[аеыу]|маркса)(?!\p{L})|(?<![\p{L}.])[мю]\.|ПОУм/u);
    // Words a capital would be wrong on stay as printed.
    expect(all).toContain('московских процессов');
    expect(all).toContain('мы свергнем');
    expect(s.capitals).toHaveLength(15);
    expect(result.report.capitals).toEqual({ total: 15, byRule: { initial: 6, sentence: 4, dictionary: 3, acronym: 2 }, bySource: { [KISLITSYN]: 15 } });
    expect(result.report.byCode['capital-restored']).toBe(15);
  });
});

describe('both articles', () => {
  it('keep at least 99.5 % of the letters of their files', () => {
    for (const source of [ISAEVICH, KISLITSYN]) {
      expect(result.report.coverage.find((c) => c.source === source)!.ratio, source).toBeGreaterThanOrEqual(0.995);
    }
  });

  it('give the same studies from files with CRLF line ends and a BOM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-'));
    await cp('content/sources', dir, { recursive: true });
    for (const source of [ISAEVICH, KISLITSYN]) {
      const file = join(dir, `${source}.txt`);
      await writeFile(file, `\uFEFF${(await readFile(file, 'utf8')).replace(/\n/g, '\r\n')}`);
    }
    const other = await ingest(editionOptions(dir));
    expect(other.studies).toEqual(result.studies);
    expect(other.report.capitals).toEqual(result.report.capitals);
  });
});
