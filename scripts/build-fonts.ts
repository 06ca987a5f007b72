/**
 * Builds the edition's web fonts: PT Serif (reading text) and PT Sans (interface), regular 400 only,
 * cut down to the characters the site shows and written without hinting, from the woff2 files of the
 * installed @fontsource packages. Nothing binary is committed: the output folder is generated (and
 * git-ignored) and Vite fingerprints the files when src/styles/fonts.css and the layout's preload
 * reference them.
 *
 * Fontsource ships each family as separate files per script (Latin, Cyrillic), each holding only the
 * glyphs of its own unicode-range, and harfbuzz cannot merge two fonts, so each family stays two
 * files: `<family>-latin-400.woff2` and `<family>-cyrillic-400.woff2`. A Russian page needs both
 * (Cyrillic letters; spaces, digits and punctuation); together they are about a quarter of the
 * hinted originals.
 *
 * The characters: a fixed base (Basic Latin, Latin-1 punctuation and signs, Cyrillic U+0400–045F,
 * the typographic punctuation the edition uses) united with every character of the records
 * (data/*.json, written by `npm run ingest`), of the sidecars and editorial files under content/
 * (*.json), and of the interface strings and styles under src/ (*.astro, *.ts, *.css). A character
 * that neither source font has (e.g. the arrows ← ↑ →) is listed as a warning: the browser draws it
 * from a fallback font, as it did before.
 *
 * Next to the fonts the script writes `chars.json`: for each file its code points and unicode-range,
 * and the characters no source font has.
 *
 * Usage: npm run fonts [-- --data DIR] [--out DIR]
 * Exits non-zero when a source font or the document store (data/documents-index.json) is missing, or when a generated font lacks
 * a character it was asked to keep.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { DOCUMENT_STORE } from '../src/lib/render/data-dir.ts';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliDecompressSync } from 'node:zlib';

/** The project root (this file is `scripts/build-fonts.ts`). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Default output folder, relative to the root; git-ignored. */
export const OUT_DIR = 'src/assets/fonts';
export const MANIFEST = 'chars.json';

export interface FontFamily {
  /** CSS font-family name, as in fonts.css and global.css. */
  family: string;
  /** Fontsource package (`@fontsource/<pkg>`) and file prefix. */
  pkg: string;
}

export const FAMILIES: readonly FontFamily[] = [
  { family: 'PT Serif', pkg: 'pt-serif' },
  { family: 'PT Sans', pkg: 'pt-sans' },
];

export interface FontPart {
  /** Fontsource subset name: the source file is `files/<pkg>-<name>-400-normal.woff2`. */
  name: 'latin' | 'cyrillic';
  /**
   * The unicode-range of this part, as in fonts.css (Fontsource's range for the subset, from its
   * unicode.json). It is the range the part is cut from, not the list of its glyphs: a character in
   * the range that the subset lacks falls back per character, as with any font.
   */
  unicodeRange: string;
}

export const PARTS: readonly FontPart[] = [
  {
    name: 'latin',
    unicodeRange:
      'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  },
  { name: 'cyrillic', unicodeRange: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' },
];

/**
 * Characters kept whatever the data holds: Basic Latin; Latin-1 punctuation and signs (no-break
 * space to ¿, ×, ÷); Cyrillic U+0400–045F (Ё/ё included) and the combining stress mark; the
 * typographic punctuation of the edition and its interface (‐ – — ‘ ’ ‚ “ ” „ • … ‹ › № − and the
 * arrows ← ↑ → ↓, which the PT fonts do not have).
 */
export const BASE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x00bf],
  [0x00d7, 0x00d7],
  [0x00f7, 0x00f7],
  [0x0301, 0x0301],
  [0x0400, 0x045f],
  [0x2010, 0x2010],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2039, 0x203a],
  [0x2116, 0x2116],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];

/** `U+0000-00FF, U+0131` → inclusive [start, end] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    if (!m) throw new Error(`bad unicode-range part: ${JSON.stringify(part)}`);
    const start = parseInt(m[1]!, 16);
    return [start, m[2] ? parseInt(m[2], 16) : start];
  });
}

export const inRanges = (cp: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([a, b]) => cp >= a && cp <= b);

/** Whether a code point is drawn with a glyph (not a control character). */
const drawn = (cp: number): boolean => cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f);

/** Adds the drawn characters of a string. */
export function addText(text: string, into: Set<number>): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (drawn(cp)) into.add(cp);
  }
}

/** Adds the drawn characters of every string (values and keys) in a parsed JSON value. */
export function addJsonStrings(value: unknown, into: Set<number>): void {
  if (typeof value === 'string') addText(value, into);
  else if (Array.isArray(value)) for (const v of value) addJsonStrings(v, into);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      addText(k, into);
      addJsonStrings(v, into);
    }
}

async function filesUnder(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export interface CollectOptions {
  /** Project root: content/ and src/ are read from here. */
  root: string;
  /** Folder with the ingest's output; must hold the document store (`documents-index.json`, `documents/`). */
  dataDir: string;
}

/** The characters the site shows: the base ranges, the records, content/*.json and the source under src/. */
export async function collectCharacters({ root, dataDir }: CollectOptions): Promise<Set<number>> {
  const chars = new Set<number>();
  for (const [a, b] of BASE_RANGES) for (let cp = a; cp <= b; cp++) chars.add(cp);
  if (!existsSync(join(dataDir, DOCUMENT_STORE.index)))
    throw new Error(`${join(dataDir, DOCUMENT_STORE.index)} is missing: run \`npm run ingest -- --out data\` first`);
  // The document store holds every string of `documents.json` (whose `text` is its blocks' texts joined), one
  // record a file: read it, not the published file, which at a hundred times the corpus is no string at all.
  const jsonFiles = [
    ...(await filesUnder(dataDir, (n) => n.endsWith('.json') && n !== 'documents.json')),
    ...(await filesUnder(join(root, 'content'), (n) => n.endsWith('.json'))),
  ];
  for (const file of jsonFiles) addJsonStrings(JSON.parse(await readFile(file, 'utf8')), chars);
  for (const file of await filesUnder(join(root, 'src'), (n) => /\.(astro|ts|css)$/.test(n)))
    addText(await readFile(file, 'utf8'), chars);
  return chars;
}

// ---------------------------------------------------------------------------------------------------
// Reading a woff2 font's character map (cmap), to check the subsets and for the tests.

/** Table tags by index of the woff2 "known tags" list (WOFF2 spec, 5.1). */
const KNOWN_TAGS = (
  'cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern LTSH PCLT ' +
  'VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar bdat bloc bsln cvar ' +
  'fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
)
  .split(' ')
  .map((t) => t.replace('_', ' '));

/** The decompressed table data of a woff2 font, with each table's place in it. */
export function woff2Tables(font: Uint8Array): { data: Buffer; tables: Map<string, { offset: number; length: number }> } {
  const buf = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  if (buf.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a woff2 font');
  if (buf.toString('latin1', 4, 8) === 'ttcf') throw new Error('woff2 font collections are not supported');
  const numTables = buf.readUInt16BE(12);
  const totalCompressedSize = buf.readUInt32BE(20);
  let p = 48; // end of the WOFF2 header
  const base128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = buf[p++]!;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('bad UIntBase128 in woff2 table directory');
  };
  const tables = new Map<string, { offset: number; length: number }>();
  let offset = 0;
  for (let i = 0; i < numTables; i++) {
    const flags = buf[p++]!;
    let tag: string;
    if ((flags & 0x3f) === 0x3f) {
      tag = buf.toString('latin1', p, p + 4);
      p += 4;
    } else tag = KNOWN_TAGS[flags & 0x3f]!;
    const version = flags >> 6;
    const origLength = base128();
    // glyf and loca are transformed unless version 3; any other table is transformed unless version 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    const length = transformed ? base128() : origLength;
    tables.set(tag, { offset, length });
    offset += length;
  }
  return { data: brotliDecompressSync(buf.subarray(p, p + totalCompressedSize)), tables };
}

/** The code points a woff2 font maps to a glyph (cmap formats 4 and 12, all subtables). */
export function woff2CodePoints(font: Uint8Array): Set<number> {
  const { data, tables } = woff2Tables(font);
  const entry = tables.get('cmap');
  if (!entry) throw new Error('font has no cmap table');
  const c = data.subarray(entry.offset, entry.offset + entry.length);
  const out = new Set<number>();
  const numSubtables = c.readUInt16BE(2);
  for (let i = 0; i < numSubtables; i++) {
    const o = c.readUInt32BE(4 + i * 8 + 4);
    const format = c.readUInt16BE(o);
    if (format === 4) {
      const segX2 = c.readUInt16BE(o + 6);
      const ends = o + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const rangeOffsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = c.readUInt16BE(ends + s * 2);
        const start = c.readUInt16BE(starts + s * 2);
        const delta = c.readUInt16BE(deltas + s * 2);
        const rangeOffset = c.readUInt16BE(rangeOffsets + s * 2);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
          else {
            const g = c.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph !== 0) out.add(cp);
        }
      }
    } else if (format === 12) {
      const groups = c.readUInt32BE(o + 12);
      for (let g = 0; g < groups; g++) {
        const at = o + 16 + g * 12;
        const start = c.readUInt32BE(at);
        const end = c.readUInt32BE(at + 4);
        const startGlyph = c.readUInt32BE(at + 8);
        for (let cp = start; cp <= end; cp++) if (startGlyph + (cp - start) !== 0) out.add(cp);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Subsetting.

type SubsetFont = (
  font: Uint8Array,
  text: string,
  options: { targetFormat: 'woff2'; noHinting: boolean },
) => Promise<Uint8Array>;
// subset-font is CommonJS without type declarations.
const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

export const outputName = (family: FontFamily, part: FontPart): string => `${family.pkg}-${part.name}-400.woff2`;

/** The Fontsource file a part is cut from; throws with a clear message when it is not installed. */
export function sourceFontPath(root: string, family: FontFamily, part: FontPart): string {
  const file = join(root, 'node_modules', '@fontsource', family.pkg, 'files', `${family.pkg}-${part.name}-400-normal.woff2`);
  if (!existsSync(file))
    throw new Error(`source font missing: ${file} (is @fontsource/${family.pkg} installed? run \`npm install\`)`);
  return file;
}

export interface BuiltFont {
  file: string;
  family: string;
  part: FontPart['name'];
  unicodeRange: string;
  sourceBytes: number;
  bytes: number;
  /** The code points the generated font maps, read back from its cmap. */
  codePoints: number[];
}

export interface BuildResult {
  fonts: BuiltFont[];
  /** Characters the site needs that a family's source fonts lack (drawn by a fallback font). */
  absent: number[];
}

export interface BuildOptions extends CollectOptions {
  outDir: string;
}

/** Collects the characters, writes the subset fonts and chars.json into outDir, and checks every font's cmap. */
export async function buildFonts({ root, dataDir, outDir }: BuildOptions): Promise<BuildResult> {
  const needed = await collectCharacters({ root, dataDir });
  await mkdir(outDir, { recursive: true });
  const fonts: BuiltFont[] = [];
  for (const family of FAMILIES) {
    for (const part of PARTS) {
      const source = await readFile(sourceFontPath(root, family, part));
      const available = woff2CodePoints(source);
      const ranges = parseUnicodeRange(part.unicodeRange);
      const keep = [...needed].filter((cp) => inRanges(cp, ranges) && available.has(cp)).sort((a, b) => a - b);
      const font = await subsetFont(source, String.fromCodePoint(...keep), { targetFormat: 'woff2', noHinting: true });
      const mapped = woff2CodePoints(font);
      const lost = keep.filter((cp) => !mapped.has(cp));
      if (lost.length > 0) throw new Error(`${outputName(family, part)} lacks ${lost.map(label).join(' ')} after subsetting`);
      const file = outputName(family, part);
      await writeFile(join(outDir, file), font);
      fonts.push({
        file,
        family: family.family,
        part: part.name,
        unicodeRange: part.unicodeRange,
        sourceBytes: source.byteLength,
        bytes: font.byteLength,
        codePoints: [...mapped].sort((a, b) => a - b),
      });
    }
  }
  // Absent: needed, yet missing from the files of at least one family.
  const absent = [...needed]
    .filter((cp) => FAMILIES.some((fam) => !fonts.some((f) => f.family === fam.family && f.codePoints.includes(cp))))
    .sort((a, b) => a - b);
  const manifest = {
    note: 'Generated by scripts/build-fonts.ts (npm run fonts); do not edit.',
    fonts: fonts.map((f) => ({ ...f, chars: String.fromCodePoint(...f.codePoints), codePoints: undefined })),
    absent: absent.map(label),
  };
  await writeFile(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return { fonts, absent };
}

/** `U+00AB «`. */
export const label = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: OUT_DIR } },
  });
  const outDir = resolve(ROOT, values.out);
  const { fonts, absent } = await buildFonts({ root: ROOT, dataDir: resolve(ROOT, values.data), outDir });
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`fonts → ${relative(ROOT, outDir) || '.'}/`);
  for (const f of fonts)
    console.log(
      `  ${f.file.padEnd(28)} ${String(f.codePoints.length).padStart(4)} characters  ${kb(f.sourceBytes).padStart(8)} → ${kb(f.bytes).padStart(7)}`,
    );
  const total = fonts.reduce((s, f) => s + f.bytes, 0);
  const before = fonts.reduce((s, f) => s + f.sourceBytes, 0);
  console.log(`  total ${kb(before)} → ${kb(total)}`);
  if (absent.length > 0) console.warn(`  not in the PT fonts, drawn by a fallback font: ${absent.map(label).join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`build-fonts: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
