/**
 * The review of candidate OCR slips: the finder's word reading and rules on forms quoted from the
 * sources, every candidate of the corpus decided, and a slip added to a copy of the source reported
 * by `npm run ocr-candidates` at its file and line.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../src/lib/ingest/diagnostics.ts';
import { newLatinTally, repairLookalikes } from '../src/lib/ingest/latin.ts';
import { loadSources } from '../src/lib/ingest/load-sources.ts';
import { ocrCounts, reviewCandidates } from '../src/lib/ingest/ocr-review.ts';
import { packLines, reviewInThread, unpackLines } from '../src/lib/ingest/ocr-review-thread.ts';
import { findCandidates, occurrences, vocabulary } from '../src/lib/lang/ocr-candidates.ts';
import { russianSpeller } from '../src/lib/lang/spelling.ts';
import { CorrectionsFileSchema, OcrReviewedSchema } from '../src/schemas/index.ts';

const COLLECTION = 'politburo-i-trotsky-1923-1932.txt';
const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('the finder', () => {
  it('joins a word broken at a line end across the empty lines of double spacing, at the first line', () => {
    const words = occurrences('x.txt', lines('Предложить районным комитетам пар-', '', 'тии изведение ЦК'));
    expect(words.map((w) => [w.word, w.line, w.broken])).toEqual([
      ['Предложить', 1, null],
      ['районным', 1, null],
      ['комитетам', 1, null],
      ['партии', 1, 3],
      ['изведение', 3, null],
      ['ЦК', 3, null],
    ]);
  });

  it('lists a word the dictionary does not know and the corpus prints once, and puts period words in their classes', () => {
    const speller = russianSpeller();
    const text = lines(
      'Предложить комитетам изведение ЦК и ЦКК, а также партактивов; зиновьевцах и зиновьевцы; убежд. и убеждения.',
    );
    const words = occurrences('x.txt', text);
    const found = findCandidates(words, vocabulary(words), speller);
    expect(found.map((c) => [c.word, c.rule])).toEqual([
      ['изведение', null],
      ['ЦКК', 'abbreviation'],
      ['партактивов', 'compound'],
      ['зиновьевцах', 'inflection'],
      ['зиновьевцы', 'inflection'],
      ['убежд', 'abbreviation'],
    ]);
  });

  it('counts the distinct forms that begin with a prefix, each form once however often printed', () => {
    const vocab = vocabulary(occurrences('x.txt', lines('Зиновьевцы, зиновьевцы и зиновьевцах; зиновьевский зимний', 'зиновьев')));
    expect(vocab.stems('зиновьевц')).toBe(2);
    expect(vocab.stems('зиновьев')).toBe(4);
    expect(vocab.stems('зи')).toBe(5);
    expect(vocab.stems('зиновьевцыы')).toBe(0);
    expect(vocab.stems('и')).toBe(1);
    expect(vocab.stems('я')).toBe(0);
  });

  it('takes a word the corpus prints twice as a word, not a slip', () => {
    const words = occurrences('x.txt', lines('изведение', 'изведение'));
    expect(findCandidates(words, vocabulary(words), russianSpeller())).toEqual([]);
  });
});

describe('the corpus', async () => {
  const loaded = await loadSources('content/sources', new Diagnostics('(sources)'), () => {});
  const tally = newLatinTally();
  for (const s of loaded) for (const l of s.lines) l.text = repairLookalikes(l.text, tally);
  const corrections = CorrectionsFileSchema.parse(JSON.parse(await readFile('content/corrections.json', 'utf8')));
  const reviewed = OcrReviewedSchema.parse(JSON.parse(await readFile('content/ocr-reviewed.json', 'utf8')));
  const candidates = reviewCandidates(loaded, corrections, reviewed, russianSpeller());
  const at = (line: number, word: string) => candidates.find((c) => c.file === COLLECTION && c.line === line && c.word === word);

  it('has a decision for every candidate', () => {
    expect(candidates.filter((c) => c.decision.kind === 'undecided').map((c) => `${c.file}:${c.line} ${c.word}`)).toEqual([]);
    const n = ocrCounts(candidates);
    expect(n.candidates).toBeGreaterThan(1000);
    expect(n.corrected + n.sic + n.asPrinted).toBe(n.candidates);
  });

  it('finds the slips read in the book and decides them by their correction', () => {
    // Line 16341 of the collection: «…партии изведение ЦК и ЦКК об…» (№ 92; «Извещение Центрального Комитета» above it).
    expect(at(16341, 'изведение')?.decision).toEqual({ kind: 'corrected', correction: 'pt-092-ocr-izveschenie-ck' });
    // Line 13869: «высланы в сааме последние дни».
    expect(at(13869, 'сааме')?.decision.kind).toBe('corrected');
    // Line 7810: «из Си6ири», a digit for a letter.
    expect(at(7810, 'ири')?.decision.kind).toBe('corrected');
    // «своего деспотичекого» (line 51574) is kept [sic].
    expect(candidates.find((c) => c.word === 'деспотичекого')?.decision.kind).toBe('sic');
  });

  it('gives the same candidates in a thread of its own, as the ingest runs it beside the parse', async () => {
    expect(await reviewInThread(loaded, corrections, reviewed)).toEqual(candidates);
  });

  it('reads the ё of a font-encoding slip before checking (`ещѐ` is `ещё`, no candidate)', () => {
    expect(candidates.some((c) => c.word === 'ещ' || c.word === 'нный')).toBe(false);
  });
});

describe('the lines sent to the review’s thread', () => {
  it('come back as they were: numbers, texts, empty lines, across the strings they are packed into', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => ({ no: 3 * i + 2, text: i % 7 === 0 ? '' : `строка ${i} «${'ё'.repeat(i % 5)}»` }));
    const packed = packLines(many);
    expect(packed.texts.length).toBe(2);
    expect(unpackLines(packed)).toEqual(many);
    expect(unpackLines(packLines([]))).toEqual([]);
  });

  it('fail the review with the thread’s error when the thread fails, not with a silence', async () => {
    const source = { source: { kind: 'document-collection' as const, file: 'x.txt' }, lines: lines('слово') };
    // A review file without its list of words: the thread's review throws on it.
    await expect(reviewInThread([source], [], { words: null, rules: {} } as never)).rejects.toThrow(/^the OCR review failed: Cannot read properties of null/);
  });

  it('refuse a line that holds a line end, which would come back as two', () => {
    expect(() => packLines(lines('одна', 'две\nстроки'))).toThrow('line 2 holds a line end');
  });
});

describe('npm run ocr-candidates', () => {
  it('reports a slip added to a copy of the source with its file and line, and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-ocr-'));
    await cp('content/sources', dir, { recursive: true });
    const text = (await readFile(join(dir, COLLECTION), 'utf8')).split('\n');
    // After line 16002 («Приложение № 1»): a line with a slip no dictionary or other page has.
    text.splice(16002, 0, 'Товарищи сражались за светлое бутущее.');
    await writeFile(join(dir, COLLECTION), text.join('\n'));
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/ocr-candidates.ts', '--sources', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${COLLECTION}:16003: бутущее — UNDECIDED — Товарищи сражались за светлое бутущее.`);
    expect(r.stdout).toMatch(/undecided 1$/m);
  });

  it('exits 0 on the corpus, every candidate decided', () => {
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/ocr-candidates.ts'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/candidates: .* undecided 0$/m);
    expect(r.status).toBe(0);
  });
});
