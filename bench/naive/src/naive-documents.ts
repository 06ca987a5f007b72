/**
 * The collection's raw text cut at its `№ N` header lines, as little as a page needs: no parsing of
 * titles, dates, notes or legends. `NAIVE_SOURCE` names the text file (scripts/bench.ts sets it).
 */
import { readFileSync } from 'node:fs';

export interface NaiveDocument {
  id: string;
  title: string;
  text: string;
}

let cached: NaiveDocument[] | undefined;

export function naiveDocuments(): NaiveDocument[] {
  if (cached) return cached;
  const source = process.env['NAIVE_SOURCE'];
  if (!source) throw new Error('NAIVE_SOURCE must name the collection text file');
  const text = readFileSync(source, 'utf8');
  const documents = text.slice(text.search(/^ ?ДОКУМЕНТЫ\s*$/mu));
  // A header continues the numbering (as the edition's own splitter requires): `№ 5` inside a text is text.
  const parts: string[] = [];
  let last = 0;
  for (const piece of documents.split(/^(?= ?№ ?\d+\.? *$)/mu)) {
    const n = Number(/^ ?№ ?(\d+)/u.exec(piece)?.[1] ?? NaN);
    if (n > last && n <= last + 5) {
      parts.push(piece);
      last = n;
    } else if (parts.length > 0) parts[parts.length - 1] += piece;
  }
  cached = parts.map((part, k) => {
    const lines = part.split('\n');
    return { id: `d-${k + 1}`, title: `${lines[0]!.trim()} ${lines[1]?.trim() ?? ''}`, text: lines.slice(2).join('\n') };
  });
  return cached;
}
