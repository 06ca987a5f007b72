import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type DiagnosticData } from '../../schemas/index.ts';

/** What a diagnostic is about besides its line: the document, and the data its code carries (required when it has any). */
type About<C extends DiagnosticCode> =
  DiagnosticData<C> extends undefined
    ? [about?: { document?: string | null }]
    : [about: { document?: string | null; data: DiagnosticData<C> }];

/** Collects the parser's messages; every stage reports here instead of throwing or dropping text. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  /** Reports `code` at `line` of the file, at the code's own level (`DIAGNOSTIC_CODES`). */
  report<C extends DiagnosticCode>(code: C, line: number, message: string, ...[about]: About<C>): void {
    const { level } = DIAGNOSTIC_CODES[code];
    const data = about && 'data' in about ? { data: about.data } : {};
    this.items.push({ level, file: this.file, line, code, message, document: about?.document ?? null, ...data } as Diagnostic);
  }
}

/** `file:line: level code: message`, the form compilers use, so editors can jump to the line. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.level} ${d.code}: ${d.message}`;
}
