/**
 * Names of their time: a body renamed within the edition's years (the party's organs, `РКП(б)` →
 * `ВКП(б)`: the XIV congress adopted the new name with the new statute on its last day, 31 December
 * 1925 — Четырнадцатый съезд ВКП(б): Стенографический отчёт, 1926, pp. 887–890) keeps one id and one
 * page, under its latest name, and each document
 * shows the name the body bore on the document's date. The renamings are editorial decisions with their
 * evidence, kept in `content/body-names.json` (`BodyRenameSchema`), not in code.
 */
import type { BodyRename, NamePeriod } from '../../schemas/index.ts';
import { dateSpan } from '../edtf/edtf.ts';

/** The day before an EDTF day (`1925-12-31` → `1925-12-30`). */
function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The renamings that apply to a name, the latest first (a chain is undone from its end). */
const applying = (name: string, renames: readonly BodyRename[]): BodyRename[] =>
  renames.filter((r) => name.includes(r.later)).sort((a, b) => (a.from < b.from ? 1 : -1));

/**
 * The name a body bore on a document's date. A date whose last possible day falls before a renaming
 * gets the earlier name; an undated document, and a date that may fall on either side, keep the latest
 * name (the one the body's page is filed under), since nothing shows that the earlier one is meant.
 */
export function nameOnDate(name: string, edtf: string | null, renames: readonly BodyRename[]): string {
  const span = dateSpan(edtf);
  if (!span) return name;
  let current = name;
  for (const r of applying(name, renames)) if (span.to < r.from && current.includes(r.later)) current = current.replace(r.later, r.earlier);
  return current;
}

/** A body's names by period, earliest first; `undefined` when it was not renamed. */
export function namePeriods(name: string, renames: readonly BodyRename[]): NamePeriod[] | undefined {
  const chain = applying(name, renames);
  if (chain.length === 0) return undefined;
  const periods: NamePeriod[] = [];
  let current = name;
  let to: string | null = null;
  for (const r of chain) {
    periods.unshift({ name: current, from: r.from, to, reason: r.reason });
    current = current.replace(r.later, r.earlier);
    to = dayBefore(r.from);
  }
  periods.unshift({ name: current, from: null, to, reason: chain.at(-1)!.reason });
  return periods;
}
