/**
 * The generated web fonts (scripts/build-fonts.ts, `npm run fonts`) cover what a document page shows.
 *
 * The test runs the same build as `npm run fonts`, into a temporary folder, from the records the ingest
 * makes in process (what `npm run ingest` writes to data/), and reads each generated font's character
 * map (cmap) back from the woff2 bytes: a character counts as covered only when a file of the family
 * maps it to a glyph and the file's unicode-range in fonts.css lets the browser use it there.
 */
import { writeDocumentStore } from '../scripts/lib/data-out.ts';
import { readFile, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FAMILIES,
  PARTS,
  ROOT,
  buildFonts,
  inRanges,
  label,
  outputName,
  parseUnicodeRange,
  sourceFontPath,
  woff2CodePoints,
  woff2Tables,
  type BuildResult,
} from '../scripts/build-fonts.ts';
import { editionOptions, ingest } from '../src/lib/ingest/ingest.ts';
import type { Document } from '../src/schemas/index.ts';

/**
 * Characters of the records that the PT fonts do not have at all, so no subset can hold them; a
 * fallback font draws them. All are OCR artefacts of the source text: `ѐ` for `ё`, and `―…‖` for
 * quotation marks. A character missing from the fonts that is not listed here fails the test.
 */
const ABSENT_FROM_PT_FONTS = new Set([0x0450, 0x2015, 0x2016]);

let outDir: string;
let result: BuildResult;
let documents: Document[];

beforeAll(async () => {
  const ingested = await ingest(editionOptions());
  documents = ingested.documents;
  const tmp = await mkdtemp(join(tmpdir(), 'edition-fonts-'));
  const dataDir = join(tmp, 'data');
  outDir = join(tmp, 'fonts');
  await mkdir(dataDir);
  await writeDocumentStore(dataDir, ingested.documents);
  await writeFile(join(dataDir, 'persons.json'), JSON.stringify(ingested.persons));
  await writeFile(join(dataDir, 'sources.json'), JSON.stringify(ingested.sources));
  result = await buildFonts({ root: ROOT, dataDir, outDir });
});

/** Code points of the generated files of one family, each with the ranges the browser uses it for. */
async function familyFaces(pkg: string): Promise<{ name: string; ranges: [number, number][]; cmap: Set<number> }[]> {
  const family = FAMILIES.find((f) => f.pkg === pkg)!;
  return Promise.all(
    PARTS.map(async (part) => ({
      name: outputName(family, part),
      ranges: parseUnicodeRange(part.unicodeRange),
      cmap: woff2CodePoints(await readFile(join(outDir, outputName(family, part)))),
    })),
  );
}

/** What a document page prints of a record: title, body, notes, legend, publication notes, marginalia. */
function shownText(d: Document): string {
  return [d.title, d.text, ...d.blocks.map((b) => b.text), ...d.notes.map((n) => n.text), d.legend?.text ?? '', ...d.published, ...d.marginalia].join('\n');
}

function charactersOf(texts: string[]): Set<number> {
  const out = new Set<number>();
  for (const t of texts) for (const ch of t) if (ch.codePointAt(0)! >= 0x20) out.add(ch.codePointAt(0)!);
  return out;
}

describe('generated fonts', () => {
  it('writes two files per family, as fonts.css expects', async () => {
    expect(result.fonts.map((f) => f.file).sort()).toEqual(
      FAMILIES.flatMap((fam) => PARTS.map((p) => outputName(fam, p))).sort(),
    );
    for (const f of result.fonts) expect((await readFile(join(outDir, f.file))).byteLength).toBe(f.bytes);
  });

  for (const family of FAMILIES) {
    it(`${family.family}: covers every character of the documents' title, text and notes`, async () => {
      const faces = await familyFaces(family.pkg);
      const needed = charactersOf(documents.map(shownText));
      expect(needed.size).toBeGreaterThan(100);
      const uncovered = [...needed].filter((cp) => !faces.some((f) => inRanges(cp, f.ranges) && f.cmap.has(cp)));
      // Whatever is not covered must be a character the source fonts lack, and a known one.
      const sources = new Set<number>();
      for (const part of PARTS) for (const cp of woff2CodePoints(await readFile(sourceFontPath(ROOT, family, part)))) sources.add(cp);
      expect(uncovered.filter((cp) => sources.has(cp)).map(label), 'in the source fonts but not in the subsets').toEqual([]);
      expect(uncovered.filter((cp) => !ABSENT_FROM_PT_FONTS.has(cp)).map(label), 'in no PT font, not listed').toEqual([]);
    });

    it(`${family.family}: has the edition's punctuation and the interface's Russian`, async () => {
      const faces = await familyFaces(family.pkg);
      const ui = charactersOf(['«Документы» № 12 – 1923–1932 гг. — ёЁ … „“ ’ § ° · × ›', 'Перейти к основному содержанию']);
      const missing = [...ui].filter((cp) => !faces.some((f) => inRanges(cp, f.ranges) && f.cmap.has(cp)));
      expect(missing.map(label)).toEqual([]);
    });
  }

  it('drops what the site does not use (the subsets are real)', async () => {
    const needed = charactersOf(documents.map(shownText));
    const family = FAMILIES[0]!;
    for (const part of PARTS) {
      const source = woff2CodePoints(await readFile(sourceFontPath(ROOT, family, part)));
      const made = woff2CodePoints(await readFile(join(outDir, outputName(family, part))));
      // e.g. Latin-1 letters (é, ß) or Ukrainian and Kazakh letters (Ґ, Ұ) the edition never prints.
      const unused = [...source].filter((cp) => !needed.has(cp) && !made.has(cp));
      expect(unused.length, `${part.name}: source characters left out`).toBeGreaterThan(0);
      expect(made.size).toBeLessThan(source.size);
    }
  });

  it('follow the records: a letter beyond the base ranges is kept once a record holds it', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'edition-fonts-extra-'));
    await mkdir(join(tmp, 'data'));
    // A Latin-1 letter and a Cyrillic letter beyond U+045F that the source fonts have, outside the base
    // ranges, and that nothing in the edition uses today (picked from candidates, so a new use elsewhere
    // does not make the test meaningless).
    const plain = new Set(result.fonts.filter((f) => f.family === 'PT Serif').flatMap((f) => f.codePoints));
    const latin = [...'éèñøåçß'].find((c) => !plain.has(c.codePointAt(0)!))!;
    const cyrillic = [...'ҐґЄєЇї'].find((c) => !plain.has(c.codePointAt(0)!))!;
    expect(latin, 'a Latin-1 letter unused by the edition').toBeDefined();
    expect(cyrillic, 'an extended Cyrillic letter unused by the edition').toBeDefined();
    await mkdir(join(tmp, 'data', 'documents'));
    await writeFile(join(tmp, 'data', 'documents-index.json'), JSON.stringify([{ id: 'x' }]));
    await writeFile(join(tmp, 'data', 'documents', 'x.json'), JSON.stringify({ id: 'x', notes: [{ text: `Caf${latin}, ${cyrillic}анок` }] }));
    const extra = await buildFonts({ root: ROOT, dataDir: join(tmp, 'data'), outDir: join(tmp, 'fonts') });
    const has = (c: string) => extra.fonts.filter((f) => f.family === 'PT Serif' && f.codePoints.includes(c.codePointAt(0)!)).length;
    expect([has(latin), has(cyrillic)]).toEqual([1, 1]);
  });

  it('fail loudly without the records or a source font', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'edition-fonts-empty-'));
    await expect(buildFonts({ root: ROOT, dataDir: empty, outDir: join(empty, 'fonts') })).rejects.toThrow(/documents-index\.json is missing/);
    expect(() => sourceFontPath(empty, FAMILIES[0]!, PARTS[0]!)).toThrow(/source font missing: .*pt-serif-latin-400-normal\.woff2/);
  });

  it('are unhinted and a fraction of the originals', async () => {
    for (const f of result.fonts) {
      const { tables } = woff2Tables(await readFile(join(outDir, f.file)));
      expect([...tables.keys()].filter((t) => ['fpgm', 'prep', 'cvt '].includes(t)), f.file).toEqual([]);
      expect(tables.has('GPOS'), `${f.file} keeps its kerning`).toBe(true);
      expect(f.bytes, f.file).toBeLessThan(f.sourceBytes / 2);
    }
    expect(result.fonts.reduce((s, f) => s + f.bytes, 0)).toBeLessThan(40 * 1024);
  });

  it('lists in chars.json what each file holds and what the fonts lack', async () => {
    const manifest = JSON.parse(await readFile(join(outDir, 'chars.json'), 'utf8')) as {
      fonts: { file: string; chars: string }[];
      absent: string[];
    };
    for (const f of result.fonts) {
      const entry = manifest.fonts.find((m) => m.file === f.file)!;
      expect([...entry.chars].map((ch) => ch.codePointAt(0))).toEqual(f.codePoints);
    }
    expect(manifest.absent).toEqual(result.absent.map(label));
  });
});

describe('fonts.css and the layout', () => {
  it('declare one @font-face per generated file, with its family, unicode-range and font-display: swap', async () => {
    const css = await readFile(join(ROOT, 'src/styles/fonts.css'), 'utf8');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
      const body = m[1]!;
      const get = (prop: string): string | undefined => new RegExp(`${prop}\\s*:\\s*([^;]+);`).exec(body)?.[1]?.trim();
      return {
        family: get('font-family')?.replace(/['"]/g, ''),
        file: /url\(['"]?\.\.\/assets\/fonts\/([^'")]+)['"]?\)/.exec(body)?.[1],
        range: get('unicode-range'),
        display: get('font-display'),
        weight: get('font-weight'),
      };
    });
    const expected = FAMILIES.flatMap((fam) =>
      PARTS.map((p) => ({ family: fam.family, file: outputName(fam, p), range: p.unicodeRange, display: 'swap', weight: '400' })),
    );
    expect(faces).toEqual(expect.arrayContaining(expected));
    expect(faces).toHaveLength(expected.length);
  });

  it('preloads generated files', async () => {
    const layout = await readFile(join(ROOT, 'src/layouts/base-layout.astro'), 'utf8');
    const preloaded = [...layout.matchAll(/from '\.\.\/assets\/fonts\/([^'?]+)\?url'/g)].map((m) => m[1]);
    expect(preloaded.length).toBeGreaterThan(0);
    expect(result.fonts.map((f) => f.file)).toEqual(expect.arrayContaining(preloaded));
  });
});
