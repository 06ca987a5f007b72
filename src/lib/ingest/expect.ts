/**
 * The sidecar's promise checked against what the parser found: a file that ends early (or begins late)
 * lacks documents that no numbering gap can show, since the numbers that are there run in sequence.
 */
import type { SourceExpect } from '../../schemas/index.ts';
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { DraftDocument } from './draft.ts';

/** Reports the expected numbers missing at the start or end of the source, and numbers outside the expected range. */
export function checkExpected(expect: SourceExpect, documents: DraftDocument[], lines: SourceLine[], diagnostics: Diagnostics): void {
  const range = expect.documents;
  if (!range) return;
  const expected = `№ ${range.from}–${range.to}`;
  const numbers = documents.map((d) => d.number);
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const end = lines.at(-1)?.no ?? 0;
  if (documents.length === 0) {
    diagnostics.report('documents-missing', end, `no documents found; the sidecar expects ${expected}`, { data: { from: range.from, to: range.to } });
    return;
  }
  if (first > range.from) {
    const at = documents.find((d) => d.number === first)!.span.start;
    diagnostics.report('documents-missing', at, `the first document is № ${first}; the sidecar expects ${expected}: № ${range.from}–${first - 1} are missing`, {
      data: { from: range.from, to: first - 1 },
    });
  }
  if (last < range.to) {
    diagnostics.report('documents-missing', end, `the file ends with № ${last}; the sidecar expects ${expected}: № ${last + 1}–${range.to} are missing (is the file cut off?)`, {
      data: { from: last + 1, to: range.to },
    });
  }
  for (const d of documents) {
    if (d.number < range.from || d.number > range.to) {
      diagnostics.report('document-out-of-range', d.span.start, `№ ${d.number} is outside ${expected}, the range its sidecar expects`, { data: { number: d.number }, document: d.id });
    }
  }
}
