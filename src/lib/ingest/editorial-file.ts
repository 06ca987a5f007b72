/**
 * The edition's own data files under `content/` (corrections, the name authority, the baseline of
 * accepted warnings): a missing file is empty, an invalid one stops the ingest with the file named,
 * since a build from half-read editorial decisions would publish something nobody reviewed.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** The entries of `file` and its text (for finding where an entry stands), or none when there is no file. */
export async function readEditorialFile<T>(file: string | undefined, schema: z.ZodType<T[]>): Promise<{ entries: T[]; raw: string }> {
  return (await readEditorialValue(file, schema)) ?? { entries: [], raw: '' };
}

/** The value of `file` checked against `schema` and its text; `null` when there is no file. */
export async function readEditorialValue<T>(file: string | undefined, schema: z.ZodType<T>): Promise<{ entries: T; raw: string } | null> {
  if (!file) return null;
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new Error(`${file}: not valid JSON`, { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { entries: parsed.data, raw };
}
