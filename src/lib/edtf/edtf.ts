/**
 * EDTF dates (Library of Congress Extended Date/Time Format, ISO 8601-2, levels 0–1), as the edition
 * stores them in `date.edtf`: `1923-02-01`, `1925-04`, `1924`, `1928-01-09/1928-01-10`,
 * `1924-12~/1925-01~`, `1928-02-12/..`, `../1924-11-02`, seasons (`1925-21`).
 *
 * The one reader of these values for every layer: the ingest, the pages (date order, browse by
 * month), the search index (periods, filters, sort keys) and the exports. The `edtf` package parses
 * (its grammar decides what is valid); this module turns its parse into the parts the edition uses —
 * year, month, day, season, qualifiers, open ends — and reads periods, order and filing from them.
 * Reader's labels in Russian are in `label.ts`. The search page's script does not import this module
 * (the grammar would be as large as the rest of that script): the month labels it needs are in
 * src/lib/lang/months.ts.
 */
import { parse } from 'edtf';
import { daysInMonth, pad2 } from './calendar.ts';

/** The EDTF levels the edition writes and reads: 0 and 1 (qualifiers on a whole date, seasons, open ends, `X`). */
const LEVEL = { level: 1 } as const;

/** True when `value` is a valid EDTF (ISO 8601-2) string of level 0 or 1. */
export function isEdtf(value: string): boolean {
  try {
    parse(value, LEVEL);
    return true;
  } catch {
    return false;
  }
}

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
  /** `~` or `%` (on any part of the date). */
  approximate: boolean;
  /** `?` or `%` (on any part of the date). */
  uncertain: boolean;
}

/** A side of an interval: a date, an open or unknown end (`..` or empty), or a form the edition does not read. */
export type EdtfSide = EdtfPart | 'open' | 'unreadable';

/** An EDTF value: one date, or an interval (`end` set). */
export interface EdtfValue {
  start: EdtfSide;
  /** `null` for a single date. */
  end: EdtfSide | null;
}

/** What the `edtf` package's `parse` returns for one date, season or interval (src/types/edtf.d.ts). */
type Parsed = ReturnType<typeof parse>;

/** Digits left unspecified (`X`), as the package's bitmask over `YYYYMMDD`: year 0–3, month 4–5, day 6–7. */
const UNSPECIFIED = { year: 0b1111, month: 0b110000, day: 0b11000000 } as const;

/**
 * One end of the package's parse as a side. The package gives an open end (`..`) as `Infinity` and an
 * unknown one (empty) as `null`; both leave only the other end known. Centuries, decades and the like
 * are unreadable.
 */
function side(node: Parsed | number | null): EdtfSide {
  if (node === null || typeof node === 'number') return 'open';
  const unspecified = node.unspecified ?? 0;
  if (!(node.type === 'Date' || node.type === 'Season') || unspecified & UNSPECIFIED.year) return 'unreadable';
  const [year, second, third] = node.values as number[];
  const season = node.type === 'Season' ? second! : null;
  const month = season === null && second !== undefined && !(unspecified & UNSPECIFIED.month) ? second + 1 : null;
  const day = month !== null && third !== undefined && !(unspecified & UNSPECIFIED.day) ? third : null;
  return { year: year!, month, season, day, approximate: Boolean(node.approximate), uncertain: Boolean(node.uncertain) };
}

/** Values read once per build: every page and index record of a document reads its date again. */
const cache = new Map<string, EdtfValue | null>();

/**
 * An EDTF value read into its sides by the `edtf` package: `1924-12~` → year 1924, month 12,
 * approximate; `1928-02-12/..` → that day to an open end. Unspecified digits (`1923-XX`) leave the
 * month or day unknown. `null` when the package refuses the value, and for a set or list.
 */
export function readEdtf(edtf: string): EdtfValue | null {
  if (!cache.has(edtf)) cache.set(edtf, read(edtf));
  return cache.get(edtf)!;
}

function read(edtf: string): EdtfValue | null {
  let parsed: Parsed;
  try {
    parsed = parse(edtf, LEVEL);
  } catch {
    return null;
  }
  if (parsed.type === 'Interval') {
    const [start = null, end = null] = parsed.values as (Parsed | number | null)[];
    return { start: side(start), end: side(end) };
  }
  return parsed.type === 'Date' || parsed.type === 'Season' ? { start: side(parsed), end: null } : null;
}

/** True for a side that is a date (not an open end, not unreadable). */
export const isPart = (side: EdtfSide | null): side is EdtfPart => side !== null && typeof side === 'object';

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
