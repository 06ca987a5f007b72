/**
 * EDTF dates (Library of Congress Extended Date/Time Format, ISO 8601-2, levels 0–1), as the edition
 * stores them in `date.edtf`: `1923-02-01`, `1925-04`, `1924`, `1928-01-09/1928-01-10`,
 * `1924-12~/1925-01~`, `1928-02-12/..`, `../1924-11-02`, seasons (`1925-21`).
 *
 * The one reader of these values for every layer: the ingest, the pages (date order, browse by
 * month), the search index (periods, filters, sort keys) and the exports. Validity is decided by the
 * `edtf` package (`validate.ts`, the schemas' check); this module reads the forms the edition writes
 * into their parts and periods, without the package, so that the search page's script can use it.
 * Reader's labels in Russian are in `label.ts`.
 */
import { daysInMonth, pad2 } from './calendar.ts';

/** How precisely a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** One side of an EDTF value: a date to the day, month or year, or a season. */
export interface EdtfPart {
  year: number;
  /** 1–12; `null` when the date is known to the year (or is a season). */
  month: number | null;
  /** EDTF season code 21–24 (spring, summer, autumn, winter); `null` otherwise. */
  season: number | null;
  /** 1–31; `null` unless known to the day. */
  day: number | null;
  /** `~` or `%`. */
  approximate: boolean;
  /** `?` or `%`. */
  uncertain: boolean;
}

/** A side of an interval: a date, an open end (`..` or empty), or a form this module does not read. */
export type EdtfSide = EdtfPart | 'open' | 'unreadable';

/** An EDTF value: one date, or an interval (`end` set). */
export interface EdtfValue {
  start: EdtfSide;
  /** `null` for a single date. */
  end: EdtfSide | null;
}

const PART = /^(\d{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?([~?%]?)$/;

/**
 * One side of an EDTF value: `1924-12~` → year 1924, month 12, approximate. Unspecified digits
 * (`1923-XX`) leave the month or day unknown; a season (`1925-21`) is its year plus the season code.
 */
export function readPart(value: string): EdtfSide {
  if (value === '' || value === '..') return 'open';
  const m = PART.exec(value);
  if (!m) return 'unreadable';
  const year = Number(m[1]);
  const monthCode = m[2] && m[2] !== 'XX' ? Number(m[2]) : null;
  const isSeason = monthCode !== null && monthCode >= 21 && monthCode <= 24;
  if (monthCode !== null && !isSeason && (monthCode < 1 || monthCode > 12)) return 'unreadable';
  const month = isSeason ? null : monthCode;
  const day = m[3] && m[3] !== 'XX' && month !== null ? Number(m[3]) : null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return 'unreadable';
  const q = m[4] ?? '';
  return {
    year,
    month,
    season: isSeason ? monthCode : null,
    day,
    approximate: q === '~' || q === '%',
    uncertain: q === '?' || q === '%',
  };
}

/** An EDTF value read into its sides; `null` for a set, a list or anything with more than one `/`. */
export function readEdtf(edtf: string): EdtfValue | null {
  const sides = edtf.split('/');
  if (sides.length > 2) return null;
  return { start: readPart(sides[0]!), end: sides.length === 2 ? readPart(sides[1]!) : null };
}

const isPart = (side: EdtfSide | null): side is EdtfPart => side !== null && typeof side === 'object';

/** The precision of one side. A season counts as its year: EDTF does not say which months a season holds. */
function precisionOf(p: EdtfPart): Precision {
  return p.day !== null ? 'day' : p.month !== null ? 'month' : 'year';
}

/** The first and the last day one side can mean (`YYYY-MM-DD`). */
function partBounds(p: EdtfPart): { min: string; max: string } {
  if (p.month === null) return { min: `${p.year}-01-01`, max: `${p.year}-12-31` };
  const ym = `${p.year}-${pad2(p.month)}`;
  if (p.day === null) return { min: `${ym}-01`, max: `${ym}-${pad2(daysInMonth(p.year, p.month))}` };
  return { min: `${ym}-${pad2(p.day)}`, max: `${ym}-${pad2(p.day)}` };
}

/** A date period: its first and last day (`YYYY-MM-DD`) and how precisely its ends are known. */
export interface DateSpan {
  from: string;
  to: string;
  /** The coarser precision of the two ends. */
  precision: Precision;
}

/**
 * The period an EDTF value stands for, from the first day of its start to the last day of its end.
 * An interval with one open end (`1928-02-12/..`, `../1924-11-02`) stands for its known end only:
 * the date says «not before» or «not after» that day, and only that day is known. `null` when
 * undated, when both ends are open, or for forms this module does not read.
 */
export function dateSpan(edtf: string | null): DateSpan | null {
  if (edtf === null) return null;
  const value = readEdtf(edtf);
  if (!value) return null;
  const sides = [value.start, value.end].filter((s) => s !== null && s !== 'open');
  if (sides.length === 0 || !sides.every(isPart)) return null;
  const parts = sides as EdtfPart[];
  const order: Precision[] = ['year', 'month', 'day'];
  const precision = order[Math.min(...parts.map((p) => order.indexOf(precisionOf(p))))]!;
  const { min } = partBounds(parts[0]!);
  const { max } = partBounds(parts[parts.length - 1]!);
  return min <= max ? { from: min, to: max, precision } : { from: max, to: min, precision };
}

/**
 * The key by which documents are put in date order: the first day the date can mean
 * (`1924-12~/1925-01~` → `1924-12-01`); `null` when undated, to be sorted after every date.
 */
export function sortKey(edtf: string | null): string | null {
  return dateSpan(edtf)?.from ?? null;
}

/**
 * Compares two dates for date order: by {@link sortKey}, undated last. Returns 0 for the same key,
 * so a caller breaks ties (source, number).
 */
export function compareDates(a: string | null, b: string | null): number {
  const x = sortKey(a);
  const y = sortKey(b);
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

/** Where a document is filed in the browse-by-date pages. */
export interface Placement {
  /** `null` when undated (or when not even the year is known). */
  year: number | null;
  /** `YYYY-MM`; `null` when undated or dated by the year (or a season) only. */
  month: string | null;
}

/**
 * The year and month where a date starts. A range or an approximate date goes under the month where
 * it starts (`1924-12~/1925-01~` → December 1924); a date known to the year, a season (`1925-21`) or
 * an unspecified month (`1925-XX`) has no month. An interval with an open start is filed by its end.
 */
export function placement(edtf: string | null): Placement {
  const value = edtf === null ? null : readEdtf(edtf);
  const side = value ? (value.start === 'open' && value.end !== null ? value.end : value.start) : null;
  if (!isPart(side)) return { year: null, month: null };
  return { year: side.year, month: side.month === null ? null : `${side.year}-${pad2(side.month)}` };
}

/** Marks an EDTF date or interval as approximate (`~` on each known end). */
export function approximate(edtf: string): string {
  return edtf
    .split('/')
    .map((part) => (part === '..' || part === '' || part.endsWith('~') ? part : `${part}~`))
    .join('/');
}

/** True when the value is one plain day (`1927-09-15`), without qualifiers. */
export function isPlainDay(edtf: string | null): edtf is string {
  return edtf !== null && /^\d{4}-\d{2}-\d{2}$/.test(edtf);
}
