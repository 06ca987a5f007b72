import { z } from 'zod';

/** A stable, URL-safe identifier (ASCII kebab-case). */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII');

/** A person or a body named as author or addressee of a document. */
export const PersonRefSchema = z.object({
  /** Normalised name: a person as `Фамилия И. О.` in the nominative; a body by its name in the nominative. */
  name: z.string().min(1),
  /** The person's identifier, one per person across the edition. */
  id: SlugSchema,
  /** The form as printed in the title, e.g. `Л. Д. Троцкого`. */
  printed: z.string().min(1),
});

/** An entry of the index of persons and bodies (`persons.json`). */
export const PersonSchema = z.object({
  id: SlugSchema,
  /** Normalised name (see {@link PersonRefSchema}). */
  name: z.string().min(1),
  /** `person` for a human being, `body` for an institution (Политбюро, ОГПУ, …). */
  kind: z.enum(['person', 'body']),
  /** Every form in which the name is printed in the titles, most frequent first. */
  forms: z.array(z.string()),
  /** Ids of documents this person or body wrote. */
  authored: z.array(z.string()),
  /** Ids of documents addressed to this person or body (copies included). */
  addressed: z.array(z.string()),
});

export type PersonRef = z.infer<typeof PersonRefSchema>;
export type Person = z.infer<typeof PersonSchema>;
