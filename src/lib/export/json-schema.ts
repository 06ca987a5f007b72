/**
 * JSON Schemas of the published records (`documents.json`, `persons.json`), generated from the zod
 * schemas the ingest validates them with (`z.toJSONSchema`, draft 2020-12), so the published
 * contract cannot drift from the code. The EDTF check of `date.edtf` is a refinement in code and has
 * no JSON Schema form; the schema says so in the field's description.
 */
import { z } from 'zod';
import { DocumentSchema, PersonSchema } from '../../schemas/index.ts';

/** `documents.schema.json`: an array of documents. */
export function documentsJsonSchema(url: string): string {
  const schema = z.toJSONSchema(
    z.array(DocumentSchema).meta({
      title: 'documents.json',
      description:
        'Документы издания «Политбюро и Лев Троцкий». date.edtf — дата в формате EDTF (ISO 8601-2, уровни 0–1, https://www.loc.gov/standards/datetime/).',
    }),
  );
  return `${JSON.stringify({ $id: url, ...schema }, null, 2)}\n`;
}

/** `persons.schema.json`: an array of persons and bodies. */
export function personsJsonSchema(url: string): string {
  const schema = z.toJSONSchema(
    z.array(PersonSchema).meta({ title: 'persons.json', description: 'Указатель лиц и учреждений издания «Политбюро и Лев Троцкий».' }),
  );
  return `${JSON.stringify({ $id: url, ...schema }, null, 2)}\n`;
}
