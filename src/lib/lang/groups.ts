/**
 * Groups of people named in a title by a plural noun phrase in the genitive (`немецких коммунистов`,
 * `оппозиционеров`, `информационных агентств`): the nominative plural the edition files them under.
 */

/** `немецких` → `немецкие`, `информационных` → `информационные`. */
const adjective = (word: string): string => word.replace(/ых$/u, 'ые').replace(/их$/u, 'ие');

/** `коммунистов` → `коммунисты`, `большевиков` → `большевики`, `агентств` → `агентства`, `рабочих` → `рабочие`. */
function noun(word: string): string {
  if (/ств$/u.test(word)) return `${word}а`;
  if (/[кгхжшчщ](?:ов|ев)$/u.test(word)) return `${word.slice(0, -2)}и`;
  if (/(?:ов|ев)$/u.test(word)) return `${word.slice(0, -2)}ы`;
  return adjective(word);
}

/** A genitive plural phrase, words in order, as the nominative plural: `немецких коммунистов` → `Немецкие коммунисты`. */
export function groupToNominative(phrase: string): string {
  const words = phrase.trim().split(/\s+/u);
  const nominative = words.map((w, i) => (i === words.length - 1 ? noun(w) : adjective(w))).join(' ');
  return nominative.charAt(0).toLocaleUpperCase('ru') + nominative.slice(1);
}

/** A word that ends like a genitive plural of a noun (`коммунистов`, `агентств`) — not proof, a filter. */
export const GENITIVE_PLURAL_NOUN = String.raw`\p{Ll}{3,}(?:ов|ев|ств)`;
/** A word that ends like a genitive plural of an adjective (`немецких`, `информационных`). */
export const GENITIVE_PLURAL_ADJECTIVE = String.raw`\p{Ll}{2,}(?:ых|их)`;
