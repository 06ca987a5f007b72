/**
 * The Russian spelling dictionary the OCR review checks words against: the Hunspell dictionary of
 * `dictionary-ru` (the LibreOffice Russian dictionary by A. Lebedev, packaged by wooorm) read by
 * `nspell`, a Hunspell-compatible checker in plain JavaScript, so it installs with `npm ci` alone.
 * Reading it takes a few seconds, so it is read once per process, or once for a single use.
 */
import dictionary from 'dictionary-ru';
import nspell from 'nspell';
import type { Speller } from './ocr-candidates.ts';

let speller: Speller | undefined;

/**
 * The Russian dictionary, read anew (a few seconds; some 160 MB of heap while it is held). For a use with an
 * end: the ingest reads it for the lost capitals, the OCR review and the `й`-words' verdicts the pages' build
 * reads instead of a dictionary, and lets it go (src/lib/ingest/ingest.ts).
 */
export function readRussianSpeller(): Speller {
  // The package gives Uint8Arrays, the checker's types ask for Buffers: the same bytes, without a copy.
  const bytes = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return nspell({ aff: bytes(dictionary.aff), dic: bytes(dictionary.dic) });
}

/** The Russian dictionary, read on first use and kept for the process. */
export function russianSpeller(): Speller {
  speller ??= readRussianSpeller();
  return speller;
}

/** Whether a lower-case word form is a word of the language (the search index's `й`-forms, short-i.ts). */
export function isRussianWord(form: string): boolean {
  return russianSpeller().correct(form);
}
