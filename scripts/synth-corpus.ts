/**
 * A synthetic sources folder for measuring how the build grows: the edition's real sources, with the
 * document collection's documents section repeated `copies` times. Each copy's `№ N` headers are
 * renumbered to go on from the last copy's (so every copy is parsed as new documents, not as repeated
 * numbers), and its long lower-case words are lightly varied (two inner letters swapped in about one
 * word of twenty, and in at least one word of each document, as an OCR slip would), differently in each copy, so that no page, index entry or
 * search card is the same as another copy's. The sidecar's `expect` is widened to the new range and
 * `maxBytes` to the new size, so the ingest checks the synthetic file as it checks the real one.
 *
 * npm run synth -- --copies K [--out DIR]   (default: a new folder under the system's temp folder)
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SidecarSchema } from '../src/schemas/index.ts';

/** The collection that is repeated: the edition's volume of numbered documents. */
export const SYNTH_COLLECTION = 'politburo-i-trotsky-1923-1932';
const SOURCES = 'content/sources';
/** The heading that opens the documents section (the front matter before it is printed once). */
const DOCUMENTS_HEADING = /^ ?ДОКУМЕНТЫ\s*$/mu;
const HEADER = /^( ?№ ?)(\d+)(\.? *)$/gmu;
/** A word of five or more lower-case Cyrillic letters: never a name, a header, a date or a legend's abbreviation. */
const LONG_WORD = /(?<![\p{L}\d])[а-яё]{5,}(?![\p{L}\d])/gu;

/** What a synthetic folder holds: where, how many copies, the documents' number range. */
export interface SynthCorpus {
  dir: string;
  copies: number;
  from: number;
  to: number;
  bytes: number;
}

/** A small deterministic hash of a copy and a position, for choosing which words vary. */
function hash(copy: number, at: number): number {
  let h = Math.imul(copy + 1, 0x9e3779b1) ^ Math.imul(at + 1, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae3d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** The inner places of `word` where swapping two neighbouring letters changes it. */
const swaps = (word: string): number[] => [...word.slice(1, -2)].map((_, k) => k + 1).filter((i) => word[i] !== word[i + 1]);

const swapAt = (word: string, i: number): string => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);

/**
 * One document's lines (from its header to the next) in copy `copy`. The copy's number is written into
 * the document in mixed radix, one digit a word from the first word of its text on (digit 0: the word as printed,
 * digit d: the d-th swap of two of its letters), so no two copies of a document are alike; other long
 * words get a swap by chance (one in twenty), as OCR slips would.
 */
function varyDocument(span: string, copy: number, offset: number): string {
  // The title runs to the first blank line (a lone space in the OCR): the digits go into the text after it.
  const titleEnd = Math.max(0, span.search(/\n \n/));
  const found = [...span.matchAll(LONG_WORD)].filter((m) => m.index > titleEnd);
  const digits = new Map<number, number>();
  let rest = copy;
  for (const m of found) {
    if (rest === 0) break;
    const radix = swaps(m[0]).length + 1;
    if (radix === 1) continue;
    digits.set(m.index, rest % radix);
    rest = Math.floor(rest / radix);
  }
  return span.replace(LONG_WORD, (word: string, i: number) => {
    const digit = digits.get(i);
    if (digit !== undefined) return digit === 0 ? word : swapAt(word, swaps(word)[digit - 1]!);
    const h = hash(copy, offset + i);
    const places = swaps(word);
    return h % 20 === 0 && places.length > 0 ? swapAt(word, places[(h >>> 8) % places.length]!) : word;
  });
}

/** Copy `copy` of the section: headers shifted by `shift`; from the second copy on, each document's words varied. */
export function varySection(section: string, copy: number, shift: number): string {
  const renumbered = section.replace(HEADER, (_, a: string, n: string, b: string) => `${a}${Number(n) + shift}${b}`);
  if (copy === 0) return renumbered;
  const starts = [0, ...[...renumbered.matchAll(HEADER)].map((m) => m.index), renumbered.length];
  const spans: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++) spans.push(varyDocument(renumbered.slice(starts[k], starts[k + 1]), copy, starts[k]!));
  return spans.join('');
}

/** The real sources folder with the collection's documents `copies` times, written to `out`. */
export async function synthCorpus(copies: number, out?: string): Promise<SynthCorpus> {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`--copies must be a whole number ≥ 1, not ${copies}`);
  const dir = out ? resolve(out) : await mkdtemp(join(tmpdir(), `edition-x${copies}-`));
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(SOURCES)) {
    if (!file.startsWith(`${SYNTH_COLLECTION}.`)) await copyFile(join(SOURCES, file), join(dir, file));
  }
  const sidecar = SidecarSchema.parse(JSON.parse(await readFile(join(SOURCES, `${SYNTH_COLLECTION}.json`), 'utf8')));
  const range = sidecar.expect?.documents;
  if (!range) throw new Error(`${SOURCES}/${SYNTH_COLLECTION}.json has no expect.documents: the copies cannot be renumbered`);
  const text = await readFile(join(SOURCES, sidecar.file), 'utf8');
  const heading = DOCUMENTS_HEADING.exec(text);
  if (!heading) throw new Error(`${sidecar.file}: no ДОКУМЕНТЫ heading`);
  const start = text.indexOf('\n', heading.index) + 1;
  const section = text.slice(start);
  const span = range.to - range.from + 1;
  const parts = [text.slice(0, start)];
  for (let c = 0; c < copies; c++) parts.push(varySection(section, c, span * c));
  const body = parts.join('\n');
  const bytes = Buffer.byteLength(body);
  const to = range.from + span * copies - 1;
  await writeFile(join(dir, sidecar.file), body);
  const expect = { ...sidecar.expect, documents: { from: range.from, to }, maxBytes: Math.max(bytes, sidecar.expect?.maxBytes ?? 0) };
  await writeFile(join(dir, `${SYNTH_COLLECTION}.json`), `${JSON.stringify({ ...sidecar, expect }, null, 2)}\n`);
  return { dir, copies, from: range.from, to, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { copies: { type: 'string', default: '10' }, out: { type: 'string' } } });
  const made = await synthCorpus(Number(values.copies), values.out);
  console.log(`synth-corpus: ×${made.copies}, № ${made.from}–${made.to}, ${(made.bytes / 1024 / 1024).toFixed(1)} MiB → ${made.dir}`);
}
