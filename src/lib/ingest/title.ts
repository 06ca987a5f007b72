import { BODIES, bodyName } from './bodies.ts';
import { parseDate, type ParsedDate } from './dates.ts';
import { guessCase, personName, surnameToNominative } from '../lang/names.ts';
import type { PartyKind } from '../../schemas/index.ts';
import { otherParties, type Span } from './title-parties.ts';

/** A party of a document as found in its title, before ids are given. */
export interface PartyMention {
  name: string;
  printed: string;
  kind: PartyKind;
  role: 'author' | 'addressee';
  /** An abbreviation of no body the edition knows (`ЦРК`), kept as printed and reported (`body-unknown`). */
  unknown?: true;
}

export interface ParsedTitle {
  genre: string | null;
  /** Where the document was sent from, when the title says (`Шифровка из Одессы` → `Одесса`). */
  place: string | null;
  parties: PartyMention[];
  date: ParsedDate | null;
  undated: boolean;
}

/** Genres in the order they are tried: longer phrases first. */
const GENRES = [
  'выписка из протокола', 'выписка из закрытого заседания', 'выписка из заседания', 'переписка', 'донесение', 'проект постановления', 'предварительный проект', 'докладная записка',
  'информационное сообщение', 'специальное сообщение', 'спецсообщение', 'сообщения', 'сообщение',
  'записка', 'письмо', 'письма', 'телеграмма', 'телеграммы', 'шифртелеграмма', 'шифровка', 'заявление',
  'постановление', 'протокол', 'резолюция', 'публикация', 'интервью', 'статья', 'черновик статьи',
  'речь', 'список', 'сводка', 'справка', 'обращение', 'доклад', 'меморандум', 'директива', 'приказ',
  'показания', 'протест', 'декларация', 'стенограмма', 'тезисы', 'обзор', 'записи', 'запись', 'ответ',
  'расшифрованное письмо', 'расшифованное письмо', 'циркуляр', 'распоряжение', 'отчёт', 'отчет',
];

const INITIALS = String.raw`(?:[А-ЯЁ]\.\s?){1,2}`;
const SURNAME = String.raw`[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?`;
const PERSON = new RegExp(String.raw`(${INITIALS})\s?(${SURNAME})`, 'gu');
/** Where the parties end and the date or the subject begins. */
const PARTIES_END = /\s(?:от\s(?=\d|[а-я]+\s\d|\[)|\(?без даты|о\s|об\s|по\s|на (?!имя)|в связи\s|в отношении\s|с\s|«(?=О\s|Об\s))/u;
const TO_MARKERS = /(?:^|\s)(?:в|во|к|на имя|членам|членам и кандидатам|копи[яию]|адресатам)\s*(?:[а-яё]+\s){0,3}$/u;

/** Reads genre, parties and date from an editorial title (lines already joined). */
export function parseTitle(title: string): ParsedTitle {
  const lower = title.toLowerCase();
  const genre = GENRES.find((g) => lower.startsWith(g)) ?? null;
  const endMatch = PARTIES_END.exec(title.slice(genre?.length ?? 0));
  const partiesEnd = endMatch ? endMatch.index + (genre?.length ?? 0) : title.length;
  const undated = /без\s+даты/iu.test(title);
  const dateZone = title.slice(partiesEnd);
  const date = undated ? null : (publishedLater(title, genre) ?? parseDate(/^\s*от\s/u.test(dateZone) ? dateZone : title));
  // Parties may also follow the date: `Письмо Л. Д. Троцкого от 14 ноября 1923 г. в бюро секретариата ЦК`.
  let zone = title.slice(0, partiesEnd);
  const dateMatch = /^\s*от\s/u.test(dateZone) && date ? /^(\s*от\s[^]*?)(?:\s*г(?:г)?\.)+/u.exec(dateZone) : null;
  if (dateMatch && dateZone.includes(date!.text)) {
    const after = dateZone.slice(dateZone.indexOf(date!.text) + date!.text.length).replace(/^\s*(?:г\.\s*)+/u, ' ');
    const subject = /\s(?:о|об|по|в связи|с)\s|«/u.exec(after);
    const tail = subject && subject.index === 0 && !/^\s(?:в|во)\s/u.test(after) ? '' : after.slice(0, subject?.index ?? after.length);
    zone = `${zone} ${tail}`;
  }
  // After genres of collected material (`Обзор …`, `Сводка …`, `Список …`) a genitive names the material, not an author.
  const parties = !genre && /^Об?\s/u.test(title) ? subjectParties(zone) : findParties(zone, genre !== null && OBJECT_GENRES.has(genre), genre?.length ?? 0, genre);
  return { genre: genre ? capitaliseGenre(genre) : null, place: genre ? placeAfterGenre(title.slice(genre.length)) : null, parties, date, undated };
}

/**
 * A draft (`Черновик статьи …`, `Проект …`) whose title dates only the publication of the finished text
 * (`… опубликованной в газете «Правда» 2 ноября 1924 г.`) was written before that day: `../1924-11-02`,
 * with the reason kept in `basis`. A title that also dates the draft itself is read as usual.
 */
function publishedLater(title: string, genre: string | null): ParsedDate | null {
  if (!genre || !/^(?:черновик|проект|предварительный проект)/u.test(genre)) return null;
  const m = /опубликованн\p{Ll}*\s+(?:в\s+\p{Ll}+\s+)?(?:«[^»]*»\s*)?/u.exec(title);
  if (!m || parseDate(title.slice(0, m.index).replace(/«[^»]*»/gu, ''))) return null;
  const published = parseDate(title.slice(m.index + m[0].length));
  return published && !published.edtf.includes('/') ? { edtf: `../${published.edtf}`, text: published.text, basis: 'publication' } : null;
}

/** Genres as the edition names them: singular, one name for one kind (the printed word stays in the title). */
const GENRE_NAMES: Record<string, string> = {
  'расшифованное письмо': 'расшифрованное письмо',
  'письма': 'письмо',
  'телеграммы': 'телеграмма',
  'сообщения': 'сообщение',
  'выписка из заседания': 'выписка из протокола',
  'выписка из закрытого заседания': 'выписка из протокола',
  'предварительный проект': 'проект постановления',
};

function capitaliseGenre(g: string): string {
  return GENRE_NAMES[g] ?? g;
}

const OBJECT_GENRES = new Set(['обзор', 'сводка', 'список']);

/**
 * A title that opens with its subject names the parties of the document when a person sends their own
 * text (`О направлении статьи Л. Д. Троцкого «…» в секретариат ЦК` — sent by his secretary on his
 * behalf): the person in the genitive is the author, `в …` the addressee. Where no person is named
 * (`О направлении заявлений оппозиционеров в Президиум ИККИ …`, a covering letter that forwards
 * others' statements to the Politburo) the parties named are those of the enclosures, and none is taken.
 */
function subjectParties(zone: string): PartyMention[] {
  if (!/^Об?\s+направлении\s/u.test(zone)) return [];
  const parties = findParties(zone.replace(/«[^»]*»/gu, (q) => ' '.repeat(q.length)));
  return parties.some((p) => p.kind === 'person' && p.role === 'author') ? parties : [];
}

/** A capitalised word with a clear case ending, standing for a person named without initials. */
const BARE_SURNAME = /^[\s,]*(?:и\s+)?(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?=[\s,]|$)/u;

function findParties(zone: string, objectGenre = false, genreEnd = 0, genre: string | null = null): PartyMention[] {
  const spans: Span[] = [];
  for (const m of zone.matchAll(PERSON)) {
    const surname = m[2]!;
    const nameCase = guessCase(surname);
    const nominative = surnameToNominative(surname, nameCase === 'ambiguous' ? 'gen' : nameCase);
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      mention: { name: personName(nominative, m[1]!), printed: m[0].replace(/\s+/g, ' ').trim(), kind: 'person', nameCase },
    });
  }
  for (const body of BODIES) {
    const re = new RegExp(body.pattern.source, 'gu');
    for (const m of zone.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, mention: { name: bodyName(body, m), printed: m[0].trim(), kind: 'body', nameCase: 'ambiguous' } });
    }
  }
  spans.push(...otherParties(zone, genreEnd, genre, spans));
  spans.sort((a, b) => a.start - b.start);
  addBareSurnames(zone, spans);
  const parties: PartyMention[] = [];
  let seenAddressee = false;
  for (const span of spans) {
    const before = zone.slice(0, span.start);
    const { nameCase, ...mention } = span.mention;
    // A body right before a person names that person's office (`зав. Секретным Отделом ЦК ВЛКСМ Кучерова`).
    const next = spans[spans.indexOf(span) + 1];
    if (mention.kind === 'body' && next?.mention.kind === 'person' && /^\s*$/u.test(zone.slice(span.end, next.start)) && !TO_MARKERS.test(before)) continue;
    let role: PartyMention['role'];
    const previous = parties.at(-1);
    const joined = previous !== undefined && spans.indexOf(span) > 0 && /^\s*(?:,|и)\s*$/u.test(zone.slice(spans[spans.indexOf(span) - 1]!.end, span.start));
    // `Н. К. Крупской и М. И. Ульяновой`: a name of unclear case joined to the previous one shares its role.
    if (objectGenre && nameCase !== 'dat' && !TO_MARKERS.test(before)) continue;
    if (joined && nameCase !== 'dat' && nameCase !== 'gen') role = previous!.role;
    else if (TO_MARKERS.test(before)) role = 'addressee';
    else if (nameCase === 'dat') role = 'addressee';
    else if (nameCase === 'gen') role = seenAddressee && /на имя\s*$/u.test(before) ? 'addressee' : 'author';
    else role = parties.some((p) => p.role === 'author') || seenAddressee ? 'addressee' : 'author';
    // A body right after a person who is an author names that person's office (председателя ГПУ Ф. Э. Дзержинского).
    if (mention.kind === 'body' && /(?:председател[ья]|секретар[ья]|член[а]?|зам\.?|заместител[ья]|начальник[а]?)\s*$/u.test(before)) continue;
    if (role === 'addressee') seenAddressee = true;
    if (parties.some((p) => p.name === mention.name && p.role === role)) continue;
    parties.push({ ...mention, role });
  }
  return parties;
}

/**
 * A surname printed without initials counts as a party where a party is expected: right after the
 * genre (`Письмо Шеффера`) or right after another party (`Я. С. Агранова Сталину`). Its case must be clear.
 */
function addBareSurnames(zone: string, spans: Span[]): void {
  const anchors = [{ end: /^\S+(?:\s+из протокола)?/u.exec(zone)?.[0].length ?? 0 }, ...spans];
  for (const anchor of anchors) {
    const m = BARE_SURNAME.exec(zone.slice(anchor.end));
    if (!m) continue;
    const word = m[1]!;
    const start = anchor.end + m[0].length - word.length;
    if (spans.some((s) => start < s.end && start + word.length > s.start)) continue;
    const nameCase = guessCase(word);
    const nextWord = /^\s+(\p{Ll}+)/u.exec(zone.slice(start + word.length))?.[1];
    // `Особого отдела`: an adjective before a noun, not a surname.
    if (/(?:ого|ому|ой|ых)$/u.test(word) && nextWord && !/^(?:от|о|об|в|к|с|по|и|на|без)$/u.test(nextWord)) continue;
    if (nameCase === 'ambiguous' || /^(?:Председател|Секретар|Член|Тов|Товарищ)/u.test(word)) continue;
    spans.push({
      start,
      end: start + word.length,
      mention: { name: surnameToNominative(word, nameCase), printed: word, kind: 'person', nameCase },
    });
  }
  spans.sort((a, b) => a.start - b.start);
}

/** `из Ростова на Дону` right after the genre: the place of sending, in the nominative. */
function placeAfterGenre(rest: string): string | null {
  const m = /^\s+из\s+(\p{Lu}[\p{Ll}-]+(?:\s+(?:на\s+)?\p{Lu}[\p{Ll}-]+)*)/u.exec(rest);
  if (!m || BODIES.some((b) => b.pattern.test(m[1]!))) return null;
  const words = m[1]!.split(/\s+/);
  const nominative = words.map((w, i) => (w === 'на' || words[i - 1] === 'на' ? w : surnameToNominative(w, 'gen')));
  return nominative.join(' ').replace(/ на /gu, '-на-');
}
