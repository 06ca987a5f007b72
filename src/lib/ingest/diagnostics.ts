import type { Diagnostic } from '../../schemas/index.ts';

export type Level = Diagnostic['level'];

/** Collects the parser's messages; every stage reports here instead of throwing or dropping text. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  add(level: Level, line: number, code: string, message: string, document: string | null = null): void {
    this.items.push({ level, file: this.file, line, code, message, document });
  }

  error(line: number, code: string, message: string, document: string | null = null): void {
    this.add('error', line, code, message, document);
  }

  warn(line: number, code: string, message: string, document: string | null = null): void {
    this.add('warning', line, code, message, document);
  }

  info(line: number, code: string, message: string, document: string | null = null): void {
    this.add('info', line, code, message, document);
  }
}

/** `file:line: level code: message`, the form compilers use, so editors can jump to the line. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.level} ${d.code}: ${d.message}`;
}
