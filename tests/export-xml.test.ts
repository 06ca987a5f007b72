/**
 * The TEI of every document and the CMIF of the correspondence, validated by a real RELAX NG
 * validator, Debian's `jing`, against the project's copies of the schemas (tests/schemas/: `tei_all`,
 * `cmi-customization`), plus what the schemas cannot say: the text of the TEI is the record's text,
 * and the CMIF keeps its Schematron rules (E0001–E0004). Without jing the test fails with the fix;
 * `EDITION_NO_JING=1` skips the validation on purpose. `EDITION_JING=/path` names another jing.
 */
import type { Document } from '../src/schemas/index.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../src/lib/export/corpus.ts';
import { CMIF_BIBL_ID, cmifXml, inCmif } from '../src/lib/export/cmif.ts';
import { parseContact } from '../src/lib/site/contact.ts';
import { teiXml } from '../src/lib/export/tei.ts';
import { entries } from './export-corpus.ts';

const JING = process.env['EDITION_JING'] || 'jing';
const SKIP = process.env['EDITION_NO_JING'] === '1';
const TEI_RNG = 'tests/schemas/tei_all.rng';
const CMIF_RNG = 'tests/schemas/cmi-customization.rng';

const dir = mkdtempSync(join(tmpdir(), 'edition-xml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** jing's complaints about the files (its warnings about optional Java libraries left out). */
function jing(schema: string, files: string[]): string[] {
  const run = spawnSync(JING, [schema, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    throw new Error(
      `cannot run ${JING} (${run.error.message}): the XML exports are validated with jing. Install it (Debian: \`apt-get install jing\`; .ci/run does), name another with EDITION_JING=/path, or set EDITION_NO_JING=1 to skip this validation on purpose.`,
    );
  }
  return `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((l) => l.trim() !== '' && !/\[warning\]|Unable to locate/.test(l))
    .map((l) => l.replace(`${dir}/`, ''));
}

let corpus: CorpusEntry<Document>[];
let cmif: string;
beforeAll(async () => {
  corpus = await entries();
  cmif = cmifXml(
    corpus.map((e) => e.record),
    { fileUrl: 'https://edition.test/trotsky/data/correspondence.cmif.xml', homeUrl: 'https://edition.test/trotsky/', updated: '2026-11-30T12:00:00.000Z', contact: { name: 'Иванов Иван', email: 'ivanov@edition.test' } },
  );
});

const tei = (id: string): string => {
  const e = corpus.find((x) => x.doc.id === id)!;
  return teiXml(e.record, e.doc);
};

/** The reading text of a TEI body: blocks joined by a blank line, without notes, printed readings (`sic`) or markup. */
function bodyText(xml: string): string {
  const body = /<body>([\s\S]*)<\/body>/.exec(xml)?.[1] ?? '';
  return body
    .replace(/<head>[\s\S]*?<\/head>/g, '')
    .replace(/<note\b[^>]*>[\s\S]*?<\/note>/g, '')
    .replace(/<sic>[\s\S]*?<\/sic>/g, '')
    .split(/<\/(?:p|ab)>/)
    .map((block) => block.replace(/<[^>]+>/g, '').trim())
    .filter((block) => block !== '')
    .map((block) => block.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
    .join('\n\n');
}

describe.skipIf(SKIP)('validated with jing', () => {
  it('accepts the TEI of every document against tei_all', () => {
    const files = corpus.map((e) => {
      const file = join(dir, `${e.doc.id}.xml`);
      writeFileSync(file, teiXml(e.record, e.doc));
      return file;
    });
    expect(files).toHaveLength(corpus.length);
    expect(jing(TEI_RNG, files).slice(0, 20)).toEqual([]);
  });

  it('rejects a TEI file the schema does not allow (so a pass means something)', () => {
    const file = join(dir, 'broken.xml');
    writeFileSync(file, tei('pt-001').replace('<msIdentifier>', '<msIdentifier><locus>Л. 1</locus>'));
    expect(jing(TEI_RNG, [file]).join('\n')).toMatch(/not allowed/);
  });

  it('accepts the CMIF file against cmi-customization', () => {
    const file = join(dir, 'correspondence.cmif.xml');
    writeFileSync(file, cmif);
    expect(jing(CMIF_RNG, [file])).toEqual([]);
  });
});

describe('the TEI of a document', () => {
  it('holds the text of the record, block by block, with the corrections read and the notes apart', () => {
    const differ = corpus.filter((e) => bodyText(teiXml(e.record, e.doc)) !== e.doc.text).map((e) => e.doc.id);
    expect(differ).toEqual([]);
  });

  it('identifies the original: repository, one idno per level, the sheets as a locus', () => {
    const xml = tei('pt-001');
    expect(xml).toContain('<repository>Российский государственный архив новейшей истории (РГАНИ)</repository>');
    expect(xml).toMatch(/<idno type="fond">3<\/idno>\s*<idno type="opis">62<\/idno>\s*<idno type="delo">182<\/idno>/);
    expect(xml).toContain('<locus from="50" to="53">Л. 50–53</locus>');
    expect(xml).toContain('<handNote>Машинопись</handNote>');
    expect(xml).toContain('<biblScope unit="page" from="16" to="17">С. 16–17</biblScope>');
  });

  it('describes a letter in correspDesc: sender with the date, addressees', () => {
    const xml = tei('pt-001');
    expect(xml).toMatch(
      /<correspAction type="sent">\s*<persName ref="https:\/\/edition.test\/trotsky\/persons\/trockiy-l-d\/">Троцкий Л. Д.<\/persName>\s*<date when="1923-02-01">1 февраля 1923 г.<\/date>/,
    );
    expect(xml).toMatch(/<correspAction type="received">\s*<persName[^>]*>Литвинов М. М.<\/persName>\s*<persName[^>]*>Зиновьев Г. Е.<\/persName>\s*<persName[^>]*>Сталин И. В.<\/persName>/);
    expect(tei('pt-013')).not.toContain('<correspDesc');
  });

  it('keeps an approximate range in EDTF beside the W3C bounds', () => {
    expect(tei('pt-036')).toContain('<date notBefore="1924-12" notAfter="1925-01" cert="medium" when-custom="1924-12~/1925-01~" datingMethod="#edtf">');
    expect(tei('pt-036')).toContain('<calendar xml:id="edtf">');
    expect(tei('pt-051')).toContain('<creation>Без даты.</creation>');
  });

  it('marks a correction where it stands, with the printed reading and the reason', () => {
    const xml = tei('pt-015');
    expect(xml).toContain(
      '<choice xml:id="correction-pt-015-text-date"><sic>15 ноября 1926 г.</sic><corr resp="#edition">15 ноября 1923 г.</corr></choice>',
    );
    expect(xml).toMatch(/<note type="correction" resp="#edition" target="#correction-pt-015-text-date">Текст: напечатано «15 ноября 1926 г.», издание читает «15 ноября 1923 г.». Опечатка в годе/);
    expect(tei('pt-145')).toContain('<head><choice xml:id="correction-pt-145-title"><sic>Расшифованное</sic><corr resp="#edition">Расшифрованное</corr></choice> письмо');
  });

  it('keeps the platform’s sections, subheadings and theses with their anchors as xml:id', () => {
    const xml = tei('bo-001');
    expect(xml).toContain('<ab type="heading" subtype="section" xml:id="section-5">V. Выводы.</ab>');
    expect(xml).toContain('<ab type="heading" subtype="subsection" xml:id="section-1-4">Противоречия переходного периода: индустриализация.</ab>');
    expect(xml).toMatch(/<p xml:id="thesis-31">31\. Возродить партию, как организацию пролетарского авангарда\.<\/p>/);
    expect([...xml.matchAll(/xml:id="thesis-\d+"/g)]).toHaveLength(31);
  });

  it('puts the compiler’s footnote where its marker stands', () => {
    // The eighth block of № 12 (a line): its id is the page's anchor, p-8.
    expect(tei('pt-012')).toContain('<ab type="line" xml:id="p-8">8 ч 35 мин вечера<note n="18" place="foot" type="editorial">Подпись не разборчива</note></ab>');
  });

  it('gives each block the page\'s passage anchor as its xml:id', () => {
    const ids = [...tei('pt-001').matchAll(/<(?:p|ab)\b[^>]*xml:id="(p-\d+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `p-${i + 1}`));
  });
});

describe('the CMIF file', () => {
  const count = (re: RegExp) => [...cmif.matchAll(re)].length;

  it(`describes the messages with a sender and an addressee only`, () => {
    const messages = corpus.filter((e) => inCmif(e.record));
    expect(count(/<correspDesc /g)).toBe(messages.length);
    expect(messages.length).toBeGreaterThan(100);
    expect(cmif).toContain('ref="https://edition.test/trotsky/documents/pt-001/"');
    expect(cmif).not.toContain('ref="https://edition.test/trotsky/documents/pt-013/"');
  });

  it('keeps the Schematron rules of CMIF: a sender and a receiver in each (E0001, E0002), the source declared (E0003), dated dates (E0004)', () => {
    expect(count(/<correspAction type="sent">/g)).toBe(count(/<correspDesc /g));
    expect(count(/<correspAction type="received">/g)).toBe(count(/<correspDesc /g));
    expect(cmif).toContain(`<bibl type="hybrid" xml:id="${CMIF_BIBL_ID}">`);
    expect(count(/source="#([^"]+)"/g)).toBe(count(new RegExp(`source="#${CMIF_BIBL_ID}"`, 'g')));
    expect(/^[a-z]/.test(CMIF_BIBL_ID)).toBe(true);
    const dates = [...cmif.matchAll(/<date\b[^>]*\/>/g)].map((m) => m[0]).filter((d) => !d.includes('T'));
    expect(dates.filter((d) => !/(when|notBefore|notAfter)="\d{4}(-\d{2}){0,2}"/.test(d))).toEqual([]);
  });

  it('carries the licence CMIF requires and its own URL', () => {
    expect(cmif).toContain('<licence target="https://creativecommons.org/licenses/by/4.0/">This file is licensed under the terms of the Creative Commons Licence CC BY 4.0</licence>');
    expect(cmif).toContain('<idno type="url">https://edition.test/trotsky/data/correspondence.cmif.xml</idno>');
  });

  it('names its contact person as editor, with the e-mail CMIF asks for, or says that no one is named', () => {
    expect(cmif).toMatch(/<editor>\s*<persName>Иванов Иван<\/persName>\s*<email>ivanov@edition\.test<\/email>\s*<\/editor>/);
    const none = cmifXml([], { fileUrl: 'https://edition.test/f.xml', homeUrl: 'https://edition.test/', updated: null, contact: null });
    expect(none).toContain('<editor>Политбюро и Лев Троцкий: ответственный за файл не назван</editor>');
  });
});

describe('EDITION_CONTACT', () => {
  it('reads a name with or without an e-mail address, and refuses what is neither', () => {
    expect(parseContact('Иванов Иван <ivanov@example.org>')).toEqual({ name: 'Иванов Иван', email: 'ivanov@example.org' });
    expect(parseContact('  Иванов Иван ')).toEqual({ name: 'Иванов Иван', email: null });
    expect(parseContact('')).toBeNull();
    expect(parseContact(undefined)).toBeNull();
    expect(() => parseContact('Иванов <не адрес>')).toThrow(/EDITION_CONTACT=.*angle brackets/);
    expect(() => parseContact('<ivanov@example.org>')).toThrow(/EDITION_CONTACT/);
  });
});
