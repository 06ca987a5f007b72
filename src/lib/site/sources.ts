/** Labels for the bibliographic records of the sources. Pure. */
import type { Note, Source, SourceKind, SourceText } from '../../schemas/index.ts';
import { countDocuments, countStudies } from '../lang/plural.ts';

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  'document-collection': 'сборник документов',
  'single-document': 'отдельный текст',
  article: 'статья',
  book: 'книга',
};

/** «её текст», «его текст»: the possessive that agrees with each kind's label. */
export const SOURCE_KIND_POSSESSIVE: Readonly<Record<SourceKind, 'её' | 'его'>> = {
  'document-collection': 'его',
  'single-document': 'его',
  article: 'её',
  book: 'её',
};

/** Role of the persons of a record: singular and plural. */
export const AUTHOR_ROLE_LABELS: Readonly<Record<Source['authorRole'], readonly [string, string]>> = {
  author: ['Автор', 'Авторы'],
  compiler: ['Составитель', 'Составители'],
  editor: ['Редактор', 'Редакторы'],
};

/** The fields of a bibliographic record worth a line each, in reading order, with Russian labels. */
export function recordFields(source: Source): { label: string; value: string }[] {
  const fields: [string, string | null][] = [
    ['Заглавие', source.title],
    [
      AUTHOR_ROLE_LABELS[source.authorRole][source.authors.length > 1 ? 1 : 0],
      source.authors.length > 0 ? source.authors.join(', ') : null,
    ],
    ['Издание', source.containerTitle],
    ['Место издания', source.place],
    ['Издательство', source.publisher],
    ['Год', source.issued],
    ['Книга, том', source.volume],
    ['Выпуск, номер', source.issue],
    ['Страницы', source.pages],
    ['ISBN', source.isbn],
    ['ISSN', source.issn],
  ];
  return fields.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** What stands in the notes for a marker whose note text the source lacks (as on the document pages). */
export const LOST_NOTE_TEXT = '[Текст примечания в источнике отсутствует.]';

/**
 * The front matter's notes in the shape the body renderer takes (all of them tied to the text),
 * in the order of their markers. A marker whose note the source lacks gets a note saying so, so that
 * every marker leads somewhere; notes without a marker follow at the end.
 */
export function frontNotes(text: SourceText): Note[] {
  const pool = text.frontNotes.map((note) => ({ ...note, used: false }));
  const notes: Note[] = [];
  for (const block of text.frontMatter) {
    for (const mark of block.notes) {
      const note = pool.find((n) => !n.used && n.n === mark.n);
      if (note) note.used = true;
      notes.push({ n: mark.n, text: note ? note.text : LOST_NOTE_TEXT, on: 'text' });
    }
  }
  for (const note of pool) if (!note.used) notes.push({ n: note.n, text: note.text, on: 'text' });
  return notes;
}

/** What a source holds in the edition, said in a list: `215 документов`, `1 исследование`, `6 документов и 9 исследований`. */
export function holdings(documents: number, studies: number): string {
  const parts = [documents > 0 ? countDocuments(documents) : null, studies > 0 ? countStudies(studies) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' и ') : 'текст пока не включён в издание';
}
