/**
 * The review of candidate OCR slips (`reviewCandidates`, ocr-review.ts) in a thread of its own, so
 * that it runs beside the parse instead of after it: it reads only the sources' lines (once their
 * look-alike letters are repaired), the corrections and the review file, and the parse needs nothing
 * of it. At ×100 it took some 31–43 s of the ingest's one thread (BENCHMARKS.md).
 *
 * The lines go to the thread as a few long strings and a list of their numbers, not as millions of
 * small objects, which the thread would have to be sent one by one. The thread reads the Russian
 * dictionary itself.
 */
import { Worker } from 'node:worker_threads';
import type { Correction, OcrReviewed } from '../../schemas/index.ts';
import type { ReviewedCandidate, ReviewInput } from './ocr-review.ts';

/** Lines joined into one string at most this many at a time (a string has a length limit). */
const LINES_PER_STRING = 1 << 16;

/** A source's lines packed for the thread: their texts joined by line ends, their numbers beside. */
export interface PackedLines {
  texts: string[];
  nos: Int32Array;
}

/** The lines as `PackedLines`; a line's text never holds a line end (decode.ts splits at them), which is checked. */
export function packLines(lines: ReviewInput['lines']): PackedLines {
  const texts: string[] = [];
  const nos = new Int32Array(lines.length);
  for (let start = 0; start < lines.length; start += LINES_PER_STRING) {
    const chunk = lines.slice(start, start + LINES_PER_STRING);
    for (const [k, l] of chunk.entries()) {
      if (l.text.includes('\n')) throw new Error(`line ${l.no} holds a line end: it cannot be sent to the OCR review`);
      nos[start + k] = l.no;
    }
    texts.push(chunk.map((l) => l.text).join('\n'));
  }
  return { texts, nos };
}

/** The lines `packLines` packed. */
export function unpackLines({ texts, nos }: PackedLines): Array<{ no: number; text: string }> {
  const lines = texts.flatMap((t) => t.split('\n')).map((text, k) => ({ no: nos[k]!, text }));
  if (lines.length !== nos.length) throw new Error(`${lines.length} lines unpacked, ${nos.length} packed`);
  return lines;
}

/** What the thread is given. */
export interface ReviewWork {
  sources: Array<{ source: ReviewInput['source']; lines: PackedLines }>;
  corrections: readonly Correction[];
  reviewed: OcrReviewed;
}

/**
 * `reviewCandidates(sources, corrections, reviewed, dictionary)` in a thread of its own
 * (ocr-review-worker.mjs, ocr-review-worker.ts); resolves to the same candidates, or rejects with the thread's error.
 */
export function reviewInThread(sources: readonly ReviewInput[], corrections: readonly Correction[], reviewed: OcrReviewed): Promise<ReviewedCandidate[]> {
  const work: ReviewWork = {
    sources: sources.map((s) => ({ source: { kind: s.source.kind, file: s.source.file }, lines: packLines(s.lines) })),
    corrections,
    reviewed,
  };
  // The thread's entry registers tsx, then runs ocr-review-worker.ts.
  const worker = new Worker(new URL('./ocr-review-worker.mjs', import.meta.url), {
    workerData: work,
    transferList: work.sources.map((s) => s.lines.nos.buffer as ArrayBuffer),
  });
  return new Promise((resolve, reject) => {
    let result: ReviewedCandidate[] | null = null;
    worker.once('message', (candidates: ReviewedCandidate[]) => (result = candidates));
    worker.once('error', (error) => reject(new Error(`the OCR review failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the OCR review's thread ended (exit ${code}) without its candidates`))));
  });
}
