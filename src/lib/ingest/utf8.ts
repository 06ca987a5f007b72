/**
 * Where a file that is not valid UTF-8 goes wrong, and whether it is a Windows-1251 file at all. A
 * UTF-8 file with one bad byte and a file saved in Windows-1251 both fail to decode, but they need
 * different fixes, so the report must tell them apart and point at the first bad byte.
 */

/** The first invalid sequence: its line and column (in characters, 1-based) as an editor shows them, and its first byte. */
export interface Utf8Error {
  line: number;
  column: number;
  byte: number;
}

export interface Utf8Scan {
  /** Invalid sequences, counted as the WHATWG decoder counts replacement characters. */
  invalid: number;
  first: Utf8Error | null;
  /** Most bytes are high, fail as UTF-8 and are Windows-1251 letters: the file is Windows-1251, not broken UTF-8. */
  looksCp1251: boolean;
}

/** Windows-1251 letters: А–я (0xC0–0xFF), Ё (0xA8), ё (0xB8). */
const isCp1251Letter = (b: number): boolean => b >= 0xc0 || b === 0xa8 || b === 0xb8;

/**
 * Scans bytes with the WHATWG UTF-8 decoder's rules (so the count matches what a browser or
 * `TextDecoder` would replace). Lines end at LF, CR or CRLF, as `decodeSource` splits them.
 * @see https://encoding.spec.whatwg.org/#utf-8-decoder
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  let line = 1;
  let column = 0;
  let afterCr = false;
  let invalid = 0;
  let invalidBytes = 0;
  let high = 0;
  let letters = 0;
  let first: Utf8Error | null = null;
  const fail = (at: number, length: number): void => {
    invalid++;
    invalidBytes += length;
    first ??= { line, column: column + 1, byte: bytes[at]! };
    column++;
  };
  const character = (b: number): void => {
    if (b === 0x0a && afterCr) afterCr = false;
    else if (b === 0x0a || b === 0x0d) {
      line++;
      column = 0;
      afterCr = b === 0x0d;
    } else {
      column++;
      afterCr = false;
    }
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      high++;
      if (isCp1251Letter(b)) letters++;
    }
    if (needed === 0) {
      start = i;
      if (b <= 0x7f) character(b);
      else if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        needed = 2;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        needed = 3;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else fail(i, 1);
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence broke off: it is one error, and this byte is read again as the start of the next.
      fail(start, i - start);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      if (b >= 0x80) {
        high--;
        if (isCp1251Letter(b)) letters--;
      }
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      needed = seen = 0;
      character(0x80);
    }
  }
  if (needed > 0) fail(start, bytes.length - start);
  const looksCp1251 = high > 0 && invalidBytes >= 0.9 * high && letters >= 0.9 * high && letters >= 0.25 * bytes.length;
  return { invalid, first, looksCp1251 };
}
