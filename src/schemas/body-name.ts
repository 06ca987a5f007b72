import { z } from 'zod';
import { isEdtf } from '../lib/edtf/edtf.ts';

/**
 * A renaming of a body, as the editor recorded it in `content/body-names.json`: from the day `from`
 * every name of a body that contains `later` is the body's name; before it, the same name with
 * `earlier` in its place (`ЦК ВКП(б)` was `ЦК РКП(б)` before 31 December 1925). A document shows the
 * name the body bore on its date, so a historian quoting the edition does not put a later name into an
 * earlier document; the body keeps one id and one page, which lists its names by period.
 */
export const BodyRenameSchema = z.object({
  later: z.string().min(1),
  earlier: z.string().min(1),
  /** The first day of the later name (EDTF day). */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).refine(isEdtf, { message: 'not a valid EDTF day' }),
  /** Why, with the evidence (Russian, shown on the body's page). */
  reason: z.string().min(10),
});

export const BodyRenamesFileSchema = z.array(BodyRenameSchema);
export type BodyRename = z.infer<typeof BodyRenameSchema>;
