import { z } from 'zod';

/** A stable, URL-safe identifier (ASCII kebab-case). */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII');

/** What a party is: see {@link PersonSchema}'s `kind`. */
export const PartyKindSchema = z.enum(['person', 'body', 'group']);

/** One of the names a body bore, with the period it bore it (`content/body-names.json`). */
export const NamePeriodSchema = z.object({
  name: z.string().min(1),
  /** First day of the name (EDTF day); `null`: before every document of the edition. */
  from: z.string().nullable(),
  /** Last day of the name (EDTF day); `null`: still the name after the last document. */
  to: z.string().nullable(),
  /** Why the name changed, with the evidence (Russian). */
  reason: z.string(),
});

/** A person or a body named as author or addressee of a document. */
export const PersonRefSchema = z.object({
  /**
   * Normalised name: a person as `Фамилия И. О.` in the nominative; a body by its name in the nominative,
   * the name it bore on the document's date (`ЦК РКП(б)` in 1923, `ЦК ВКП(б)` from 1926).
   */
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
  /**
   * `person` for a human being (also one known only by a cover name, «Абрам»), `body` for an institution
   * (Политбюро, ОГПУ, a newspaper's editors, …), `group` for people named together without a body of
   * their own (`немецкие коммунисты`, `оппозиционеры`, `информационные агентства`).
   */
  kind: PartyKindSchema,
  /** The names a body bore by period, earliest first, when it was renamed within the edition's years; `name` is the latest. */
  names: z.array(NamePeriodSchema).optional(),
  /** Every form in which the name is printed in the titles, most frequent first. */
  forms: z.array(z.string()),
  /** Ids of documents this person or body wrote. */
  authored: z.array(z.string()),
  /** Ids of documents addressed to this person or body (copies included). */
  addressed: z.array(z.string()),
});

export type PersonRef = z.infer<typeof PersonRefSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type PartyKind = z.infer<typeof PartyKindSchema>;
export type NamePeriod = z.infer<typeof NamePeriodSchema>;
