import type { Diagnostics } from './diagnostics.ts';
import { scanUtf8 } from './utf8.ts';

/** A line of the source file with its 1-based number in the file as given. */
export interface SourceLine {
  no: number;
  text: string;
}

/**
 * Decodes a source file: UTF-8 only (a BOM is dropped), CRLF/CR line ends folded, NFC applied.
 * Undecodable input yields no lines and is reported as what it is: a Windows-1251 file with a hint
 * to convert it, or a UTF-8 file with invalid bytes at their line and column.
 */
export function decodeSource(bytes: Uint8Array, diagnostics: Diagnostics): SourceLine[] {
  if (bytes.length === 0) {
    diagnostics.report('empty-file', 0, 'the file is empty');
    return [];
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const scan = scanUtf8(bytes);
    const first = scan.first ?? { line: 1, column: 1, byte: bytes[0]! };
    if (scan.looksCp1251) {
      diagnostics.report('encoding', first.line, 'the file is not UTF-8; it looks like Windows-1251: convert it, e.g. `iconv -f cp1251 -t utf-8`');
    } else {
      const byte = `0x${first.byte.toString(16).toUpperCase().padStart(2, '0')}`;
      const more = scan.invalid > 1 ? `; ${scan.invalid} invalid sequences in the file` : '';
      diagnostics.report('utf8-invalid', first.line, `invalid UTF-8 at line ${first.line}, column ${first.column} (byte ${byte})${more}: the file is not read`, {
        data: { column: first.column, byte, count: scan.invalid },
      });
    }
    return [];
  }
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => ({ no: i + 1, text: line.replace(/\u00A0/g, ' ') }));
}
