/**
 * The archive references of the documents as a tree (archive → fond → opis → delo), the sheets
 * each document occupies, and the sheets two documents of one delo both cite. Pure functions.
 */
import type { DocumentSummary } from '../../schemas/index.ts';

/** Full names of the archives the legends cite by abbreviation. */
export const ARCHIVE_NAMES: Readonly<Record<string, string>> = {
  РГАНИ: 'Российский государственный архив новейшей истории',
  РГАСПИ: 'Российский государственный архив социально-политической истории',
  ГАРФ: 'Государственный архив Российской Федерации',
  РГВА: 'Российский государственный военный архив',
  РГАЭ: 'Российский государственный архив экономики',
  АП: 'Архив Президента Российской Федерации',
  АПРФ: 'Архив Президента Российской Федерации',
  'ЦА ФСБ России': 'Центральный архив Федеральной службы безопасности Российской Федерации',
};

/** A run of sheets, both ends inclusive; a verso (`об.`) belongs to its sheet's number. */
export interface SheetRange {
  from: number;
  to: number;
}

/** The leading sheet number of a `sheets` value as printed (`83, 88–88 об.` → 83); `null` if none. */
export function firstSheet(sheets: string | null): number | null {
  const m = sheets?.trim().match(/^\d+/);
  return m ? Number(m[0]) : null;
}

/**
 * The sheets of a legend as ranges: `50–53` → 50–53, `83, 88–88 об.` → 83, 88,
 * `213–220; 222–229` → two runs, `101 об.` → 101. `null` when a part cannot be read.
 */
export function parseSheets(sheets: string): SheetRange[] | null {
  const parts = sheets.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  const ranges: SheetRange[] = [];
  for (const part of parts) {
    const m = part.match(/^(\d+)(?:\s*об\.?)?(?:\s*[–—-]\s*(\d+)(?:\s*об\.?)?)?$/);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    if (to < from) return null;
    ranges.push({ from, to });
  }
  return ranges;
}

/** Sheet numbers in both lists of ranges, ascending. */
export function sharedSheets(a: readonly SheetRange[], b: readonly SheetRange[]): number[] {
  const shared = new Set<number>();
  for (const x of a) {
    for (const y of b) {
      for (let n = Math.max(x.from, y.from); n <= Math.min(x.to, y.to); n++) shared.add(n);
    }
  }
  return [...shared].sort((p, q) => p - q);
}

/** Sheet numbers as short runs: `[34, 35, 36, 40]` → `34–36, 40`. */
export function formatSheetNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** Natural order of fond, opis and delo numbers as printed (`2` < `10` < `10а` < `Р-9401`). */
export function compareShelfmark(a: string, b: string): number {
  return a.localeCompare(b, 'ru', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface DeloNode {
  delo: string;
  /** In order of their first sheet (then by number); documents whose sheets cannot be read last. */
  documents: DocumentSummary[];
}
export interface OpisNode {
  opis: string;
  dela: DeloNode[];
  /** Documents whose legend names this opis but no delo. */
  loose: DocumentSummary[];
  count: number;
}
export interface FondNode {
  fond: string;
  opisi: OpisNode[];
  /** Documents whose legend names this fond but no opis. */
  loose: DocumentSummary[];
  count: number;
}
export interface ArchiveNode {
  archive: string;
  fonds: FondNode[];
  /** Documents whose legend names this archive but no fond. */
  loose: DocumentSummary[];
  count: number;
}

/** Documents of one delo in order of their first sheet; unreadable sheets last; ties by source and number. */
export function bySheet(documents: readonly DocumentSummary[]): DocumentSummary[] {
  const key = (d: DocumentSummary) => firstSheet(d.legend?.sheets ?? null) ?? Number.POSITIVE_INFINITY;
  return [...documents].sort(
    (a, b) => key(a) - key(b) || (a.source === b.source ? a.number - b.number : a.source < b.source ? -1 : 1),
  );
}

/** A level of the tree while it is built: documents that stop here, and the children by value. */
interface Level<T> {
  loose: DocumentSummary[];
  children: Map<string, T>;
}
const level = <T>(): Level<T> => ({ loose: [], children: new Map() });
function child<T>(parent: Level<T>, key: string, make: () => T): T {
  let node = parent.children.get(key);
  if (node === undefined) parent.children.set(key, (node = make()));
  return node;
}

/**
 * The archive tree of the documents. A document goes under its delo when its legend names the
 * archive, fond, opis and delo; a legend read only in part puts it at the deepest level it names
 * (`loose`); documents without a legend or an archive are `unplaced`.
 */
export function buildArchiveTree(documents: readonly DocumentSummary[]): { archives: ArchiveNode[]; unplaced: DocumentSummary[] } {
  type Opis = Level<DocumentSummary[]>;
  type Fond = Level<Opis>;
  type Archive = Level<Fond>;
  const root = level<Archive>();
  const unplaced: DocumentSummary[] = [];
  for (const doc of documents) {
    const l = doc.legend;
    if (!l?.archive) {
      unplaced.push(doc);
      continue;
    }
    const archive = child(root, l.archive, level<Fond>);
    if (!l.fond) {
      archive.loose.push(doc);
      continue;
    }
    const fond = child(archive, l.fond, level<Opis>);
    if (!l.opis) {
      fond.loose.push(doc);
      continue;
    }
    const opis = child(fond, l.opis, level<DocumentSummary[]>);
    if (!l.delo) {
      opis.loose.push(doc);
      continue;
    }
    child(opis, l.delo, () => [] as DocumentSummary[]).push(doc);
  }
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => compareShelfmark(a, b));
  const archives = sorted(root.children).map(([archive, a]): ArchiveNode => {
    const fonds = sorted(a.children).map(([fond, f]): FondNode => {
      const opisi = sorted(f.children).map(([opis, o]): OpisNode => {
        const dela = sorted(o.children).map(([delo, docs]): DeloNode => ({ delo, documents: bySheet(docs) }));
        const count = o.loose.length + dela.reduce((n, d) => n + d.documents.length, 0);
        return { opis, dela, loose: o.loose, count };
      });
      return { fond, opisi, loose: f.loose, count: f.loose.length + opisi.reduce((n, o) => n + o.count, 0) };
    });
    return { archive, fonds, loose: a.loose, count: a.loose.length + fonds.reduce((n, f) => n + f.count, 0) };
  });
  return { archives, unplaced };
}

/** Another document of the same delo that cites some of the same sheets. */
export interface SheetOverlap {
  other: DocumentSummary;
  sheets: number[];
}

/**
 * For each document of one delo (by id), the other documents that cite any of its sheets.
 * Documents whose sheets cannot be read are left out.
 */
export function sheetOverlaps(documents: readonly DocumentSummary[]): Map<string, SheetOverlap[]> {
  const parsed = documents.flatMap((doc) => {
    const ranges = doc.legend?.sheets ? parseSheets(doc.legend.sheets) : null;
    return ranges ? [{ doc, ranges }] : [];
  });
  const result = new Map<string, SheetOverlap[]>();
  for (const a of parsed) {
    for (const b of parsed) {
      if (a.doc.id === b.doc.id) continue;
      const sheets = sharedSheets(a.ranges, b.ranges);
      if (sheets.length > 0) result.set(a.doc.id, [...(result.get(a.doc.id) ?? []), { other: b.doc, sheets }]);
    }
  }
  return result;
}

/** `Ф. 17`, `Оп. 171`, `Д. 25` as the legends print them. */
export const shelfLabel = {
  fond: (fond: string): string => `Ф. ${fond}`,
  opis: (opis: string): string => `Оп. ${opis}`,
  delo: (delo: string): string => `Д. ${delo}`,
};

/** The sheets a delo's documents span, from the lowest first sheet to the highest last one (`5–226`). */
export function deloSpan(documents: readonly DocumentSummary[]): string | null {
  const ranges = documents.flatMap((d) => (d.legend?.sheets ? (parseSheets(d.legend.sheets) ?? []) : []));
  if (ranges.length === 0) return null;
  const from = Math.min(...ranges.map((r) => r.from));
  const to = Math.max(...ranges.map((r) => r.to));
  return from === to ? `${from}` : `${from}–${to}`;
}

/** Throws when two different values would get the same page (e.g. `Р-9401` and `р-9401`). */
export function assertUniquePaths(paths: readonly { path: string; value: string }[]): void {
  const seen = new Map<string, string>();
  for (const { path, value } of paths) {
    const other = seen.get(path);
    if (other !== undefined && other !== value) throw new Error(`«${other}» and «${value}» share the page ${path}`);
    seen.set(path, value);
  }
}
