/** Russian plural forms after a number. */

/** `plural(3, ['документ', 'документа', 'документов'])` → `документа` (1, 21 → first; 2–4, 22 → second; else third). */
export function plural(count: number, forms: readonly [string, string, string]): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** `3 документа`. */
export function countDocuments(count: number): string {
  return `${count} ${plural(count, ['документ', 'документа', 'документов'])}`;
}

/** `3 исследования`. */
export function countStudies(count: number): string {
  return `${count} ${plural(count, ['исследование', 'исследования', 'исследований'])}`;
}
