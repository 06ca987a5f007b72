/** The thread of `reviewInThread` (ocr-review-thread.ts): the review of candidate OCR slips, sent back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readRussianSpeller } from '../lang/spelling.ts';
import { reviewCandidates } from './ocr-review.ts';
import { unpackLines, type ReviewWork } from './ocr-review-thread.ts';

const work = workerData as ReviewWork;
const sources = work.sources.map((s) => ({ source: s.source, lines: unpackLines(s.lines) }));
parentPort!.postMessage(reviewCandidates(sources, work.corrections, work.reviewed, readRussianSpeller()));
