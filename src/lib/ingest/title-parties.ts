/**
 * Parties a title names without a person's initials or a known body's name: a group of people in the
 * genitive plural (`Письмо немецких коммунистов …`, `… от оппозиционеров`), a cover name in quotes
 * (`Расшифрованное письмо «Абрама» …`), a newspaper an interview or a telegram went to (`Интервью …
 * Турецкой газете «Джумхуриет»`), and an abbreviation of a body the edition does not know (`ЦК и ЦРК`),
 * which is kept as printed rather than read as a body it resembles.
 */
import { GENITIVE_PLURAL_ADJECTIVE, GENITIVE_PLURAL_NOUN, groupToNominative } from '../lang/groups.ts';
import { surnameToNominative, type NameCase } from '../lang/names.ts';
import type { PartyKind } from '../../schemas/index.ts';

/** A party found in the title's zone of parties, with where it stands and the case it is printed in. */
export interface Span {
  start: number;
  end: number;
  mention: { name: string; printed: string; kind: PartyKind; nameCase: NameCase | 'ambiguous'; unknown?: true };
}

const span = (start: number, printed: string, name: string, kind: PartyKind, nameCase: Span['mention']['nameCase']): Span => ({
  start,
  end: start + printed.length,
  mention: { name, printed, kind, nameCase },
});

/** Nouns in the genitive plural that name members of a body (`членов Политбюро`), not a group of their own. */
const NOT_GROUPS = /^(?:членов|кандидатов|товарищей|материалов|документов)$/u;

/**
 * A group right after the genre or after `от` (`Письмо оппозиционеров`, `Телеграмма … от оппозиционеров`),
 * followed by the end of the parties, a preposition or an addressee's initials.
 */
function groups(zone: string, genreEnd: number): Span[] {
  const re = new RegExp(
    String.raw`((?:${GENITIVE_PLURAL_ADJECTIVE}\s+){0,2}(${GENITIVE_PLURAL_NOUN}))(?=\s*$|\s+(?:от|о|об|с|в|к|и)\s|\s+\p{Lu}\.)`,
    'gu',
  );
  const found: Span[] = [];
  for (const m of zone.matchAll(re)) {
    const before = zone.slice(0, m.index);
    const afterGenre = m.index >= genreEnd && /^\s*$/u.test(zone.slice(genreEnd, m.index));
    if (!afterGenre && !/(?:^|\s)от\s+$/u.test(before)) continue;
    if (NOT_GROUPS.test(m[2]!)) continue;
    found.push(span(m.index, m[1]!, groupToNominative(m[1]!), 'group', 'gen'));
  }
  return found;
}

/** A cover name in quotes right after the genre: `Расшифрованное письмо «Абрама»` → `«Абрам»`. */
function coverName(zone: string, genreEnd: number): Span[] {
  const m = /^\s*«(\p{Lu}\p{Ll}+)»/u.exec(zone.slice(genreEnd));
  if (!m) return [];
  const printed = `«${m[1]}»`;
  return [span(genreEnd + m[0].length - printed.length, printed, `«${surnameToNominative(m[1]!, 'gen')}»`, 'person', 'gen')];
}

/** Genres whose `в «…»` names where the message went (`Телеграммы П. Шеффера в «Берлингер Тагеслатт»`), not where it was printed. */
const SENT_TO = new Set(['телеграмма', 'телеграммы', 'шифртелеграмма', 'письмо', 'письма']);

/** `Рейнско-Вестфальской` → `Рейнско-Вестфальская`. */
const adjectiveNominative = (word: string): string => word.replace(/ой$/u, 'ая').replace(/ей$/u, 'яя');

/**
 * Newspapers in the dative (an interview given to them) or, after a message's genre, in `в «…»`; `в газете
 * «…»` is where a text was printed (`Публикация … в газете «Фольксвилле»`), not whom it went to.
 */
function newspapers(zone: string, genre: string | null): Span[] {
  const found: Span[] = [];
  for (const m of zone.matchAll(/(?<!(?:^|\s)в\s+)(?:\p{Lu}\p{Ll}+ой\s+)?газете\s+«([^»]+)»/gu)) found.push(span(m.index, m[0], `Газета «${m[1]}»`, 'body', 'dat'));
  for (const m of zone.matchAll(/«([\p{Lu}][\p{L}-]*ой)\s+газете»/gu)) found.push(span(m.index, m[0], `«${adjectiveNominative(m[1]!)} газета»`, 'body', 'dat'));
  if (genre && SENT_TO.has(genre))
    for (const m of zone.matchAll(/(?<=\sв\s+)«([^»]+)»/gu)) found.push(span(m.index, m[0], `Газета «${m[1]}»`, 'body', 'dat'));
  return found;
}

/** Roman numerals typed with Cyrillic look-alikes (`ХV`, `УП`) are not abbreviations. */
const ROMAN = /^[ХУПШІ]+$/u;
const PARTY_SUFFIX = String.raw`(?:\s?[РВ]КП\s?\(\s?б\s?\))?`;

/**
 * An abbreviation of capitals (`ЦРК`) that is no known body, standing alone among the parties: kept as
 * printed (with the party's name if printed), so the Central Audit Commission is not read as the ЦК.
 * One that touches a known body (`ОГПУ УВО`) belongs to that body's name and is left to it.
 */
function unknownAbbreviations(zone: string, known: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const m of zone.matchAll(new RegExp(String.raw`(?<![\p{L}\d])[А-ЯЁ]{2,6}${PARTY_SUFFIX}(?![\p{L}])`, 'gu'))) {
    const start = m.index;
    const end = start + m[0].length;
    const abbreviation = /^[А-ЯЁ]+/u.exec(m[0])![0];
    // `ВКП(б)` alone is the party's name left over from a misprinted body (`Политбюро К ВКП(б)`), not a party.
    if (ROMAN.test(abbreviation) || /^[РВ]КП$/u.test(abbreviation) || known.some((s) => start < s.end && end > s.start)) continue;
    if (known.some((s) => /^\s+$/u.test(zone.slice(s.end, start)) || /^\s+$/u.test(zone.slice(end, s.start)))) continue;
    const unknown = span(start, m[0], m[0].replace(/\s+/gu, ' ').replace(/\s?\(\s?б\s?\)/u, '(б)'), 'body', 'ambiguous');
    found.push({ ...unknown, mention: { ...unknown.mention, unknown: true } });
  }
  return found;
}

/** The parties of these kinds in a title's zone of parties that no other span covers. */
export function otherParties(zone: string, genreEnd: number, genre: string | null, known: readonly Span[]): Span[] {
  const added: Span[] = [];
  const free = (s: Span) => ![...known, ...added].some((k) => s.start < k.end && s.end > k.start);
  for (const s of [...coverName(zone, genreEnd), ...newspapers(zone, genre), ...groups(zone, genreEnd)]) if (free(s)) added.push(s);
  for (const s of unknownAbbreviations(zone, [...known, ...added])) if (free(s)) added.push(s);
  return added;
}
