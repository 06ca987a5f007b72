/** Validity of an EDTF string, decided by the `edtf` package (the Library of Congress grammar). */
import { parse } from 'edtf';

/** True when `value` is a valid EDTF (ISO 8601-2) string, levels 0–1. */
export function isEdtf(value: string): boolean {
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}
