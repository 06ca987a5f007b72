import type { BodyRename, Diagnostic, Person, PersonRef } from '../../schemas/index.ts';
import { personId } from '../ids/ids.ts';
import { nameOnDate, namePeriods } from './body-names.ts';
import { Diagnostics } from './diagnostics.ts';
import type { DraftDocument } from './draft.ts';

/**
 * Gives every party one id across the edition. A surname printed without initials joins the only
 * person with that surname and initials, if there is exactly one. Two different names whose ids are
 * the same (`Бельский` and `Белский` both give `belskiy`) would share one page and one record: that is
 * an error (`person-id-collision`) at the document where the second name appears, in its source file
 * (`files`: source id → file name), and the second name is filed under the first until the name
 * authority says which is meant. A body renamed within the edition's years (`renames`) is filed under its
 * latest name, and each document's reference names it as it was called on the document's date.
 */
export function indexPersons(
  drafts: DraftDocument[],
  authority: Map<string, string> = new Map(),
  files: ReadonlyMap<string, string> = new Map(),
  renames: readonly BodyRename[] = [],
): {
  refs: Map<DraftDocument, { authors: PersonRef[]; addressees: PersonRef[] }>;
  persons: Person[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const bySurname = new Map<string, Set<string>>();
  for (const d of drafts)
    for (const p of d.parties)
      if (p.kind === 'person' && p.name.includes(' ')) {
        const name = authority.get(p.name) ?? p.name;
        const surname = name.split(' ')[0]!;
        if (!bySurname.has(surname)) bySurname.set(surname, new Set());
        bySurname.get(surname)!.add(name);
      }
  const canonical = (raw: string, kind: string): string => {
    const name = authority.get(raw) ?? raw;
    if (kind !== 'person' || name.includes(' ')) return name;
    const full = bySurname.get(name);
    return full && full.size === 1 ? [...full][0]! : name;
  };

  const persons = new Map<string, Person & { formCounts: Map<string, number> }>();
  const refs = new Map<DraftDocument, { authors: PersonRef[]; addressees: PersonRef[] }>();
  /** `id\nname` of each collision already reported: once per name, not once per document. */
  const collided = new Set<string>();
  for (const d of drafts) {
    const entry = { authors: [] as PersonRef[], addressees: [] as PersonRef[] };
    for (const p of d.parties) {
      const name = canonical(p.name, p.kind);
      const id = personId(name);
      let person = persons.get(id);
      if (!person) {
        const names = p.kind === 'body' ? namePeriods(name, renames) : undefined;
        person = { id, name, kind: p.kind, ...(names ? { names } : {}), forms: [], authored: [], addressed: [], formCounts: new Map() };
        persons.set(id, person);
      } else if (person.name !== name && !collided.has(`${id}\n${name}`)) {
        collided.add(`${id}\n${name}`);
        const found = new Diagnostics(files.get(d.source) ?? d.source);
        found.report('person-id-collision', d.span.start, `"${name}" and "${person.name}" both give the id ${id}: one page cannot be both; name the person in content/person-names.json`, {
          document: d.id,
          data: { id, first: person.name, second: name },
        });
        diagnostics.push(...found.items);
      }
      person.formCounts.set(p.printed, (person.formCounts.get(p.printed) ?? 0) + 1);
      const list = p.role === 'author' ? person.authored : person.addressed;
      if (!list.includes(d.id)) list.push(d.id);
      (p.role === 'author' ? entry.authors : entry.addressees).push({ name: p.kind === 'body' ? nameOnDate(name, d.date.edtf, renames) : name, id, printed: p.printed });
    }
    refs.set(d, entry);
  }
  const list = [...persons.values()]
    .map(({ formCounts, ...p }) => ({
      ...p,
      forms: [...formCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ru')).map(([f]) => f),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  return { refs, persons: list, diagnostics };
}
