/**
 * Links from the edition's texts to its own pages: an archive reference («РГАСПИ. Ф. 17. Оп. 171. Д. 26»,
 * «ф. 17, оп. 171, д. 26») to that delo's page when a document of the edition is filed there; a program
 * text named by its title in quotes («Манифест Рабочей группы», the brochure «Рабочая оппозиция») to the
 * document; a person named with initials («Г.И. Мясникова», «Троцкий Л.Д.») to the person's page when
 * exactly one person of the index fits. Nothing is guessed: a delo the edition lacks, a surname without
 * initials, initials that fit two persons or that the record does not have, give no link.
 *
 * Pure. The paths are root-relative (`urls`); `crossLinkSpans` passes them through `href` because a
 * body is rendered to HTML before a template could; a note's links are split by `textSegments` and
 * the template applies `href`.
 */
import { href } from '../ids/site-address.ts';
import { urls } from '../ids/urls.ts';
import { splitName, surnameForms } from '../lang/names.ts';
import { correctionRanges, type LinkSpan } from '../render/body.ts';
import type { Block, Document, DocumentSummary, Person } from '../../schemas/index.ts';

export type CrossLinkKind = 'archive' | 'document' | 'person';
export const CROSS_LINK_KINDS: readonly CrossLinkKind[] = ['archive', 'document', 'person'];

/** A stretch of a text (`[start, end)` in UTF-16 code units) that names a page of the edition. */
export interface CrossLink {
  start: number;
  end: number;
  kind: CrossLinkKind;
  /** The page's root-relative path (`/archive/rgaspi/17/171/26/`, `/documents/lk-004/`, `/persons/…/`). */
  path: string;
  /** What is linked: the delo (`РГАСПИ 17/171/26`), the document's or the person's id. */
  target: string;
}

/**
 * How a program text is named in the studies. `title` matches the words inside the quotes (in any
 * case form); `cue`, when set, must end the text before the opening quote, for a title that is also the
 * name of a group: «Рабочая оппозиция» is the brochure only «в брошюре …», else it is the group.
 */
interface ProgramTitle {
  id: string;
  title: RegExp;
  cue?: RegExp;
}
export const PROGRAM_TITLES: readonly ProgramTitle[] = [
  { id: 'lk-001', title: /^Тезис[а-я]* о текущем моменте$/u },
  { id: 'lk-002', title: /^Рабоч[а-я]+ оппозици[а-я]+$/u, cue: /брошюр[а-я]*\s+$/u },
  { id: 'lk-004', title: /^Манифест[а-я]* Рабочей [Гг]руппы(?: РКП(?:\s?\(б\))?| Российской Коммунистической Партии \(б\))?$/u },
  { id: 'lk-006', title: /^Очередн[а-я]+ обман[а-я]*$/u },
];

/** What the texts are matched against: the dela that hold documents, the program texts, the persons. */
export interface CrossLinkIndex {
  /** `fond|opis|delo` → the archives that have such a delo in the edition. */
  dela: Map<string, Set<string>>;
  /** Program texts present in the edition, with the source that prints them. */
  programs: (ProgramTitle & { source: string })[];
  /** Surname form → the persons (id, initial letters) it may name. */
  surnames: Map<string, { id: string; initials: string[] }[]>;
}

const deloKey = (fond: string, opis: string, delo: string) => `${fond}|${opis}|${delo}`;
const letters = (initials: string) => [...initials.matchAll(/\p{Lu}/gu)].map((m) => m[0]);

/** The index from the edition's documents and persons. */
export function crossLinkIndex(documents: readonly DocumentSummary[], persons: readonly Person[]): CrossLinkIndex {
  const dela = new Map<string, Set<string>>();
  for (const d of documents) {
    const l = d.legend;
    if (!l?.archive || !l.fond || !l.opis || !l.delo) continue;
    const key = deloKey(l.fond, l.opis, l.delo);
    dela.set(key, (dela.get(key) ?? new Set()).add(l.archive));
  }
  const sourceOf = new Map(documents.map((d) => [d.id, d.source]));
  const surnames = new Map<string, { id: string; initials: string[] }[]>();
  for (const p of persons) {
    if (p.kind !== 'person') continue;
    const { surname, initials } = splitName(p.name);
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname) || !initials) continue;
    for (const form of surnameForms(surname)) {
      surnames.set(form, [...(surnames.get(form) ?? []), { id: p.id, initials: letters(initials) }]);
    }
  }
  const programs = PROGRAM_TITLES.flatMap((t) => {
    const source = sourceOf.get(t.id);
    return source ? [{ ...t, source }] : [];
  });
  return { dela, programs, surnames };
}

/** «РГАСПИ. Ф. 17. Оп. 171. Д. 26», «ф. 17, оп. 171, д. 26»: the archive (optional), fond, opis, delo. */
const ARCHIVE_REF =
  /(?:(?<archive>РГАНИ|РГАСПИ|ГАРФ|РГВА|РГАЭ|АПРФ|АП РФ)[.,]?\s+)?(?<![\p{L}\d])[Фф]\.\s*(?<fond>[\dА-Яа-я-]+?)[.,]\s*[Оо]п\.\s*(?<opis>[\dА-Яа-я-]+?)[.,]\s*[Дд]\.\s*(?<delo>\d+[а-я]?)(?![\p{L}\d])/gu;
const QUOTED = /«(?<title>[^«»]{3,120})»/gu;
/** «Г.И. Мясникова», «Л. Д. Троцкого»: one or two initials, then a surname. */
const INITIALS_FIRST = /(?<![\p{L}.])(?<initials>(?:\p{Lu}\.\s?){1,2})(?<surname>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?!\p{L})/gu;
/** «Троцкий Л.Д.»: a surname, then one or two initials. */
const SURNAME_FIRST = /(?<!\p{L})(?<surname>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s(?<initials>\p{Lu}\.(?:\s?\p{Lu}\.)?)(?!\s?\p{Ll})/gu;

/** The one person whose initials begin with the printed ones; `null` when none or more than one fits. */
function person(index: CrossLinkIndex, surname: string, printed: string): string | null {
  const given = letters(printed);
  const fits = new Set(
    (index.surnames.get(surname) ?? []).filter((p) => given.length <= p.initials.length && given.every((l, i) => p.initials[i] === l)).map((p) => p.id),
  );
  return fits.size === 1 ? [...fits][0]! : null;
}

/**
 * The cross-links of one text, in order, none overlapping. `self` is the id of the page's own document,
 * never linked to itself; `kinds` limits what is looked for. A program text's title is read only in a
 * text of its own `source`: elsewhere the same words may name another text (the opposition's «Тезисы о
 * текущем моменте» seized in 1928, pt-136, are not the left communists' of 1918).
 */
export function findCrossLinks(
  text: string,
  index: CrossLinkIndex,
  options: { kinds?: readonly CrossLinkKind[]; self?: string; source?: string } = {},
): CrossLink[] {
  const kinds = new Set(options.kinds ?? CROSS_LINK_KINDS);
  const found: CrossLink[] = [];
  const add = (link: CrossLink) => {
    if (link.target === options.self) return;
    if (found.some((f) => f.start < link.end && link.start < f.end)) return;
    found.push(link);
  };
  if (kinds.has('archive')) {
    for (const m of text.matchAll(ARCHIVE_REF)) {
      const { archive, fond, opis, delo } = m.groups!;
      const held = index.dela.get(deloKey(fond!, opis!, delo!));
      // Without the archive's name the reference is read only when one archive of the edition has the delo.
      const where = archive ? (held?.has(archive) ? archive : null) : held?.size === 1 ? [...held][0]! : null;
      if (!where) continue;
      add({ start: m.index, end: m.index + m[0].length, kind: 'archive', path: urls.delo(where, fond!, opis!, delo!), target: `${where} ${fond}/${opis}/${delo}` });
    }
  }
  if (kinds.has('document')) {
    for (const m of text.matchAll(QUOTED)) {
      const title = m.groups!.title!;
      const program = index.programs.find(
        (p) => p.source === options.source && p.title.test(title) && (!p.cue || p.cue.test(text.slice(0, m.index))),
      );
      if (program) add({ start: m.index, end: m.index + m[0].length, kind: 'document', path: urls.document(program.id), target: program.id });
    }
  }
  if (kinds.has('person')) {
    for (const pattern of [INITIALS_FIRST, SURNAME_FIRST]) {
      for (const m of text.matchAll(pattern)) {
        const id = person(index, m.groups!.surname!, m.groups!.initials!);
        const end = m.index + m[0].trimEnd().length;
        if (id) add({ start: m.index, end, kind: 'person', path: urls.person(id), target: id });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The cross-links of a body as the renderer's spans, per block, with their hrefs under the base path.
 * A link never holds a note mark, never crosses a corrected reading (which is marked as the edition's
 * own) and never meets a link the page already makes (`taken`).
 */
export function crossLinkSpans(
  blocks: readonly Block[],
  index: CrossLinkIndex,
  options: {
    kinds?: readonly CrossLinkKind[];
    self?: string;
    source?: string;
    corrections?: Document['corrections'];
    taken?: readonly (readonly LinkSpan[])[];
  } = {},
): { spans: LinkSpan[][]; links: CrossLink[] } {
  const corrected = correctionRanges(blocks, options.corrections ?? []);
  const all: CrossLink[] = [];
  const spans = blocks.map((block, i) => {
    const blocked = [...(corrected[i] ?? []), ...(options.taken?.[i] ?? [])];
    const links = findCrossLinks(block.text, index, options).filter(
      (l) => !block.notes.some((n) => l.start < n.at && n.at < l.end) && !blocked.some((r) => l.start < r.end && r.start < l.end),
    );
    all.push(...links);
    return links.map((l, k) => ({ start: l.start, end: l.end, href: href(l.path), id: `xref-${i + 1}-${k + 1}`, className: `xref-${l.kind}` }));
  });
  return { spans, links: all };
}

/** A stretch of a note's text that links to a page: a `CrossLink` or any with its place, path and kind. */
type NoteLink = { start: number; end: number; path: string; kind: string };

/** A note's text cut at its links, for a template to render (with `href` on each `path`). */
export function textSegments(text: string, links: readonly NoteLink[]): { text: string; path: string | null; kind: string | null }[] {
  const out: { text: string; path: string | null; kind: string | null }[] = [];
  let at = 0;
  for (const l of links) {
    if (l.start > at) out.push({ text: text.slice(at, l.start), path: null, kind: null });
    out.push({ text: text.slice(l.start, l.end), path: l.path, kind: l.kind });
    at = l.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), path: null, kind: null });
  return out;
}
