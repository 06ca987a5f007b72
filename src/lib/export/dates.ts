/**
 * A document's EDTF date in the date forms of the export formats (research note §6.2):
 *
 * | EDTF | CSL-JSON | RIS `DA` | TEI `<date>` | CMIF `<date>` |
 * | --- | --- | --- | --- | --- |
 * | `1923-02-01` | `[[1923,2,1]]` | `1923/02/01/` | `when` | `when` |
 * | `1924-12~` | `[[1924,12]]`, `circa` | `1924/12//` | `when`, `cert="medium"`, `when-custom` | `when` |
 * | `1924-12~/1925-01~` | `[[1924,12],[1925,1]]`, `circa` | `1924/12//` | `notBefore`, `notAfter`, `when-custom` | `notBefore`, `notAfter` |
 * | `1928-02-12/..` | `literal` «не ранее …» | `1928/02/12/` | `notBefore`, `when-custom` | `notBefore` |
 * | none | — | — | — | — |
 *
 * The W3C forms TEI and CMIF take are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; whatever they cannot say
 * (a qualifier, a season, an interval) TEI keeps in `when-custom` with the EDTF string, pointing
 * (`datingMethod`) at the `<calendar>` that declares EDTF. Pure; read through `readEdtf`.
 */
import { isPart, readEdtf, type EdtfPart } from '../edtf/edtf.ts';
import { pad2 } from '../edtf/calendar.ts';
import { dateText } from '../edtf/label.ts';


/** `[1923, 2, 1]`: a side's known parts, months counted from 1 as CSL counts them. */
const parts = (p: EdtfPart): number[] => [p.year, ...(p.month !== null ? [p.month, ...(p.day !== null ? [p.day] : [])] : [])];

/** `1923-02-01`, `1923-02`, `1923`: a side as an XML Schema date (gYear, gYearMonth, date). */
export const w3c = (p: EdtfPart): string => parts(p).map((n, i) => (i === 0 ? String(n) : pad2(n))).join('-');

/** A CSL-JSON date variable. */
export interface CslDate {
  'date-parts'?: number[][];
  season?: number;
  circa?: boolean;
  literal?: string;
}

/** The sides of a value that a format can use: the two known ends, or one; `null` when undated or unreadable. */
function sides(edtf: string | null): { start: EdtfPart | null; end: EdtfPart | null; single: boolean } | null {
  const value = edtf === null ? null : readEdtf(edtf);
  if (!value) return null;
  const start = isPart(value.start) ? value.start : null;
  const end = value.end === null ? null : isPart(value.end) ? value.end : null;
  if (!start && !end) return null;
  if (value.start === 'unreadable' || value.end === 'unreadable') return null;
  return { start, end, single: value.end === null };
}

/** The CSL-JSON form of a date; `undefined` when undated. An interval with one open end is a literal in Russian words. */
export function cslDate(edtf: string | null): CslDate | undefined {
  if (edtf === null) return undefined;
  const s = sides(edtf);
  if (!s) return { literal: dateText(edtf) };
  const circa = Boolean(s.start?.approximate || s.end?.approximate);
  const withCirca = (d: CslDate): CslDate => (circa ? { ...d, circa: true } : d);
  if (s.single && s.start) {
    const season = s.start.season !== null ? { season: s.start.season - 20 } : {};
    return withCirca({ 'date-parts': [parts(s.start)], ...season });
  }
  if (s.start && s.end) return withCirca({ 'date-parts': [parts(s.start), parts(s.end)] });
  return { literal: dateText(edtf) };
}

/** RIS `DA`: `1923/02/01/`, `1923/02//`, `1923///` — the first known day; `null` when undated. */
export function risDate(edtf: string | null): { da: string; year: number } | null {
  const s = sides(edtf);
  const p = s?.start ?? s?.end;
  if (!p) return null;
  return { da: `${p.year}/${p.month !== null ? pad2(p.month) : ''}/${p.day !== null ? pad2(p.day) : ''}/`, year: p.year };
}

/** The `xml:id` of the `<calendar>` that declares EDTF, which `@datingMethod` points to. */
export const EDTF_CALENDAR_ID = 'edtf';

/**
 * The attributes of a CMIF `<date>` (W3C values only: `when`, or `notBefore`/`notAfter`); `null` when
 * undated, for CMIF leaves the `<date>` out rather than guess.
 */
export function cmifDateAttributes(edtf: string | null): Record<string, string> | null {
  const s = sides(edtf);
  if (!s) return null;
  if (s.single && s.start) return { when: w3c(s.start) };
  return {
    ...(s.start ? { notBefore: w3c(s.start) } : {}),
    ...(s.end ? { notAfter: w3c(s.end) } : {}),
  };
}

/**
 * The attributes of a TEI `<date>`: the W3C attributes of {@link cmifDateAttributes}, `cert` for a
 * qualified date (`medium` approximate, `low` uncertain), and `when-custom` with the EDTF string
 * and `datingMethod` when the W3C attributes alone lose something. `null` when undated.
 */
export function teiDateAttributes(edtf: string | null): Record<string, string> | null {
  const base = cmifDateAttributes(edtf);
  if (!base || edtf === null) return null;
  const s = sides(edtf)!;
  const ends = [s.start, s.end].filter(isPart);
  const cert = ends.some((p) => p.uncertain) ? 'low' : ends.some((p) => p.approximate) ? 'medium' : null;
  const lossless = s.single && s.start !== null && w3c(s.start) === edtf;
  return {
    ...base,
    ...(cert ? { cert } : {}),
    ...(lossless ? {} : { 'when-custom': edtf, datingMethod: `#${EDTF_CALENDAR_ID}` }),
  };
}
