/**
 * The citation files of every document read back by real parsers: CSL-JSON and RIS by citation-js
 * (`@citation-js/core`, `@citation-js/plugin-ris`), BibLaTeX by `@retorquere/bibtex-parser`. What a
 * reference manager needs must survive: the archive and the location in it, the recipients of a
 * letter, the date, the printed source with its compiler and pages, Cyrillic as it is.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { biblatex, latexEscape } from '../src/lib/export/biblatex.ts';
import type { CitationRecord, Party } from '../src/lib/export/citation-record.ts';
import { cslItems, type CslName } from '../src/lib/export/csl-json.ts';
import { cslDate } from '../src/lib/export/dates.ts';
import { ris } from '../src/lib/export/ris.ts';
import { entries, record } from './export-corpus.ts';

let records: CitationRecord[];
beforeAll(async () => {
  records = (await entries()).map((e) => e.record);
});

/** A party as citation-js and CSL write a name. */
const cslNameOf = (p: Party): CslName => (p.family ? { family: p.family, ...(p.given ? { given: p.given } : {}) } : { literal: p.name });

/**
 * A name as read back from RIS: RIS has no form for a body's name, so citation-js reads a one-word
 * body (`ОГПУ`) as a family name and a longer one as a literal; either way the name is kept.
 */
const risNameOf = (name: CslName): string => ('literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(' '));

type Item = Record<string, unknown> & { id?: string; type?: string };
const byTitleAndType = (items: Item[], r: CitationRecord, type: string) => items.find((i) => i['title'] === r.title && i.type === type);

describe('CSL-JSON read back by citation-js', () => {
  it('keeps every variable of every item (archive, location, recipients, dates, compiler, pages)', async () => {
    const written = records.flatMap(cslItems);
    const read = (await Cite.async(JSON.parse(JSON.stringify(written)))).data as Item[];
    expect(read).toHaveLength(written.length);
    const lost: string[] = [];
    written.forEach((item, i) => {
      for (const [key, value] of Object.entries(item)) {
        if (JSON.stringify(read[i]?.[key]) !== JSON.stringify(value)) lost.push(`${item.id}.${key}: wrote ${JSON.stringify(value)}, read ${JSON.stringify(read[i]?.[key])}`);
      }
    });
    expect(lost.slice(0, 20)).toEqual([]);
  });

  it('makes a letter a personal_communication with recipients, and the printed item a chapter with compiler and pages', () => {
    const [original, printed] = cslItems(record('pt-001', { first: 16, last: 17 }));
    expect(original).toMatchObject({
      type: 'personal_communication',
      archive: 'РГАНИ',
      'archive-place': 'Москва',
      archive_location: 'Ф. 3. Оп. 62. Д. 182. Л. 50–53',
      recipient: [{ family: 'Литвинов', given: 'М. М.' }, { family: 'Зиновьев', given: 'Г. Е.' }, { family: 'Сталин', given: 'И. В.' }],
      issued: { 'date-parts': [[1923, 2, 1]] },
      genre: 'Письмо',
    });
    expect(printed).toMatchObject({ type: 'chapter', compiler: [{ family: 'Мозохин', given: 'О. Б.' }], page: '16–17', 'chapter-number': '1', publisher: 'Социосфера' });
    expect(printed).not.toHaveProperty('editor');
    expect(cslItems(record('pt-013'))[0]).toMatchObject({ type: 'manuscript', issued: { 'date-parts': [[1923, 10, 25], [1923, 10, 27]] } });
  });

  it('writes dates as date-parts, circa when approximate, a literal for an open end', () => {
    expect(cslDate('1924-12~/1925-01~')).toEqual({ 'date-parts': [[1924, 12], [1925, 1]], circa: true });
    expect(cslDate('1925-04')).toEqual({ 'date-parts': [[1925, 4]] });
    expect(cslDate('1928-02-12/..')).toEqual({ literal: 'не ранее 12 февраля 1928 г.' });
    expect(cslDate(null)).toBeUndefined();
  });

  it('gives the 1931 platform one item, an article of its periodical', () => {
    expect(cslItems(record('bo-001'))).toEqual([
      expect.objectContaining({ id: 'bo-001', type: 'article-journal', 'container-title': 'Бюллетень оппозиции (большевиков-ленинцев)', issue: '20', author: [{ family: 'Троцкий', given: 'Л. Д.' }] }),
    ]);
  });
});

describe('RIS read back by citation-js', () => {
  let read: Item[];
  beforeAll(async () => {
    read = (await Cite.async(records.map(ris).join('\r\n'), { forceType: '@ris/file' })).data as Item[];
  });

  it('reads one record per item', () => {
    expect(read).toHaveLength(records.flatMap(cslItems).length);
  });

  it('keeps the archive (DB, read as source), the location (AN/AV), the recipients (A2) and the date of every original', () => {
    const lost: string[] = [];
    for (const r of records.filter((x) => x.original)) {
      const type = r.correspondence ? 'personal_communication' : 'manuscript';
      const item = byTitleAndType(read, r, type);
      if (!item) {
        lost.push(`${r.id}: no ${type} read`);
        continue;
      }
      const names = (list: unknown) => ((list as CslName[] | undefined) ?? []).map(risNameOf);
      const expected: Record<string, unknown> = {
        source: r.original!.archive,
        archive_location: r.original!.location,
        recipient: r.correspondence ? r.addressees.map((a) => risNameOf(cslNameOf(a))) : [],
        author: r.authors.map((a) => risNameOf(cslNameOf(a))),
      };
      const got: Record<string, unknown> = { ...item, recipient: names(item['recipient']), author: names(item['author']) };
      const start = cslDate(r.date.edtf)?.['date-parts']?.[0];
      if (start) expected['issued'] = { 'date-parts': [start] };
      for (const [key, value] of Object.entries(expected)) {
        if (JSON.stringify(got[key]) !== JSON.stringify(value)) lost.push(`${r.id}.${key}: ${JSON.stringify(got[key])} ≠ ${JSON.stringify(value)}`);
      }
    }
    expect(lost.slice(0, 20)).toEqual([]);
  });

  it('keeps the collection, its compiler and the pages of the printed item', () => {
    const r = records.find((x) => x.id === 'pt-001')!;
    const chapter = byTitleAndType(read, r, 'chapter');
    expect(chapter).toMatchObject({
      'container-title': r.printed.source.title,
      editor: [{ family: 'Мозохин', given: 'О. Б.' }],
      publisher: 'Социосфера',
      issued: { 'date-parts': [[2013]] },
    });
    const pages = r.printed.pages!;
    expect(String(chapter?.['page']).replace('-', '–')).toBe(pages.first === pages.last ? `${pages.first}` : `${pages.first}–${pages.last}`);
  });

  it('ends lines with CR LF', () => {
    expect(ris(record('pt-001'))).toMatch(/^TY {2}- PCOMM\r\n/);
    expect(ris(record('pt-001')).split('\n').every((l, i, all) => l.endsWith('\r') || i === all.length - 1)).toBe(true);
  });
});

describe('BibLaTeX read back by @retorquere/bibtex-parser', () => {
  it('parses every entry without an error, Cyrillic kept', () => {
    const parsed = parseBibtex(records.map(biblatex).join('\n'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(records.flatMap(cslItems).length);
    const lost: string[] = [];
    for (const r of records) {
      const entry = parsed.entries.find((e) => e.key === r.id);
      if (!entry) {
        lost.push(`${r.id}: no entry`);
        continue;
      }
      const f = entry.fields as Record<string, unknown>;
      if (f['title'] !== r.title) lost.push(`${r.id}.title: ${String(f['title'])}`);
      if (r.original && f['library'] !== `${r.original.archive}. ${r.original.location}`) lost.push(`${r.id}.library: ${String(f['library'])}`);
      if (r.original && r.date.edtf && f['date'] !== r.date.edtf) lost.push(`${r.id}.date: ${String(f['date'])}`);
      const authors = (f['author'] as { lastName?: string; firstName?: string; name?: string }[] | undefined) ?? [];
      const names = authors.map((a) => a.name ?? `${a.lastName} ${a.firstName}`);
      if (JSON.stringify(names) !== JSON.stringify(r.authors.map((a) => a.name))) lost.push(`${r.id}.author: ${JSON.stringify(names)}`);
      const printedType = r.printed.source.containerTitle ? 'article' : 'incollection';
      if (entry.type !== (r.original ? (r.correspondence ? 'letter' : 'unpublished') : printedType)) lost.push(`${r.id}: @${entry.type}`);
    }
    expect(lost.slice(0, 20)).toEqual([]);
  });

  it('escapes what LaTeX reads as commands, so it reads back as written', () => {
    const title = 'Счёт 100% & «итог» {a} #1 $2 ~ ^ _ \\';
    const r = { ...record('pt-001'), title };
    const parsed = parseBibtex(biblatex(r));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]?.fields['title']).toBe(title);
    expect(latexEscape('&%')).toBe('\\&\\%');
  });
});
