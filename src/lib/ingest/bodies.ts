/**
 * Institutions that appear as authors or addressees in the titles, with every printed case form
 * and the one name the edition gives each (party organs under their 1925–1952 name, ВКП(б)).
 */
export interface BodyPattern {
  pattern: RegExp;
  name: string;
}

const PARTY = String.raw`(?:\s*(?:[РВ]КП\s?\(б\)|Р\.?К\.?П\.?|ВКП))?`;

export const BODIES: BodyPattern[] = [
  { pattern: new RegExp(String.raw`[Пп]ленум(?:а|у|ов|ам)? ЦК и ЦКК${PARTY}`, 'u'), name: 'Объединённый пленум ЦК и ЦКК ВКП(б)' },
  { pattern: new RegExp(String.raw`[Пп]резидиум(?:а|у|ом)? ЦКК${PARTY}`, 'u'), name: 'Президиум ЦКК ВКП(б)' },
  { pattern: new RegExp(String.raw`[Пп]олитбюро(?: ЦК${PARTY})?`, 'u'), name: 'Политбюро ЦК ВКП(б)' },
  { pattern: new RegExp(String.raw`[Оо]ргбюро(?: ЦК${PARTY})?`, 'u'), name: 'Оргбюро ЦК ВКП(б)' },
  { pattern: new RegExp(String.raw`[Бб]юро [Сс]екретариата ЦК${PARTY}`, 'u'), name: 'Секретариат ЦК ВКП(б)' },
  { pattern: new RegExp(String.raw`[Сс]екретариат(?:а|у)?(?: ЦК${PARTY})?`, 'u'), name: 'Секретариат ЦК ВКП(б)' },
  { pattern: new RegExp(String.raw`[Пп]ленум(?:а|у)? ЦК${PARTY}`, 'u'), name: 'Пленум ЦК ВКП(б)' },
  { pattern: /[Цц]ентральн(?:ый|ого|ому) [Кк]омитет(?:а|у)? Российской коммунистической партии\s?\(б(?:ольшевиков)?\)/u, name: 'ЦК ВКП(б)' },
  { pattern: new RegExp(String.raw`ЦКК${PARTY}`, 'u'), name: 'ЦКК ВКП(б)' },
  { pattern: new RegExp(String.raw`ЦК${PARTY}`, 'u'), name: 'ЦК ВКП(б)' },
  { pattern: /(?:ИККИ|Исполком(?:а|у)? Коминтерна)/u, name: 'Исполком Коминтерна' },
  { pattern: /О?ГПУ/u, name: 'ОГПУ' },
];
