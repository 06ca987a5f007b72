/** The part of the `edtf` package the edition uses (it ships no type declarations). */
declare module 'edtf' {
  /** Parses an EDTF string; throws when it is not valid EDTF. */
  export function parse(input: string, options?: { level?: 0 | 1 | 2 | 3; types?: string[] }): { type: string; level: number };
}
