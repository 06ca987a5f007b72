/**
 * What a study's page shows (`studyView`), on the records in data/: notes linked both ways under their
 * printed marks, Исаевич's references linked to the list that says they are unresolved, the restored
 * capitals named, and a heading of a study rendered with its anchor and listed in the contents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { tableOfContents } from '../src/lib/site/contents.ts';
import { shownBlocks, studyView } from '../src/lib/site/study-view.ts';
import { SourceSchema, StudySchema, type Source, type Study } from '../src/schemas/index.ts';
import { readFile } from 'node:fs/promises';

let studies: Study[];
const source = async (id: string): Promise<Source> => SourceSchema.parse(JSON.parse(await readFile(`content/sources/${id}.json`, 'utf8')));
const find = (id: string) => studies.find((s) => s.id === id)!;

beforeAll(async () => {
  studies = StudySchema.array().parse(JSON.parse(await readDataFile('studies.json')));
});

describe('a study page', () => {
  it('shows the footnotes by their printed marks, each linked to its marker and back', async () => {
    const v = studyView(find('ks-article'), await source('kislitsyn-pirrova-pobeda'), '/sources/kislitsyn-pirrova-pobeda/');
    expect(v.notes.map((n) => n.n)).toEqual(['1', '2', '1', '1', '2']);
    for (const n of v.notes) {
      expect(v.html).toContain(`href="#note-${n.anchor}" id="ref-${n.anchor}"`);
      expect(n.back?.href).toBe(`#ref-${n.anchor}`);
    }
    expect(new Set(v.notes.map((n) => n.anchor)).size).toBe(5);
    // The marker shows the printed mark, not the id.
    expect(v.html).toMatch(/политики<sup><a [^>]*>1<\/a><\/sup>\./u);
  });

  it('links each of Исаевич’s references to the list that says it cannot be resolved, and back', async () => {
    const v = studyView(find('is-article'), await source('isaevich-2013-nto-vsnkh'), '/sources/isaevich-2013-nto-vsnkh/');
    expect(v.references).toHaveLength(48);
    expect(v.html).toContain('<a href="#ref-1" id="ref-1-text" class="reference-unresolved">(1)</a>');
    expect(v.references[0]).toEqual({ id: 'ref-1', printed: '(1)', page: 74, back: '#ref-1-text' });
    expect(v.pages).toBe('С. 74–81');
    expect(v.abstractGap).toBe(true);
    expect(v.titleSupplied).toBe(true);
  });

  it('names the capitals the edition restored, by rule', async () => {
    const v = studyView(find('ks-article'), await source('kislitsyn-pirrova-pobeda'), '/sources/kislitsyn-pirrova-pobeda/');
    expect(v.capitals?.letters).toBe('«М» и «Ю»');
    expect(v.capitals?.count).toBe('15 словах');
    expect(v.capitals?.words).toContain('москвы → Москвы');
    expect(v.capitals?.rules.reduce((n, r) => n + r.count, 0)).toBe(15);
  });

  it('renders a heading with its anchor and lists it in the contents', async () => {
    const base = find('is-article');
    const withHeading: Study = { ...base, blocks: [{ kind: 'heading', level: 1, anchor: 'section-1', text: 'Введение', notes: [] }, ...base.blocks], references: [] };
    const v = studyView(withHeading, await source('isaevich-2013-nto-vsnkh'), '/x/');
    expect(v.html.startsWith('<h2 id="section-1">Введение<a href="#section-1" class="passage" aria-label="Ссылка на этот заголовок">¶</a></h2>')).toBe(true);
    expect(tableOfContents(withHeading.blocks)).toEqual([{ text: 'Введение', anchor: 'section-1', level: 1 }]);
    expect(v.contents).toEqual([{ text: 'Введение', anchor: 'section-1', level: 1 }]);
  });

  it('does not repeat the printed «Примечания» line above the page\'s own notes heading; the record keeps it', () => {
    // The book prints «Примечания» on a line of its own before the endnotes of this study.
    const study = find('lk-study-1');
    expect(study.blocks.at(-1)).toMatchObject({ kind: 'line', text: 'Примечания' });
    expect(shownBlocks(study)).toEqual(study.blocks.slice(0, -1));
    const noNotes = { ...study, notes: [] };
    expect(shownBlocks(noNotes)).toBe(study.blocks);
  });
});
