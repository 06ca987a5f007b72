/**
 * «Как цитировать» and the head of a document's page (`citationView`), on the real records at the
 * test address `https://edition.test/trotsky/`. The expected strings were written from the research
 * note's worked example for document № 1 (§7.1: the three ГОСТ objects; §7.5: the Dublin Core and
 * Zotero tags; §7.6: the JSON-LD), with the collection's title as its sidecar gives it and the pages
 * the source prints (16–17), which the note did not yet know.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CitationRecord } from '../src/lib/export/citation-record.ts';
import { citationView, type CitationView } from '../src/lib/site/citation-view.ts';
import { entries } from './export-corpus.ts';

const NB = '\u00a0';
/** Writes `~` for the no-break spaces of a reference. */
const nb = (s: string): string => s.replace(/~/g, NB);

const TITLE = 'Письмо Л. Д. Троцкого М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому';
const COLLECTION =
  'Политбюро и Лев Троцкий. 1923–1940 гг. : сборник документов. В 2 кн. Кн. 1 (документы 1923–1932) / сост. О.~Б.~Мозохин. [Б.~м.] : Социосфера, 2013';
const URL_001 = 'https://edition.test/trotsky/documents/pt-001/';

let records: Map<string, CitationRecord>;
beforeAll(async () => {
  records = new Map((await entries()).map((e) => [e.doc.id, e.record]));
});
const view = (id: string): CitationView => citationView(records.get(id)!);

describe('«Как цитировать» for № 1 (research note §7.1)', () => {
  let v: CitationView;
  beforeAll(() => {
    v = view('pt-001');
  });

  it('(a) cites the archival original: heading, title, // search data, notes, «Опубл.:»', () => {
    expect(v.archival?.text).toBe(
      nb(`Троцкий Л. Д. Письмо М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому // РГАНИ. Ф.~3. Оп.~62. Д.~182. Л.~50–53. Подлинник. Машинопись. Опубл.: ${COLLECTION}. Док.~№~1. С.~16–17.`),
    );
  });

  it('(b) cites the printed publication with its number and page range', () => {
    expect(v.printed.text).toBe(nb(`${TITLE} // ${COLLECTION}. Док.~№~1. С.~16–17.`));
  });

  it('(c) cites this page with its permanent URL and the access date as a placeholder the script fills', () => {
    expect(v.web.text).toBe(`${TITLE} // Политбюро и Лев Троцкий : электронное издание. URL: ${URL_001} (дата обращения: ДД.ММ.ГГГГ).`);
    expect(`${v.web.before}${v.web.placeholder}${v.web.after}`).toBe(v.web.text);
    expect(v.web.placeholder).toBe('ДД.ММ.ГГГГ');
    expect(v.web.after).toBe(').');
  });

  it('gives the Chicago note in romanised form, with the archive and the URL', () => {
    expect(v.chicago.text).toMatch(/^“Pis'mo L\. D\. Trotskogo M\. M\. Litvinovu, .*RGANI, f\. 3, op\. 62, d\. 182, ll\. 50–53, .*no\. 1, 16–17, https:\/\/edition\.test\/trotsky\/documents\/pt-001\/\.$/);
  });

  it('explains «[Б. м.]» of the collection\'s imprint by the source\'s own remark, and says nothing of a periodical\'s', () => {
    expect(v.printed.text).toContain('[Б.\u00a0м.] : Социосфера, 2013');
    // The sidecar of the collection: "place": null, remarks «Место издания и ISBN не установлены.»
    expect(v.imprint).toEqual(['[Б.\u00a0м.] — без места (ГОСТ Р 7.0.100-2018): Место издания и ISBN не установлены.']);
    expect(view('bo-001').imprint).toEqual([]);
  });

  it('gives each form its own id for the copy buttons', () => {
    expect([v.archival!.id, v.printed.id, v.web.id, v.chicago.id]).toEqual(['cite-archival', 'cite-printed', 'cite-web', 'cite-chicago']);
  });

  it('links the four files beside the page with their MIME types', () => {
    expect(v.downloads.map((d) => [d.href, d.mime])).toEqual([
      ['/documents/pt-001/pt-001.csl.json', 'application/vnd.citationstyles.csl+json'],
      ['/documents/pt-001/pt-001.ris', 'application/x-research-info-systems'],
      ['/documents/pt-001/pt-001.bib', 'application/x-bibtex'],
      ['/documents/pt-001/pt-001.tei.xml', 'application/tei+xml'],
    ]);
  });
});

describe('the head for Zotero (research note §2.3, §7.5)', () => {
  it('makes № 1 a letter with its archive and location in the archive', () => {
    const meta = view('pt-001').meta;
    expect(meta).toEqual([
      { name: 'z.itemType', content: 'letter' },
      { name: 'DC.title', content: TITLE },
      { name: 'DC.creator', content: 'Троцкий, Л. Д.' },
      { name: 'DC.date', content: '1923-02-01' },
      { name: 'DC.type', content: 'Письмо' },
      { name: 'DC.language', content: 'ru' },
      { name: 'DC.source', content: 'РГАНИ. Ф. 3. Оп. 62. Д. 182. Л. 50–53. Подлинник. Машинопись' },
      { name: 'DC.coverage', content: 'Ф. 3. Оп. 62. Д. 182. Л. 50–53' },
      { name: 'z.archive', content: 'РГАНИ' },
      { name: 'DC.identifier', content: URL_001 },
      { name: 'DC.relation', content: nb(`${TITLE} // ${COLLECTION}. Док.~№~1. С.~16–17.`) },
    ]);
  });

  it('makes a protocol extract a manuscript, and writes no citation_* tag anywhere', () => {
    const meta = view('pt-004').meta;
    expect(meta[0]).toEqual({ name: 'z.itemType', content: 'manuscript' });
    for (const [id, v] of [...records.keys()].map((id) => [id, view(id)] as const)) {
      expect(v.meta.filter((m) => m.name.startsWith('citation_')), id).toEqual([]);
    }
  });

  it('gives an approximate date no DC.date (it is not a plain day, month or year)', () => {
    const approximate = [...records.values()].find((r) => r.date.edtf?.endsWith('~'));
    expect(approximate).toBeDefined();
    expect(view(approximate!.id).meta.some((m) => m.name === 'DC.date')).toBe(false);
  });
});

describe('the JSON-LD (research note §7.6)', () => {
  it('describes № 1 as a Message and ArchiveComponent held by РГАНИ', () => {
    const graph = (JSON.parse(view('pt-001').jsonLd) as { '@graph': Record<string, unknown>[] })['@graph'];
    const item = graph.find((n) => n['@id'] === `${URL_001}#document`)!;
    expect(item['@type']).toEqual(['Message', 'ArchiveComponent']);
    expect(item).toMatchObject({
      dateCreated: '1923-02-01',
      itemLocation: 'Ф. 3. Оп. 62. Д. 182. Л. 50–53',
      holdingArchive: { '@type': 'ArchiveOrganization', name: 'Российский государственный архив новейшей истории', alternateName: 'РГАНИ' },
      author: [{ '@type': 'Person', name: 'Троцкий Л. Д.' }],
      recipient: [{ name: 'Литвинов М. М.' }, { name: 'Зиновьев Г. Е.' }, { name: 'Сталин И. В.' }],
    });
  });

  it('cannot close its script element early', () => {
    for (const id of records.keys()) expect(view(id).jsonLd).not.toContain('<');
  });

  it('has no archive for the 1931 platform, known from print only', () => {
    const v = view('bo-001');
    expect(v.archival).toBeNull();
    expect(v.meta.some((m) => m.name === 'DC.coverage' || m.name === 'z.archive')).toBe(false);
    expect(v.jsonLd).not.toContain('holdingArchive');
  });
});
