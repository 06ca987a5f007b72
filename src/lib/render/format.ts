/** Typography of titles for display: which runs of a title must not break across lines. */

/** Ends a sentence with a full stop unless it already ends with one (or `!`, `?`, `…`); trimmed. */
export const sentence = (s: string): string => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** A piece of a title for display; `nowrap` pieces must stay on one line. */
export interface TextRun {
  text: string;
  nowrap: boolean;
}

/**
 * Split a title into runs so that initials stay with their surname (`Г. Е. Зиновьеву`, `И.Т.Смилги`),
 * `№` with its number and a year with `г.`: as Russian typography asks, without changing a character
 * (no no-break spaces are put into the text, so what a reader copies is what was printed).
 */
export function keepTogether(text: string): TextRun[] {
  const pattern = /(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?|№\s\d+|\d+\s(?:гг?\.)/gu;
  const runs: TextRun[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > from) runs.push({ text: text.slice(from, m.index), nowrap: false });
    runs.push({ text: m[0], nowrap: true });
    from = m.index + m[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), nowrap: false });
  return runs;
}
