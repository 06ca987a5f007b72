/**
 * Bibliographic references in Russian, as footnotes are written under ГОСТ Р 7.0.5-2008 with the
 * description rules of ГОСТ Р 7.0.100-2018, for the three objects a reader cites:
 *
 * - the archival original (§11 of 7.0.5: heading and title, then `//` and the search data —
 *   archive, fond, opis, delo, sheets, «все элементы поисковых данных разделяют точками» — then the
 *   notes of §11.10 on authenticity and reproduction, then where it was published: «Опубл.: …»);
 * - the printed publication (a part of a collection: `Заглавие // Сборник : сведения / сост. …
 *   Место : Издательство, год. Док. № N. С. N–N.`);
 * - the web page (7.0.100: no «[Электронный ресурс]»; `URL: … (дата обращения: ДД.ММ.ГГГГ)`).
 *
 * The short forms 7.0.5 allows in footnotes are used: areas separated by a full stop instead of
 * «. –», the standard abbreviations (сост., Док., С., Л.). A no-break space joins an abbreviation to
 * its number (`Ф. 3`, `С. 16–17`), so a reference never breaks there. Pure functions; the page
 * renders them, and the access date is filled in by the reader's browser (see {@link ACCESS_DATE_PLACEHOLDER}).
 */
import { EDITION } from '../site/identity.ts';
import { capitalise } from '../lang/capitalise.ts';
import { splitName } from '../lang/names.ts';
import { archiveLocation, type CitationRecord, type PrintedItem } from './citation-record.ts';
import { pad2 } from '../edtf/calendar.ts';
import { sentence } from '../render/format.ts';

const NB = '\u00a0';

/** What stands for the access date until the reader's date is filled in: `(дата обращения: ДД.ММ.ГГГГ)`. */
export const ACCESS_DATE_PLACEHOLDER = 'ДД.ММ.ГГГГ';

/** A date as the access date of 7.0.100 writes it: `21.11.2026`. */
export function accessDate(date: { year: number; month: number; day: number }): string {
  return `${pad2(date.day)}.${pad2(date.month)}.${date.year}`;
}

/** Ends a part with a full stop unless it already ends with one (or another closing mark). */
const period = sentence;

/** `О. Б. Мозохин`: initials before the surname, as 7.0.100 writes the statement of responsibility. */
function initialsFirst(name: string): string {
  const { surname, initials } = splitName(name);
  return initials ? `${initials.replace(/ /g, NB)}${NB}${surname}` : surname;
}

/** The search data of an archival original: `РГАНИ. Ф. 3. Оп. 62. Д. 182. Л. 50–53`. */
export function searchData(original: NonNullable<CitationRecord['original']>): string {
  const location = archiveLocation(original, NB);
  return location ? `${original.archive}. ${location}` : original.archive;
}

/**
 * The title of a collection as 7.0.100 punctuates it: the title proper, then « : » and the other
 * title information with a lower-case initial (`Политбюро и Лев Троцкий. 1923–1940 гг. : сборник
 * документов. …`), from the sidecar's title, which joins them with a bare colon.
 */
function collectionTitle(title: string): string {
  const at = title.indexOf(':');
  if (at < 0) return title;
  const rest = title.slice(at + 1).trim();
  return `${title.slice(0, at).trim()} : ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/** `сост.`, `под ред.`: how the responsibility of the source's `authors` is introduced. */
const ROLE_WORDS = { compiler: 'сост.', editor: 'под ред.' } as const;

/**
 * The printed collection or periodical as an identifying part after `//`, without a final stop:
 * `Политбюро и Лев Троцкий. 1923–1940 гг. : сборник документов. В 2 кн. Кн. 1 (документы 1923–1932) /
 * сост. О. Б. Мозохин. [Б. м.] : Социосфера, 2013`; `Бюллетень оппозиции (большевиков-ленинцев). 1931. № 20`.
 * An unknown place is «[Б. м.]», an unknown publisher «[б. и.]», an unknown year «[б. г.]» (7.0.100).
 */
export function printedSource(source: PrintedItem['source']): string {
  if (source.containerTitle) {
    return [source.containerTitle, source.issued, source.issue && `№${NB}${source.issue}`].filter(Boolean).join('. ');
  }
  const role = source.authorRole === 'author' ? null : ROLE_WORDS[source.authorRole];
  const responsibility = source.authors.length > 0 ? ` / ${role ? `${role} ` : ''}${source.authors.map(initialsFirst).join(', ')}` : '';
  const imprint = `${source.place ?? '[Б.\u00a0м.]'} : ${source.publisher ?? '[б.\u00a0и.]'}, ${source.issued ?? '[б.\u00a0г.]'}`;
  return `${collectionTitle(source.title)}${responsibility}. ${imprint}`;
}

/**
 * What the bracketed abbreviations of {@link printedSource} stand for, for the reader of the page:
 * `[Б. м.] — без места: место издания не установлено …`, with the source's own remark on the
 * imprint when its sidecar has one («Место издания и ISBN не установлены.»). Empty when the imprint
 * is complete, or for a periodical, whose reference has no imprint.
 */
export function imprintNotes(source: PrintedItem['source']): string[] {
  if (source.containerTitle) return [];
  const remark = (word: RegExp): string | undefined => source.remarks.find((r) => word.test(r));
  const note = (mark: string, meaning: string, word: RegExp, missing: string): string =>
    `${mark} — ${meaning} (ГОСТ Р 7.0.100-2018): ${remark(word) ?? missing}`;
  return [
    source.place === null && note('[Б.\u00a0м.]', 'без места', /мест[оа] издания/i, 'место издания в источнике не указано.'),
    source.publisher === null && note('[б.\u00a0и.]', 'без издателя', /издател/i, 'издатель в источнике не указан.'),
    source.issued === null && note('[б.\u00a0г.]', 'без года', /год[а]? издания/i, 'год издания в источнике не указан.'),
  ].filter((n): n is string => typeof n === 'string');
}

/** `Док. № 1. С. 16–17`: where in the printed source the document stands (what is known of it). */
function printedLocator(printed: PrintedItem): string {
  const pages = printed.pages && (printed.pages.first === printed.pages.last ? `${printed.pages.first}` : `${printed.pages.first}–${printed.pages.last}`);
  return [printed.number !== null && `Док.${NB}№${NB}${printed.number}`, pages && `С.${NB}${pages}`].filter(Boolean).join('. ');
}

/** The printed source with the document's place in it: `… 2013. Док. № 1. С. 16–17.`, what follows «Опубл.:». */
export function publishedIn(printed: PrintedItem): string {
  const locator = printedLocator(printed);
  return period(locator ? `${printedSource(printed.source)}. ${locator}` : printedSource(printed.source));
}

/** What joins a second party to the first in a title: `и`, `с`, `со`, `а также`. */
const JOINED_PARTY = /^(?:и|с|со|а также)\s/u;

/**
 * The author as the heading of an archival reference, and the title without the author:
 * `Письмо Л. Д. Троцкого М. М. Литвинову …` → `Троцкий Л. Д.` + `Письмо М. М. Литвинову …`, as in
 * 7.0.5's example «Куфаев М. Н. Письмо Б. С. Боднарскому от 20 октября 1925 г.». Only for one person
 * named right after the genre words; otherwise (a body, several authors, another word order, a name
 * the title joins to another party: «Переписка Л. Д. Троцкого и …») the title stands as printed, without a heading.
 */
export function headedTitle(record: CitationRecord): { heading: string | null; title: string } {
  const [author] = record.authors;
  const printedForm = author && record.authors.length === 1 && !author.body ? author.printed : null;
  if (!author || !printedForm || !record.genre) return { heading: null, title: record.title };
  const at = record.title.indexOf(` ${printedForm} `);
  if (at < 0 || record.title.slice(0, at).toLowerCase() !== record.genre.toLowerCase()) return { heading: null, title: record.title };
  const rest = record.title.slice(at + printedForm.length + 2);
  // «Переписка Л. Д. Троцкого и … Г. И. Бройдо», «Беседа … с …»: the name is one of the parties the
  // title joins, and the title without it («Переписка и …») would no longer say what the document is.
  if (JOINED_PARTY.test(rest)) return { heading: null, title: record.title };
  return { heading: author.name, title: `${record.title.slice(0, at)} ${rest}` };
}

/** A date the title does not give, in square brackets as an editor's date: `[ок. декабря 1924 г. — ок. января 1925 г.]`, `[б. д.]`. */
function suppliedDate(record: CitationRecord): string | null {
  if (/\b1[89]\d\d\b/.test(record.title)) return null;
  return record.date.edtf === null ? '[б.\u00a0д.]' : `[${record.date.label}]`;
}

/**
 * (a) The archival original: `Троцкий Л. Д. Письмо М. М. Литвинову, … Ренсому // РГАНИ. Ф. 3. Оп. 62.
 * Д. 182. Л. 50–53. Подлинник. Машинопись. Опубл.: Политбюро и Лев Троцкий. … 2013. Док. № 1. С. 16–17.`
 * `null` when the document has no archival legend (the 1931 platform is known from print only).
 */
export function gostArchival(record: CitationRecord): string | null {
  const original = record.original;
  if (!original) return null;
  const { heading, title } = headedTitle(record);
  const date = suppliedDate(record);
  const description = [heading && period(heading), date ? `${title} ${date}` : title].filter(Boolean).join(' ');
  const notes = [original.authenticity, original.method].filter((n): n is string => Boolean(n)).map((n) => period(capitalise(n)));
  return [`${description} // ${period(searchData(original))}`, ...notes, `Опубл.: ${publishedIn(record.printed)}`].join(' ');
}

/** The title with its heading for a text that is a source of its own (`Троцкий Л. Д. Проблемы развития СССР …`). */
function ownTitle(record: CitationRecord): string {
  const [author] = record.authors;
  return record.printed.number === null && author ? `${period(author.name)} ${record.title}` : record.title;
}

/**
 * (b) The printed publication: `Письмо Л. Д. Троцкого … Ренсому // Политбюро и Лев Троцкий. 1923–1940 гг.
 * : сборник документов. … / сост. О. Б. Мозохин. [Б. м.] : Социосфера, 2013. Док. № 1. С. 16–17.`; a
 * text printed in a periodical: `Троцкий Л. Д. Проблемы развития СССР. … // Бюллетень оппозиции
 * (большевиков-ленинцев). 1931. № 20.`
 */
export function gostPrinted(record: CitationRecord): string {
  return `${ownTitle(record)} // ${publishedIn(record.printed)}`;
}

/**
 * (c) The web page: `Письмо … Ренсому // Политбюро и Лев Троцкий : электронное издание. URL: https://…
 * (дата обращения: ДД.ММ.ГГГГ).` — `accessed` as {@link accessDate} writes it, or the placeholder.
 */
export function gostWeb(record: CitationRecord, accessed: string = ACCESS_DATE_PLACEHOLDER): string {
  return `${ownTitle(record)} // ${EDITION.title} : ${EDITION.kind}. URL: ${record.url} (дата обращения: ${accessed}).`;
}

/**
 * (d) A passage of the web page: the page's reference with the passage's anchor in its URL, then
 * «Печ. по:» (the archeographic «печатается по») and the printed item the text is taken from, with
 * its pages: `… URL: https://…/documents/pt-001/#p-3 (дата обращения: ДД.ММ.ГГГГ). Печ. по: Политбюро и
 * Лев Троцкий. … 2013. Док. № 1. С. 16–17.` The records know the pages of a document, not of its
 * paragraphs, so the range is the document's; it is a single page («С. 16») only when the whole
 * document stands on that page, and absent when the pages are not known. Split around the anchor
 * (`before` + anchor + `after`), so the page script puts in the anchor of the paragraph and the reader's date.
 */
export function gostPassage(record: CitationRecord): { before: string; after: string } {
  const cut = `${record.url}#`;
  const text = `${gostWeb({ ...record, url: cut })} Печ. по: ${publishedIn(record.printed)}`;
  const at = text.indexOf(cut) + cut.length;
  return { before: text.slice(0, at), after: text.slice(at) };
}
