/**
 * The citation strings (src/lib/export/gost.ts, chicago.ts) on real records. The expected strings
 * were written by applying the patterns of the standards' examples (research note §1.2–1.4, §7.1:
 * ГОСТ Р 7.0.5-2008 §11 «Куфаев М. Н. Письмо Б. С. Боднарскому от 20 октября 1925 г. // ОР РГБ. Ф. 573. …»,
 * 7.0.100-2018's «// Заглавие : сведения / ответственность», «URL: … (дата обращения: 09.01.2018)») to
 * each record by hand, not copied from the output. `~` stands for a no-break space. Pages are given
 * (their reckoning is tested in ingest-pages.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { chicagoBibliography, chicagoNote } from '../src/lib/export/chicago.ts';
import { accessDate, ACCESS_DATE_PLACEHOLDER, gostArchival, gostPassage, gostPrinted, gostWeb, headedTitle, searchData } from '../src/lib/export/gost.ts';
import { edtfLabelEnglish } from '../src/lib/edtf/label-en.ts';
import { EDITION } from '../src/lib/site/identity.ts';
import { record, sources } from './export-corpus.ts';

const nb = (s: string): string => s.replace(/~/g, '\u00a0');
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

/** The collection as the identifying part of a reference (7.0.100: «Заглавие : сведения / сост. … Место : Издательство, год»). */
const COLLECTION =
  'Политбюро и Лев Троцкий. 1923–1940 гг. : сборник документов. В 2 кн. Кн. 1 (документы 1923–1932) / сост. О.~Б.~Мозохин. [Б.~м.] : Социосфера, 2013';

describe('the edition and its printed source', () => {
  it('takes the compiler and the imprint from the sidecar', () => {
    const sidecar = sources.find((s) => s.id === EDITION.basedOn.id)!;
    expect(EDITION.basedOn).toEqual(sidecar);
    expect(EDITION.basedOn.authors).toEqual(['Мозохин О. Б.']);
    expect(EDITION.basedOn.authorRole).toBe('compiler');
  });

  it('says its licence is a proposal until the maintainers decide', () => {
    expect(EDITION.licence).toMatchObject({ id: 'CC-BY-4.0', decided: false });
  });
});

describe('ГОСТ: a letter (№ 1, the research note’s worked example)', () => {
  const r = record('pt-001', { first: 16, last: 17 });

  it('(a) the original: heading, title, // search data, notes of §11.10, then where it was published', () => {
    expect(gostArchival(r)).toBe(
      nb(
        `Троцкий Л. Д. Письмо М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому // РГАНИ. Ф.~3. Оп.~62. Д.~182. Л.~50–53. Подлинник. Машинопись. Опубл.: ${COLLECTION}. Док.~№~1. С.~16–17.`,
      ),
    );
    // The research note's form (a), word for word, is where the reference begins.
    expect(plain(gostArchival(r)!)).toContain(
      'Троцкий Л. Д. Письмо М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому // РГАНИ. Ф. 3. Оп. 62. Д. 182. Л. 50–53. Подлинник. Машинопись.',
    );
    expect(searchData(r.original!)).toBe(nb('РГАНИ. Ф.~3. Оп.~62. Д.~182. Л.~50–53'));
  });

  it('(b) the printed publication: the document, // the collection, its number and pages', () => {
    expect(gostPrinted(r)).toBe(
      nb(`Письмо Л. Д. Троцкого М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому // ${COLLECTION}. Док.~№~1. С.~16–17.`),
    );
  });

  it('(c) the web page: URL and the access date, a placeholder until the reader’s date is known', () => {
    const title = 'Письмо Л. Д. Троцкого М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому';
    expect(gostWeb(r)).toBe(`${title} // Политбюро и Лев Троцкий : электронное издание. URL: https://edition.test/trotsky/documents/pt-001/ (дата обращения: ДД.ММ.ГГГГ).`);
    expect(ACCESS_DATE_PLACEHOLDER).toBe('ДД.ММ.ГГГГ');
    // «(дата обращения: 21.11.2026)», as in the note's example.
    expect(gostWeb(r, accessDate({ year: 2026, month: 11, day: 21 }))).toContain('(дата обращения: 21.11.2026).');
    expect(accessDate({ year: 2018, month: 1, day: 9 })).toBe('09.01.2018');
  });

  it('(d) a passage: the page with the paragraph\'s anchor, then «Печ. по:» the printed item with the document\'s pages', () => {
    const title = 'Письмо Л. Д. Троцкого М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому';
    const { before, after } = gostPassage(r);
    expect(`${before}p-3${after}`).toBe(
      nb(`${title} // Политбюро и Лев Троцкий : электронное издание. URL: https://edition.test/trotsky/documents/pt-001/#p-3 (дата обращения: ДД.ММ.ГГГГ). Печ. по: ${COLLECTION}. Док.~№~1. С.~16–17.`),
    );
    // A document on one page: that page is the passage's.
    const one = gostPassage(record('pt-013', { first: 52, last: 52 }));
    expect(one.after).toMatch(new RegExp(`Док.${'\u00a0'}№${'\u00a0'}13. С.${'\u00a0'}52.$`));
    // No pages known: none said.
    expect(gostPassage(record('pt-001')).after).toMatch(/Док.\u00a0№\u00a01\.$/);
  });
});

describe('ГОСТ: other kinds of document', () => {
  it('a protocol extract (№ 13): a body as author gives no heading; the dates stand in the title', () => {
    const r = record('pt-013', { first: 52, last: 52 });
    expect(headedTitle(r).heading).toBeNull();
    expect(gostArchival(r)).toBe(
      nb(`Выписка из протокола заседания Пленумов ЦК и ЦКК от 25–27 октября 1923 г. // РГАСПИ. Ф.~17. Оп.~171. Д.~26. Л.~35. Копия. Машинопись. Опубл.: ${COLLECTION}. Док.~№~13. С.~52.`),
    );
    expect(gostPrinted(r)).toBe(nb(`Выписка из протокола заседания Пленумов ЦК и ЦКК от 25–27 октября 1923 г. // ${COLLECTION}. Док.~№~13. С.~52.`));
  });

  it('an undated document (№ 51): «[б. д.]» after the title, as a date the edition supplies', () => {
    const r = record('pt-051', { first: 92, last: 92 });
    expect(gostArchival(r)).toBe(
      nb(`Сталин И. В. Письмо членам Политбюро о согласовании рукописи биографии В. И. Ленина [б.~д.] // РГАНИ. Ф.~3. Оп.~62. Д.~181. Л.~3. Копия. Машинопись. Опубл.: ${COLLECTION}. Док.~№~51. С.~92.`),
    );
  });

  it('a date range the title does not give (№ 36): the edition’s dating in square brackets', () => {
    const r = record('pt-036', { first: 80, last: 80 });
    expect(gostArchival(r)).toBe(
      nb(
        `Сталин И. В. Письмо секретарю Камчатского Губкома [ок. декабря 1924 г. — ок. января 1925 г.] // РГАСПИ. Ф.~17. Оп.~171. Д.~39. Л.~120–121. Копия. Машинопись. Опубл.: ${COLLECTION}. Док.~№~36. С.~80.`,
      ),
    );
  });

  it('several addressees (№ 2): they stay in the title; the heading is the one author', () => {
    const r = record('pt-002', { first: 17, last: 17 });
    expect(r.addressees.map((a) => a.name)).toEqual(['Литвинов М. М.', 'Троцкий Л. Д.', 'Зиновьев Г. Е.']);
    expect(gostArchival(r)).toBe(
      nb(
        `Сталин И. В. Письмо М. М. Литвинову, Л. Д. Троцкому, Г. Е. Зиновьеву от 3 февраля 1923 г. об интервью корреспонденту Ренсому // РГАНИ. Ф.~3. Оп.~62. Д.~182. Л.~55–56. Подлинник. Рукопись. Опубл.: ${COLLECTION}. Док.~№~2. С.~17.`,
      ),
    );
  });

  it('correspondence of two parties (№ 50): the title joins the author to the other party, so it keeps him and gets no heading', () => {
    const r = record('pt-050');
    expect(headedTitle(r)).toEqual({ heading: null, title: r.title });
    expect(plain(gostArchival(r)!)).toMatch(
      /^Переписка Л\. Д\. Троцкого и Зав\. Госиздатом Г\. И\. Бройдо от марта 1926 г\. о выпуске собраний сочинений Троцкого \/\/ РГАНИ\. Ф\. 3\. Оп\. 62\. Д\. 182\. Л\. 83, 87–89\. Копия\. Машинопись\. Опубл\.: /,
    );
    // A letter of one author keeps its heading (№ 1 above); so does a memo to one addressee.
    expect(headedTitle(record('pt-130')).heading).toBe('Ягода Г. Г.');
  });

  it('the 1931 platform (bo-001): no archival original; the article in its periodical, with the author as heading', () => {
    const r = record('bo-001');
    expect(gostArchival(r)).toBeNull();
    expect(gostPrinted(r)).toBe(
      nb('Троцкий Л. Д. Проблемы развития СССР. Проект платформы Интернациональной левой оппозиции по русскому вопросу // Бюллетень оппозиции (большевиков-ленинцев). 1931. №~20.'),
    );
    // The sidecar's hand-written record says the same.
    expect(plain(gostPrinted(r))).toBe(r.printed.source.citation);
    expect(gostWeb(r)).toBe(
      'Троцкий Л. Д. Проблемы развития СССР. Проект платформы Интернациональной левой оппозиции по русскому вопросу // Политбюро и Лев Троцкий : электронное издание. URL: https://edition.test/trotsky/documents/bo-001/ (дата обращения: ДД.ММ.ГГГГ).',
    );
  });
});

describe('Chicago, romanised (ALA-LC)', () => {
  it('a document of the collection: archival reference, then the collection', () => {
    const r = record('pt-001', { first: 16, last: 17 });
    expect(chicagoNote(r)).toBe(
      `“Pis'mo L. D. Trotskogo M. M. Litvinovu, G. E. Zinov'evu, I. V. Stalinu ot 1 fevralia 1923 g. ob interv'iu korrespondentu Rensomu,” 1 February 1923, RGANI, f. 3, op. 62, d. 182, ll. 50–53, in Politbiuro i Lev Trotskii. 1923–1940 gg.: Sbornik dokumentov. V 2 kn. Kn. 1 (dokumenty 1923–1932), comp. O. B. Mozokhin (n.p.: Sotsiosfera, 2013), no. 1, 16–17, https://edition.test/trotsky/documents/pt-001/.`,
    );
    expect(chicagoBibliography(r)).toBe(
      `“Pis'mo L. D. Trotskogo M. M. Litvinovu, G. E. Zinov'evu, I. V. Stalinu ot 1 fevralia 1923 g. ob interv'iu korrespondentu Rensomu.” 1 February 1923. RGANI, f. 3, op. 62, d. 182, ll. 50–53. In Politbiuro i Lev Trotskii. 1923–1940 gg.: Sbornik dokumentov. V 2 kn. Kn. 1 (dokumenty 1923–1932), compiled by O. B. Mozokhin, no. 1, 16–17. N.p.: Sotsiosfera, 2013. https://edition.test/trotsky/documents/pt-001/.`,
    );
  });

  it('sets titles in curly quotes, a quotation inside a title in single ones (Chicago 6.9, 6.11)', () => {
    const note = chicagoNote(record('pt-031'));
    expect(note).toMatch(/^“Chernovik stat'i N\.I\.Bukharina ‘Kak ne nuzhno pisat' istoriiu Oktiabria’ opublikovannoi v gazete ‘Pravda’ 2 noiabria 1924 g\.,” not after 2 November 1924, /);
    expect(chicagoBibliography(record('pt-031'))).toMatch(/^“Chernovik .* 2 noiabria 1924 g\.” Not after 2 November 1924\. /);
    expect(note).not.toMatch(/["«»]/);
  });

  it('one sheet is «l.», an undated document «n.d.»', () => {
    expect(chicagoNote(record('pt-051', { first: 92, last: 92 }))).toContain('n.d., RGANI, f. 3, op. 62, d. 181, l. 3, in ');
  });

  it('the 1931 platform as an article', () => {
    const r = record('bo-001');
    expect(chicagoNote(r)).toBe(
      `L. D. Trotskii, “Problemy razvitiia SSSR. Proekt platformy Internatsional'noi levoi oppozitsii po russkomu voprosu,” Biulleten' oppozitsii (bol'shevikov-lenintsev), no. 20 (1931), https://edition.test/trotsky/documents/bo-001/.`,
    );
    expect(chicagoBibliography(r)).toBe(
      `Trotskii, L. D. “Problemy razvitiia SSSR. Proekt platformy Internatsional'noi levoi oppozitsii po russkomu voprosu.” Biulleten' oppozitsii (bol'shevikov-lenintsev), no. 20 (1931). https://edition.test/trotsky/documents/bo-001/.`,
    );
  });

  it.each([
    ['1923-02-01', '1 February 1923'],
    ['1925-04', 'April 1925'],
    ['1931', '1931'],
    ['1924-12~/1925-01~', 'ca. December 1924–ca. January 1925'],
    ['1928-01-09/1928-01-10', '9–10 January 1928'],
    ['1930-10/1930-11', 'October 1930–November 1930'],
    ['1928-02-12/..', 'not before 12 February 1928'],
    ['../1924-11-02', 'not after 2 November 1924'],
  ])('dates in English: %s → %s', (edtf, label) => {
    expect(edtfLabelEnglish(edtf)).toBe(label);
  });
});
