import type { Diagnostics } from './diagnostics.ts';

/** A line of the source file with its 1-based number in the file as given. */
export interface SourceLine {
  no: number;
  text: string;
}

const CYRILLIC = /[\u0400-\u04FF]/g;

/**
 * Decodes a source file: UTF-8 only (a BOM is dropped), CRLF/CR line ends folded, NFC applied.
 * Undecodable input is reported with a hint (a Windows-1251 file is recognised) and yields no lines.
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
    const line = firstInvalidUtf8Line(bytes);
    const cp1251 = new TextDecoder('windows-1251').decode(bytes);
    const looksCyrillic = (cp1251.match(CYRILLIC)?.length ?? 0) > cp1251.length / 4;
    diagnostics.report(
      'encoding',
      line,
      looksCyrillic
        ? 'the file is not UTF-8; it looks like Windows-1251: convert it, e.g. `iconv -f cp1251 -t utf-8`'
        : 'the file is not valid UTF-8',
    );
    return [];
  }
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => ({ no: i + 1, text: line.replace(/\u00A0/g, ' ') }));
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const len = b < 0x80 ? 1 : b >> 5 === 0x6 ? 2 : b >> 4 === 0xe ? 3 : b >> 3 === 0x1e ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return line;
    i += len;
  }
  return line;
}
