/**
 * The generated web fonts (scripts/build-fonts.ts, `npm run fonts`) cover what a document page shows,
 * and their fallback faces take the room the web fonts take.
 *
 * The test runs the same build as `npm run fonts`, into a temporary folder, from the records the ingest
 * makes in process (what `npm run ingest` writes to data/), and reads each generated font's character
 * map (cmap) back from the woff2 bytes: a character counts as covered only when the family's file maps
 * it to a glyph. Whether the fallback faces really keep the page still is measured in Chromium
 * (tests/e2e/layout-shift.test.ts).
 */
import { writeDocumentStore } from '../scripts/lib/data-out.ts';
import { readFile, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FALLBACK_FONTS,
  FALLBACK_METRICS,
  FAMILIES,
  ROOT,
  averageWidth,
  buildFonts,
  CharTally,
  fallbackFace,
  fontMetrics,
  label,
  readFallbackMetrics,
  sourceFontPath,
  woff2CodePoints,
  woff2Tables,
  type BuildResult,
  type FontMetrics,
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

const cmapOf = async (file: string): Promise<Set<number>> => woff2CodePoints(await readFile(join(outDir, file)));

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
  it('writes one file per family, as fonts.css expects', async () => {
    expect(result.fonts.map((f) => f.file).sort()).toEqual(FAMILIES.map((f) => f.file).sort());
    for (const f of result.fonts) expect((await readFile(join(outDir, f.file))).byteLength).toBe(f.bytes);
  });

  for (const family of FAMILIES) {
    it(`${family.family}: covers every character of the documents' title, text and notes, Latin and Cyrillic in one file`, async () => {
      const cmap = await cmapOf(family.file);
      const needed = charactersOf(documents.map(shownText));
      expect(needed.size).toBeGreaterThan(100);
      const uncovered = [...needed].filter((cp) => !cmap.has(cp));
      // Whatever is not covered must be a character the source font lacks, and a known one.
      const source = fontMetrics(await readFile(sourceFontPath(ROOT, family)), needed).widths;
      expect(uncovered.filter((cp) => source[String.fromCodePoint(cp)] !== undefined).map(label), 'in the source font but not in the subset').toEqual([]);
      expect(uncovered.filter((cp) => !ABSENT_FROM_PT_FONTS.has(cp)).map(label), 'in no PT font, not listed').toEqual([]);
      expect(cmap.has('Ж'.codePointAt(0)!) && cmap.has('Q'.codePointAt(0)!)).toBe(true);
    });

    it(`${family.family}: has the edition's punctuation and the interface's Russian`, async () => {
      const cmap = await cmapOf(family.file);
      const ui = charactersOf(['«Документы» № 12 – 1923–1932 гг. — ёЁ … „“ ’ § ° · × ›', 'Перейти к основному содержанию']);
      expect([...ui].filter((cp) => !cmap.has(cp)).map(label)).toEqual([]);
    });
  }

  it('holds exactly what the site uses: no letters of other languages the records never print', async () => {
    const needed = charactersOf(documents.map(shownText));
    for (const family of FAMILIES) {
      const source = fontMetrics(await readFile(sourceFontPath(ROOT, family)), Array.from({ length: 0x2200 }, (_, i) => i)).widths;
      const made = await cmapOf(family.file);
      // e.g. Latin-1 letters (ß, ø) or Ukrainian, Serbian and Kazakh letters (Ґ, Ђ, Ұ) the edition never prints.
      for (const ch of 'ßøЂЉҐҰ') {
        expect(source[ch], `${family.file}: the source font has ${ch}`).toBeDefined();
        expect(needed.has(ch.codePointAt(0)!), `the records print ${ch}`).toBe(false);
        expect(made.has(ch.codePointAt(0)!), `${family.file} keeps ${ch}`).toBe(false);
      }
      expect(made.size).toBeLessThan(Object.keys(source).length / 2);
    }
  });

  it('follow the records: a letter beyond the base ranges is kept once a record holds it', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'edition-fonts-extra-'));
    await mkdir(join(tmp, 'data'));
    // A Latin-1 letter and a Cyrillic letter beyond Russian that the source fonts have, outside the base
    // ranges, and that nothing in the edition uses today (picked from candidates, so a new use elsewhere
    // does not make the test meaningless).
    const plain = new Set(result.fonts.find((f) => f.family === 'PT Serif')!.codePoints);
    const latin = [...'éèñøåçß'].find((c) => !plain.has(c.codePointAt(0)!))!;
    const cyrillic = [...'ҐґЄєЇїЂђ'].find((c) => !plain.has(c.codePointAt(0)!))!;
    expect(latin, 'a Latin-1 letter unused by the edition').toBeDefined();
    expect(cyrillic, 'an extended Cyrillic letter unused by the edition').toBeDefined();
    await mkdir(join(tmp, 'data', 'documents'));
    await writeFile(join(tmp, 'data', 'documents-index.json'), JSON.stringify([{ id: 'x' }]));
    await writeFile(join(tmp, 'data', 'documents', 'x.json'), JSON.stringify({ id: 'x', notes: [{ text: `Caf${latin}, ${cyrillic}анок` }] }));
    const extra = await buildFonts({ root: ROOT, dataDir: join(tmp, 'data'), outDir: join(tmp, 'fonts') });
    const serif = extra.fonts.find((f) => f.family === 'PT Serif')!;
    expect([latin, cyrillic].map((c) => serif.codePoints.includes(c.codePointAt(0)!))).toEqual([true, true]);
  });

  it('fail loudly without the records or a source font', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'edition-fonts-empty-'));
    await expect(buildFonts({ root: ROOT, dataDir: empty, outDir: join(empty, 'fonts') })).rejects.toThrow(/documents-index\.json is missing/);
    expect(() => sourceFontPath(empty, FAMILIES[0]!)).toThrow(/source font missing: .*PTSerif_400Regular\.ttf/);
  });

  it('are unhinted, keep their kerning, and are a fraction of the originals', async () => {
    for (const f of result.fonts) {
      const { tables } = woff2Tables(await readFile(join(outDir, f.file)));
      expect([...tables.keys()].filter((t) => ['fpgm', 'prep', 'cvt '].includes(t)), f.file).toEqual([]);
      expect(tables.has('GPOS'), `${f.file} keeps its kerning`).toBe(true);
      expect(f.bytes, f.file).toBeLessThan(f.sourceBytes / 10);
    }
    // Both families together, for every page of the edition (four files of 32 KB before).
    expect(result.fonts.reduce((s, f) => s + f.bytes, 0)).toBeLessThan(28 * 1024);
  });

  it('lists in chars.json what each file holds and what the fonts lack', async () => {
    const manifest = JSON.parse(await readFile(join(outDir, 'chars.json'), 'utf8')) as {
      fonts: { file: string; chars: string }[];
      absent: string[];
      fallbacks: unknown[];
    };
    for (const f of result.fonts) {
      const entry = manifest.fonts.find((m) => m.file === f.file)!;
      expect([...entry.chars].map((ch) => ch.codePointAt(0))).toEqual(f.codePoints);
    }
    expect(manifest.absent).toEqual(result.absent.map(label));
    expect(manifest.fallbacks).toEqual(result.fallbacks);
  });
});

describe('fallback faces', () => {
  /** A font whose every listed character has the same advance. */
  const flat = (unitsPerEm: number, advance: number, chars: string, ascent = 0, descent = 0): FontMetrics => ({
    unitsPerEm,
    ascent,
    descent,
    lineGap: 0,
    widths: Object.fromEntries([...chars].map((c) => [c, advance])),
  });
  const freq = (text: string): Map<number, number> => {
    const m = new Map<number, number>();
    for (const ch of text) m.set(ch.codePointAt(0)!, (m.get(ch.codePointAt(0)!) ?? 0) + 1);
    return m;
  };

  it('scale the local font to the web font’s average width and give it the web font’s line metrics', () => {
    // Web: 450/1000 em wide, ascent 0.9, descent 0.3; local: 1100/2048 em wide. 0.45 / 0.537109375 = 0.837818…
    const face = fallbackFace(flat(1000, 450, 'аб', 900, -300), flat(2048, 1100, 'аб'), freq('абба'));
    expect(face.sizeAdjust).toBeCloseTo(83.7818, 3);
    expect(face.ascentOverride).toBeCloseTo(90 / 0.837818, 2);
    expect(face.descentOverride).toBeCloseTo(30 / 0.837818, 2);
    expect(face.lineGapOverride).toBe(0);
  });

  it('count every drawn character of the records’ strings, as a plain reading of each string counts them', () => {
    // Cyrillic, Latin, a letter outside the Basic Multilingual Plane (𝔄, a surrogate pair), a lone surrogate,
    // controls (not drawn: left out), the keys (not counted: they are field names, not text).
    const record = { title: 'Аба 𝔄\u0007', blocks: [{ text: 'б\ud800в\u0085 𝔄𝔄' }, { text: '«ё»' }], n: 3, none: null, 'ключ': ['x\tx'] };
    const strings = ['Аба 𝔄\u0007', 'б\ud800в\u0085 𝔄𝔄', '«ё»', 'x\tx'];
    const expected = freq(strings.join(''));
    for (const cp of [...expected.keys()]) if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) expected.delete(cp);
    const tally = new CharTally();
    tally.addJson(record);
    const counts = tally.counts();
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
    expect(counts.get(0x1d504)).toBe(3);
    expect(counts.get(0xd800)).toBe(1);
    expect(counts.get('б'.codePointAt(0)!)).toBe(2);
    expect(counts.has('к'.codePointAt(0)!)).toBe(false);
    // In code point order, so the widths summed over them do not depend on the order the records came in.
    expect([...counts.keys()]).toEqual([...counts.keys()].sort((a, b) => a - b));
  });

  it('weigh each character by how often the records print it, over the characters both fonts have', () => {
    const web: FontMetrics = { ...flat(1000, 500, ''), widths: { а: 400, ш: 800, Q: 100 } };
    const local: FontMetrics = { ...flat(1000, 500, ''), widths: { а: 500, ш: 500 } };
    // Q is only in the web font: left out. Three а to one ш: (3·400 + 800) / 4 = 500.
    expect(averageWidth(web, local, freq('аааш Q'))).toBeCloseTo(0.5, 6);
    expect(averageWidth(web, local, freq('ашшш'))).toBeCloseTo(0.7, 6);
    expect(() => averageWidth(web, local, freq('QQ'))).toThrow(/no character in common/);
  });

  it('are measured for every local font listed, with every letter of the Russian alphabet', async () => {
    const measured = await readFallbackMetrics(ROOT);
    const alphabet = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ0123456789 .,«»—';
    for (const fb of FALLBACK_FONTS) {
      const m = measured.get(fb.file);
      expect(m, `${FALLBACK_METRICS} has ${fb.file}`).toBeDefined();
      expect([...alphabet].filter((c) => m!.widths[c] === undefined), fb.file).toEqual([]);
    }
  });

  it('are written to fallbacks.css for each family, sized within reason', async () => {
    const css = await readFile(join(outDir, 'fallbacks.css'), 'utf8');
    expect(result.fallbacks.map((f) => f.family)).toEqual(FALLBACK_FONTS.map((f) => f.family));
    for (const f of result.fallbacks) {
      expect(css).toContain(`font-family: '${f.family}';`);
      expect(css).toContain(`size-adjust: ${f.sizeAdjust}%;`);
      // Times New Roman sets Russian wider than PT Serif's em suggests, DejaVu much wider: no face is scaled beyond ±25 %.
      expect(f.sizeAdjust).toBeGreaterThan(75);
      expect(f.sizeAdjust).toBeLessThan(125);
    }
  });
});

describe('fonts.css, tokens.css and the layout', () => {
  it('declare one @font-face per generated file, with its family and font-display: swap, and no unicode-range', async () => {
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
    expect(faces).toEqual(FAMILIES.map((f) => ({ family: f.family, file: f.file, range: undefined, display: 'swap', weight: '400' })));
  });

  it('list each family’s fallback faces right after it, in the order of FALLBACK_FONTS', async () => {
    const tokens = await readFile(join(ROOT, 'src/styles/tokens.css'), 'utf8');
    for (const family of FAMILIES) {
      const stack = [family.family, ...FALLBACK_FONTS.filter((f) => f.for === family.family).map((f) => f.family)];
      expect(tokens).toContain(stack.map((n) => `'${n}'`).join(', '));
    }
  });

  it('preload the generated files and load the fallback faces', async () => {
    const layout = await readFile(join(ROOT, 'src/layouts/base-layout.astro'), 'utf8');
    const preloaded = [...layout.matchAll(/from '\.\.\/assets\/fonts\/([^'?]+)\?url'/g)].map((m) => m[1]);
    expect(preloaded.sort()).toEqual(FAMILIES.map((f) => f.file).sort());
    expect(layout).toContain("import '../assets/fonts/fallbacks.css';");
  });
});
