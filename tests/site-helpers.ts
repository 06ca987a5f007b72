import { documentId } from '../src/lib/ids/ids.ts';
import { urls } from '../src/lib/ids/urls.ts';
import type { Document, Legend } from '../src/schemas/index.ts';

/** A minimal valid document for the site's unit tests; fields as given, the rest empty. */
export function doc(
  number: number,
  fields: Partial<Omit<Document, 'legend'>> & { edtf?: string | null; legend?: Partial<Legend> | null } = {},
): Document {
  const { edtf = null, legend = null, ...rest } = fields;
  const id = rest.id ?? documentId('pt', number);
  return {
    id,
    source: 'politburo-i-trotsky-1923-1932',
    number,
    title: `Документ ${number}`,
    titleSupplied: false,
    genre: 'письмо',
    authors: [],
    addressees: [],
    date: { edtf, text: edtf ?? '', source: edtf ? 'title' : null },
    place: null,
    classification: null,
    registration: null,
    legend: legend && {
      text: 'РГАСПИ. Ф. 17. Оп. 171. Д. 25.',
      archive: 'РГАСПИ',
      fond: '17',
      opis: '171',
      delo: '25',
      sheets: null,
      authenticity: 'Копия',
      method: 'Машинопись',
      ...legend,
    },
    published: [],
    marginalia: [],
    notes: [],
    text: '',
    url: urls.document(id),
    blocks: [],
    page: null,
    pageEnd: null,
    pageReckoned: false,
    corrections: [],
    ...rest,
  };
}
