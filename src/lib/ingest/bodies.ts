/**
 * Institutions that appear as authors or addressees in the titles, with every printed case form
 * and the one name the edition gives each (party organs under their 1925–1952 name, ВКП(б); a document
 * shows the name of its date, `РКП(б)` before 31 December 1925: `content/body-names.json`, `body-names.ts`).
 * Order matters: longer names first, so `Секретариат ЦКК` is not read as `Секретариат ЦК`.
 */
export interface BodyPattern {
  pattern: RegExp;
  name: string | ((match: RegExpMatchArray) => string);
}

const PARTY = String.raw`(?:\s*(?:[РВ]КП\s?\(\s?б\s?\)|Р\.?К\.?П\.?|ВКП))?`;
/** `ЦК` but not the start of `ЦКК`. */
const CK = String.raw`ЦК(?!К)`;
const body = (source: string, name: BodyPattern['name']): BodyPattern => ({ pattern: new RegExp(source, 'u'), name });

export const BODIES: BodyPattern[] = [
  body(String.raw`[Пп]ленум(?:а|у|ов|ам)? ${CK} и ЦКК${PARTY}`, 'Объединённый пленум ЦК и ЦКК ВКП(б)'),
  body(String.raw`(?:объединенного |объединённого )?[Пп]ленума? [Пп]олитбюро ${CK} и ЦКК${PARTY}`, 'Объединённый пленум ЦК и ЦКК ВКП(б)'),
  body(String.raw`[Пп]резидиум(?:а|у|ом)? ЦКК${PARTY}`, 'Президиум ЦКК ВКП(б)'),
  body(String.raw`[Сс]екретариат(?:а|у)? ЦКК${PARTY}`, 'Секретариат ЦКК ВКП(б)'),
  body(String.raw`[Пп]олитбюро(?: ${CK}${PARTY})?`, 'Политбюро ЦК ВКП(б)'),
  body(String.raw`[Оо]ргбюро(?: ${CK}${PARTY})?`, 'Оргбюро ЦК ВКП(б)'),
  body(String.raw`[Бб]юро [Сс]екретариата ${CK}${PARTY}`, 'Секретариат ЦК ВКП(б)'),
  body(String.raw`[Сс]екретариат(?:а|у)?(?: ${CK}${PARTY})?`, 'Секретариат ЦК ВКП(б)'),
  body(String.raw`[Сс]екретн(?:ый|ого|ому) [Оо]тдел(?:а|у|ом)? ${CK}${PARTY}`, 'Секретный отдел ЦК ВКП(б)'),
  body(String.raw`[Бб]юро делегации ВКП\s?\(б\) в Коминтерне`, 'Делегация ВКП(б) в Коминтерне'),
  body(String.raw`[Бб]юро МК${PARTY}`, 'Бюро МК ВКП(б)'),
  body(String.raw`[Бб]юро (\p{Lu}[\p{L}-]+(?:ого|его)? )?(\p{Lu}?[\p{Ll}]*(?:[Гг]убкома|[Кк]райкома|[Оо]бкома|[Гг]оркома))${PARTY}`, (m) =>
    `Бюро ${m[1] ?? ''}${m[2]!.replace(/^(Губ|Край|Об|Гор)кома$/u, (w) => w.toLowerCase())} ВКП(б)`),
  body(String.raw`[Пп]ленум(?:а|у)? ${CK}${PARTY}`, 'Пленум ЦК ВКП(б)'),
  body(String.raw`[Цц]ентральн(?:ый|ого|ому) [Кк]омитет(?:а|у)? Российской коммунистической партии\s?\(б(?:ольшевиков)?\)`, 'ЦК ВКП(б)'),
  body(String.raw`${CK} ВЛКСМ`, 'ЦК ВЛКСМ'),
  body(String.raw`ЦКК${PARTY}`, 'ЦКК ВКП(б)'),
  body(String.raw`${CK}${PARTY}`, 'ЦК ВКП(б)'),
  body(String.raw`(?:ИККИ|[Ии]сполком(?:а|у)? Коминтерна)`, 'Исполком Коминтерна'),
  body(String.raw`ЦИК(?: СССР| Союза ССР)?`, 'ЦИК СССР'),
  body(String.raw`НКИД(?: СССР)?`, 'НКИД СССР'),
  body(String.raw`[Рр]едакци(?:я|ю|и) газеты «([^»]+)»`, (m) => `Редакция газеты «${m[1]}»`),
  body(String.raw`[Сс]екретар(?:ю|я|ь) (\p{Lu}[\p{Ll}-]+(?:ого|его) )?(\p{Lu}?\p{Ll}*(?:[Гг]убкома|[Кк]райкома|[Оо]бкома|[Гг]оркома))${PARTY}`, (m) =>
    `Секретарь ${m[1] ?? ''}${m[2]!.replace(/^(?:Губ|Край|Об|Гор)кома$/u, (w) => w.toLowerCase())} ВКП(б)`),
  body(String.raw`[Яя]чейк(?:е|и|а) ([^,]+?)(?= от | о | об |$)`, (m) => `Ячейка ${m[1]!.trim()}`),
  body(String.raw`[Оо]рганизаци(?:ям|и|й) ВКП\s?\(б\)`, 'Организации ВКП(б)'),
  body(String.raw`[Рр]уководств(?:о|а|у) ВКП\s?\(б\)`, 'Руководство ВКП(б)'),
  // A department of the OGPU of a military district (`Особого отдела ОГПУ УВО`), not the OGPU itself.
  body(String.raw`[Оо]соб(?:ый|ого|ому|ым) [Оо]тдел(?:а|у|ом)? ОГПУ(?: ([А-ЯЁ]{2,4}))?`, (m) => `Особый отдел ОГПУ${m[1] ? ` ${m[1]}` : ''}`),
  body(String.raw`О?ГПУ`, 'ОГПУ'),
];

export function bodyName(pattern: BodyPattern, match: RegExpMatchArray): string {
  return typeof pattern.name === 'string' ? pattern.name : pattern.name(match);
}
