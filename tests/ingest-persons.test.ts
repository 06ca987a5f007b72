/**
 * One id per person or body (`indexPersons`, src/lib/ingest/persons.ts): forms of one name share it,
 * and two different names that would share it are an error at the document and line of the second,
 * never a silent merge of two persons into one page.
 */
import { describe, expect, it } from 'vitest';
import { draftDocument, type DraftDocument } from '../src/lib/ingest/draft.ts';
import { indexPersons } from '../src/lib/ingest/persons.ts';
import type { PartyMention } from '../src/lib/ingest/title.ts';
import { SourceSchema } from '../src/schemas/index.ts';

const source = SourceSchema.parse({
  id: 'fixture',
  siglum: 'fx',
  kind: 'document-collection',
  file: 'input.txt',
  title: 'Фрагмент сборника',
  shortTitle: 'Фрагмент',
  citation: 'Фрагмент.',
  originalFile: 'input.txt',
});
const FILES = new Map([['fixture', 'input.txt']]);

/** A letter № `number` from `author`, whose text starts at `line` of the file. */
function letter(number: number, line: number, author: string, printed = author): DraftDocument {
  const parties: PartyMention[] = [{ name: author, printed, kind: 'person', role: 'author' }];
  return draftDocument(source, { number, title: `Письмо ${printed}`, parties, date: { edtf: null, text: '', source: null }, notes: [], blocks: [], span: { start: line, end: line + 5 } });
}

describe('person ids', () => {
  it('give forms of one name one person', () => {
    const { persons, diagnostics } = indexPersons([letter(1, 10, 'Троцкий Л. Д.', 'Л. Д. Троцкого'), letter(2, 40, 'Троцкий Л. Д.', 'Троцкого Л. Д.')], new Map(), FILES);
    expect(persons.map((p) => [p.id, p.forms, p.authored])).toEqual([['trockiy-l-d', ['Л. Д. Троцкого', 'Троцкого Л. Д.'], ['fx-001', 'fx-002']]]);
    expect(diagnostics).toEqual([]);
  });

  it('report two different names with one id as an error at the second, once per name', () => {
    // `ь` leaves no trace in the id: Бельский and Белский both give belskiy-a-a.
    const drafts = [letter(1, 10, 'Бельский А. А.'), letter(2, 40, 'Белский А. А.'), letter(3, 70, 'Белский А. А.')];
    const { persons, diagnostics, refs } = indexPersons(drafts, new Map(), FILES);
    expect(diagnostics).toEqual([
      {
        level: 'error',
        file: 'input.txt',
        line: 40,
        code: 'person-id-collision',
        message: '"Белский А. А." and "Бельский А. А." both give the id belskiy-a-a: one page cannot be both; name the person in content/person-names.json',
        document: 'fx-002',
        data: { id: 'belskiy-a-a', first: 'Бельский А. А.', second: 'Белский А. А.' },
      },
    ]);
    expect(persons).toHaveLength(1);
    expect(refs.get(drafts[1]!)?.authors).toEqual([{ name: 'Белский А. А.', id: 'belskiy-a-a', printed: 'Белский А. А.' }]);
  });

  it('are one person, and no error, when the name authority says the two names are one', () => {
    const drafts = [letter(1, 10, 'Бельский А. А.'), letter(2, 40, 'Белский А. А.')];
    const { persons, diagnostics } = indexPersons(drafts, new Map([['Белский А. А.', 'Бельский А. А.']]), FILES);
    expect(diagnostics).toEqual([]);
    expect(persons.map((p) => [p.name, p.authored])).toEqual([['Бельский А. А.', ['fx-001', 'fx-002']]]);
  });
});
