/** The part of the `edtf` package the edition uses (it ships no type declarations). */
declare module 'edtf' {
  /** A node of the package's parse: a date, season, interval (whose `values` are its two ends, `null` when open), set … */
  export interface ParsedEdtf {
    type: 'Date' | 'Season' | 'Interval' | 'Year' | 'Decade' | 'Century' | 'Set' | 'List' | (string & {});
    level: number;
    /** A date's year, month (0–11) and day; a season's year and code (21–24); an interval's ends. */
    values: (number | ParsedEdtf | null)[];
    /** `true`, or a bitmask over `YYYYMMDD` when only some digits are qualified (level 2). */
    approximate?: boolean | number;
    uncertain?: boolean | number;
    /** Bitmask over `YYYYMMDD` of the digits given as `X`. */
    unspecified?: number;
  }
  /** Parses an EDTF string; throws when it is not valid EDTF. */
  export function parse(input: string, options?: { level?: 0 | 1 | 2 | 3; types?: string[] }): ParsedEdtf;
}
