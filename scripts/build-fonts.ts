/**
 * Builds the edition's web fonts: PT Serif (reading text) and PT Sans (interface), regular 400 only,
 * one woff2 file per family, cut down to the characters the site shows and written without hinting,
 * and the metric-matched fallback faces that stand in for them until they arrive. Nothing binary is
 * committed: the output folder is generated (and git-ignored) and Vite fingerprints the files when
 * src/styles/fonts.css and the layout's preload reference them.
 *
 * The source fonts are the complete TrueType files of the @expo-google-fonts packages (Google Fonts'
 * PT Serif and PT Sans, Latin and Cyrillic in one file), so each family becomes a single file that
 * holds exactly what the edition uses, Latin and Cyrillic together, with its kerning across both:
 * one request per family and no second set of tables.
 *
 * The characters: a small base (printable ASCII, the Russian alphabet with Ё/ё, the combining stress
 * mark and the typographic punctuation of the edition and its interface, for text typed into the
 * search field) united with every character of the records (data/*.json, written by `npm run
 * ingest`), of the sidecars and editorial files under content/ (*.json), and of the interface strings
 * and styles under src/ (*.astro, *.ts, *.css). A character that the source font lacks (e.g. the
 * arrows ← ↑ →) is listed as a warning: the browser draws it from a fallback font.
 *
 * Fallback faces (`fallbacks.css`): with `font-display: swap` the text is first drawn in a local font
 * and redrawn when the web font arrives; if the two differ in width or line metrics, lines rewrap and
 * the page shifts (CLS). For each family the script writes @font-face rules over local fonts
 * (Times New Roman or its metric twin Liberation Serif, DejaVu Serif; Arial or Liberation Sans, DejaVu
 * Sans) with `size-adjust`, `ascent-override`, `descent-override` and `line-gap-override` that make
 * them take the room PT Serif or PT Sans takes. The width is the average advance weighted by how often
 * each character occurs in the records, so it is Russian text that matches, not English. The metrics
 * of the PT fonts are read from their files; those of the local fonts from scripts/fallback-fonts.json,
 * measured once from the font files (`npm run fonts -- --measure-fallbacks [DIR]`, DIR a folder with
 * the Debian fonts-liberation and fonts-dejavu-core files, default /usr/share/fonts).
 *
 * Next to the fonts the script writes `chars.json`: for each file its code points, the characters no
 * source font has, and the fallback faces' figures.
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
import { create as openFont, type Font } from 'fontkitten';

/** The project root (this file is `scripts/build-fonts.ts`). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Default output folder, relative to the root; git-ignored. */
export const OUT_DIR = 'src/assets/fonts';
export const MANIFEST = 'chars.json';
/** The generated fallback faces, imported by the layout before the site's styles. */
export const FALLBACK_CSS = 'fallbacks.css';
/** Measured metrics of the local fallback fonts (committed; see `measureFallbacks`). */
export const FALLBACK_METRICS = 'scripts/fallback-fonts.json';

export interface FontFamily {
  /** CSS font-family name, as in fonts.css and tokens.css. */
  family: string;
  /** The package shipping the complete font, and the file in it. */
  pkg: string;
  source: string;
  /** The generated file. */
  file: string;
}

export const FAMILIES: readonly FontFamily[] = [
  { family: 'PT Serif', pkg: '@expo-google-fonts/pt-serif', source: '400Regular/PTSerif_400Regular.ttf', file: 'pt-serif-400.woff2' },
  { family: 'PT Sans', pkg: '@expo-google-fonts/pt-sans', source: '400Regular/PTSans_400Regular.ttf', file: 'pt-sans-400.woff2' },
];

/** A local font that stands in for a family until its web font has loaded. */
export interface FallbackFont {
  /** The family it stands in for. */
  for: string;
  /** The @font-face family name of the adjusted face, listed in tokens.css after the web font. */
  family: string;
  /** Full and PostScript names for `local()`; the first one installed is used. */
  local: string[];
  /** The font file measured, under the fonts folder (Debian's paths), and why this one. */
  file: string;
  note: string;
}

export const FALLBACK_FONTS: readonly FallbackFont[] = [
  {
    for: 'PT Serif',
    family: 'PT Serif Fallback Times',
    local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif'],
    file: 'truetype/liberation/LiberationSerif-Regular.ttf',
    note: 'Liberation Serif has the advance widths and line metrics of Times New Roman (Windows, macOS)',
  },
  {
    for: 'PT Serif',
    family: 'PT Serif Fallback DejaVu',
    local: ['DejaVu Serif', 'DejaVuSerif'],
    file: 'truetype/dejavu/DejaVuSerif.ttf',
    note: 'the serif of a Linux desktop without Liberation',
  },
  {
    for: 'PT Sans',
    family: 'PT Sans Fallback Arial',
    local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
    file: 'truetype/liberation/LiberationSans-Regular.ttf',
    note: 'Liberation Sans has the advance widths and line metrics of Arial (Windows, macOS)',
  },
  {
    for: 'PT Sans',
    family: 'PT Sans Fallback DejaVu',
    local: ['DejaVu Sans', 'DejaVuSans'],
    file: 'truetype/dejavu/DejaVuSans.ttf',
    note: 'the sans of a Linux desktop without Liberation',
  },
];

/**
 * Characters kept whatever the data holds: printable ASCII; the no-break space, « », §, °, ·, ×; the
 * Russian alphabet with Ё/ё and the combining stress mark; the typographic punctuation of the edition
 * and its interface (‐ – — ‘ ’ ‚ “ ” „ • … ‹ › № −). Other Latin-1 signs and the Cyrillic letters of
 * other languages are kept only when the records use them.
 */
export const BASE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x00a0],
  [0x00a7, 0x00a7],
  [0x00ab, 0x00ab],
  [0x00b0, 0x00b0],
  [0x00b7, 0x00b7],
  [0x00bb, 0x00bb],
  [0x00d7, 0x00d7],
  [0x0301, 0x0301],
  [0x0401, 0x0401],
  [0x0410, 0x044f],
  [0x0451, 0x0451],
  [0x2010, 0x2010],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2039, 0x203a],
  [0x2116, 0x2116],
  [0x2212, 0x2212],
];

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

/** The document store's index (`data/documents-index.json`), checked first: the records are what the fonts are cut for. */
const storeIndex = (dataDir: string): string => {
  const file = join(dataDir, DOCUMENT_STORE.index);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run ingest -- --out data\` first`);
  return file;
};

/** The document store's records, one file each: every string of `documents.json` but the derived `text`. */
const storeRecords = (dataDir: string): Promise<string[]> => filesUnder(join(dataDir, DOCUMENT_STORE.dir), (n) => n.endsWith('.json'));

/** What the document store's records draw: their characters (as `addJsonStrings` adds them) and how often each occurs (`CharTally`). */
export interface StoreCharacters {
  chars: Set<number>;
  counts: Map<number, number>;
}

/**
 * How often each character of many strings occurs, in a slot per code point of the Basic Multilingual
 * Plane (a map for the rest), without a string and a map entry made per character (the store is most of
 * the build's text: at ×100 the fonts' stage was mostly this count).
 */
export class CharTally {
  readonly #bmp = new Float64Array(0x10000);
  readonly #astral = new Map<number, number>();

  /** Counts every character of `text` (a surrogate without its pair as itself, as `for … of` reads it). */
  addText(text: string): void {
    const bmp = this.#bmp;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          this.#astral.set(cp, (this.#astral.get(cp) ?? 0) + 1);
          i++;
          continue;
        }
      }
      bmp[c]!++;
    }
  }

  /** Counts the characters of every string value (not the keys) of a parsed JSON value. */
  addJson(value: unknown): void {
    if (typeof value === 'string') this.addText(value);
    else if (Array.isArray(value)) for (const v of value) this.addJson(v);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) this.addJson(v);
  }

  /** The drawn characters counted, by code point, with their counts. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (let cp = 0; cp < 0x10000; cp++) if (this.#bmp[cp]! > 0 && drawn(cp)) counts.set(cp, this.#bmp[cp]!);
    for (const cp of [...this.#astral.keys()].sort((a, b) => a - b)) counts.set(cp, this.#astral.get(cp)!);
    return counts;
  }
}

/** Adds the characters of every key of a parsed JSON value (what `addJsonStrings` adds beside its strings). */
function addJsonKeys(value: unknown, into: Set<number>): void {
  if (Array.isArray(value)) for (const v of value) addJsonKeys(v, into);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      addText(k, into);
      addJsonKeys(v, into);
    }
}

/** The characters of the document store's records and their counts, each record read once (the store is most of the build's text). */
export async function storeCharacters(dataDir: string): Promise<StoreCharacters> {
  const keys = new Set<number>();
  const tally = new CharTally();
  storeIndex(dataDir);
  for (const file of await storeRecords(dataDir)) {
    const record: unknown = JSON.parse(await readFile(file, 'utf8'));
    addJsonKeys(record, keys);
    tally.addJson(record);
  }
  const counts = tally.counts();
  // Every drawn character of the strings is counted; the keys' add those of the field names.
  return { chars: new Set([...counts.keys(), ...keys]), counts };
}

/**
 * The characters the site shows: the base ranges, the records, content/*.json and the source under src/.
 * `store`: the document store's characters, when they have been read already.
 */
export async function collectCharacters({ root, dataDir }: CollectOptions, store?: StoreCharacters): Promise<Set<number>> {
  const chars = new Set<number>();
  for (const [a, b] of BASE_RANGES) for (let cp = a; cp <= b; cp++) chars.add(cp);
  // The document store holds every string of `documents.json` (whose `text` is its blocks' texts joined), one
  // record a file: read it, not the published file, which at a hundred times the corpus is no string at all.
  for (const cp of (store ?? (await storeCharacters(dataDir))).chars) chars.add(cp);
  const storeDir = join(dataDir, DOCUMENT_STORE.dir);
  const jsonFiles = [
    ...(await filesUnder(dataDir, (n) => n.endsWith('.json') && n !== 'documents.json')).filter((f) => relative(storeDir, f).startsWith('..')),
    ...(await filesUnder(join(root, 'content'), (n) => n.endsWith('.json'))),
  ];
  for (const file of jsonFiles) addJsonStrings(JSON.parse(await readFile(file, 'utf8')), chars);
  for (const file of await filesUnder(join(root, 'src'), (n) => /\.(astro|ts|css)$/.test(n)))
    addText(await readFile(file, 'utf8'), chars);
  return chars;
}

// ---------------------------------------------------------------------------------------------------
// Reading a woff2 font's character map (cmap), to check the subset and for the tests.

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
// Line and width metrics, for the fallback faces.

/** A font's vertical metrics (hhea, as Chromium and Safari use them) and advance widths, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Negative, below the baseline. */
  descent: number;
  lineGap: number;
  /** Advance width of each character the font has, by the character itself. */
  widths: Record<string, number>;
}

/** Reads the metrics of a TrueType/OpenType font, with the advances of `chars` that it has. */
export function fontMetrics(bytes: Uint8Array, chars: Iterable<number>): FontMetrics {
  const font = openFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font;
  const widths: Record<string, number> = {};
  for (const cp of [...chars].sort((a, b) => a - b))
    if (font.hasGlyphForCodePoint(cp)) widths[String.fromCodePoint(cp)] = font.glyphForCodePoint(cp).advanceWidth;
  return { unitsPerEm: font.unitsPerEm, ascent: font.ascent, descent: font.descent, lineGap: font.lineGap, widths };
}

/**
 * The average advance of a font, in ems, over the characters both it and `other` have, each weighted
 * by how often it occurs: the width a line of that text takes per character.
 */
export function averageWidth(font: FontMetrics, other: FontMetrics, frequencies: ReadonlyMap<number, number>): number {
  let sum = 0;
  let weight = 0;
  for (const [cp, n] of frequencies) {
    const ch = String.fromCodePoint(cp);
    const w = font.widths[ch];
    if (w === undefined || other.widths[ch] === undefined) continue;
    sum += n * w;
    weight += n;
  }
  if (weight === 0) throw new Error('no character in common to weigh the fonts’ widths');
  return sum / weight / font.unitsPerEm;
}

export interface FallbackFace {
  family: string;
  for: string;
  local: string[];
  /** Percentages, as written in the CSS. */
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

/**
 * The @font-face descriptors that make `fallback` take the room of `web`: scaled so that the
 * weighted average width matches (size-adjust), with the web font's ascent, descent and line gap
 * (the overrides are scaled by size-adjust in turn, so they are divided by it here), as Capsize and
 * fontaine compute them.
 */
export function fallbackFace(web: FontMetrics, fallback: FontMetrics, frequencies: ReadonlyMap<number, number>): Omit<FallbackFace, 'family' | 'for' | 'local'> {
  const scale = averageWidth(web, fallback, frequencies) / averageWidth(fallback, web, frequencies);
  const percent = (x: number): number => Math.round(x * 1e6) / 1e4;
  return {
    sizeAdjust: percent(scale),
    ascentOverride: percent(web.ascent / web.unitsPerEm / scale),
    descentOverride: percent(Math.abs(web.descent) / web.unitsPerEm / scale),
    lineGapOverride: percent(web.lineGap / web.unitsPerEm / scale),
  };
}

export function fallbackCss(faces: readonly FallbackFace[]): string {
  const rules = faces.map(
    (f) =>
      `@font-face {\n  font-family: '${f.family}';\n  src: ${f.local.map((n) => `local('${n}')`).join(', ')};\n` +
      `  size-adjust: ${f.sizeAdjust}%;\n  ascent-override: ${f.ascentOverride}%;\n  descent-override: ${f.descentOverride}%;\n` +
      `  line-gap-override: ${f.lineGapOverride}%;\n}\n`,
  );
  return `/* Generated by scripts/build-fonts.ts (npm run fonts): local fonts sized to the PT fonts' room; do not edit. */\n${rules.join('\n')}`;
}

interface FallbackMetricsFile {
  note: string;
  fonts: (FontMetrics & { file: string; version: string })[];
}

/** The committed metrics of the local fallback fonts, by file. */
export async function readFallbackMetrics(root: string): Promise<Map<string, FontMetrics>> {
  const parsed = JSON.parse(await readFile(join(root, FALLBACK_METRICS), 'utf8')) as FallbackMetricsFile;
  return new Map(parsed.fonts.map((f) => [f.file, f]));
}

/**
 * Measures the local fallback fonts from their files under `fontsDir` (Debian's /usr/share/fonts
 * layout) and writes scripts/fallback-fonts.json: line metrics and the advances of `chars`.
 */
export async function measureFallbacks(root: string, fontsDir: string, chars: Set<number>): Promise<void> {
  const fonts: FallbackMetricsFile['fonts'] = [];
  for (const file of [...new Set(FALLBACK_FONTS.map((f) => f.file))]) {
    const bytes = await readFile(join(fontsDir, file));
    const font = openFont(bytes) as Font;
    fonts.push({ file, version: font.version, ...fontMetrics(bytes, chars) });
  }
  const out: FallbackMetricsFile = {
    note: 'Written by `npm run fonts -- --measure-fallbacks` (scripts/build-fonts.ts) from the Debian fonts-liberation and fonts-dejavu-core files; used for the fallback faces of fallbacks.css.',
    fonts,
  };
  // One line per font's widths: a few hundred numbers that nobody reads one by one.
  const text = JSON.stringify(out, (key, value: unknown) => (key === 'widths' ? `@${JSON.stringify(value)}@` : value), 1);
  await writeFile(join(root, FALLBACK_METRICS), `${text.replace(/"@(.*)@"/g, (_, w: string) => JSON.parse(`"${w}"`) as string)}\n`);
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

/** The complete font a family is cut from; throws with a clear message when it is not installed. */
export function sourceFontPath(root: string, family: FontFamily): string {
  const file = join(root, 'node_modules', family.pkg, family.source);
  if (!existsSync(file)) throw new Error(`source font missing: ${file} (is ${family.pkg} installed? run \`npm install\`)`);
  return file;
}

export interface BuiltFont {
  file: string;
  family: string;
  sourceBytes: number;
  bytes: number;
  /** The code points the generated font maps, read back from its cmap. */
  codePoints: number[];
}

export interface BuildResult {
  fonts: BuiltFont[];
  /** Characters the site needs that a family's source font lacks (drawn by a fallback font). */
  absent: number[];
  fallbacks: FallbackFace[];
}

export interface BuildOptions extends CollectOptions {
  outDir: string;
}

/** Collects the characters, writes the subset fonts, fallbacks.css and chars.json into outDir, and checks every font's cmap. */
export async function buildFonts({ root, dataDir, outDir }: BuildOptions): Promise<BuildResult> {
  const store = await storeCharacters(dataDir);
  const needed = await collectCharacters({ root, dataDir }, store);
  const frequencies = store.counts;
  const measured = await readFallbackMetrics(root);
  await mkdir(outDir, { recursive: true });
  const fonts: BuiltFont[] = [];
  const fallbacks: FallbackFace[] = [];
  for (const family of FAMILIES) {
    const source = await readFile(sourceFontPath(root, family));
    const metrics = fontMetrics(source, [...needed, ...frequencies.keys()]);
    const keep = [...needed].filter((cp) => metrics.widths[String.fromCodePoint(cp)] !== undefined).sort((a, b) => a - b);
    const font = await subsetFont(source, String.fromCodePoint(...keep), { targetFormat: 'woff2', noHinting: true });
    const mapped = woff2CodePoints(font);
    const lost = keep.filter((cp) => !mapped.has(cp));
    if (lost.length > 0) throw new Error(`${family.file} lacks ${lost.map(label).join(' ')} after subsetting`);
    await writeFile(join(outDir, family.file), font);
    fonts.push({
      file: family.file,
      family: family.family,
      sourceBytes: source.byteLength,
      bytes: font.byteLength,
      codePoints: [...mapped].sort((a, b) => a - b),
    });
    for (const fb of FALLBACK_FONTS.filter((f) => f.for === family.family)) {
      const local = measured.get(fb.file);
      if (!local) throw new Error(`${FALLBACK_METRICS} has no metrics for ${fb.file}: run \`npm run fonts -- --measure-fallbacks\``);
      fallbacks.push({ family: fb.family, for: fb.for, local: fb.local, ...fallbackFace(metrics, local, frequencies) });
    }
  }
  await writeFile(join(outDir, FALLBACK_CSS), fallbackCss(fallbacks));
  // Absent: needed, yet missing from the file of at least one family.
  const absent = [...needed].filter((cp) => fonts.some((f) => !f.codePoints.includes(cp))).sort((a, b) => a - b);
  const manifest = {
    note: 'Generated by scripts/build-fonts.ts (npm run fonts); do not edit.',
    fonts: fonts.map((f) => ({ ...f, chars: String.fromCodePoint(...f.codePoints), codePoints: undefined })),
    absent: absent.map(label),
    fallbacks,
  };
  await writeFile(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return { fonts, absent, fallbacks };
}

/** `U+00AB «`. */
export const label = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: OUT_DIR },
      'measure-fallbacks': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const dataDir = resolve(ROOT, values.data);
  if (values['measure-fallbacks']) {
    const fontsDir = positionals[0] ?? '/usr/share/fonts';
    await measureFallbacks(ROOT, fontsDir, await collectCharacters({ root: ROOT, dataDir }));
    console.log(`fallback metrics from ${fontsDir} → ${FALLBACK_METRICS}`);
    return;
  }
  const outDir = resolve(ROOT, values.out);
  const { fonts, absent, fallbacks } = await buildFonts({ root: ROOT, dataDir, outDir });
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`fonts → ${relative(ROOT, outDir) || '.'}/`);
  for (const f of fonts)
    console.log(`  ${f.file.padEnd(20)} ${String(f.codePoints.length).padStart(4)} characters  ${kb(f.sourceBytes).padStart(8)} → ${kb(f.bytes).padStart(7)}`);
  console.log(`  total ${kb(fonts.reduce((s, f) => s + f.sourceBytes, 0))} → ${kb(fonts.reduce((s, f) => s + f.bytes, 0))}`);
  for (const f of fallbacks)
    console.log(`  ${f.family.padEnd(24)} size-adjust ${f.sizeAdjust}%, ascent ${f.ascentOverride}%, descent ${f.descentOverride}%, line gap ${f.lineGapOverride}%`);
  if (absent.length > 0) console.warn(`  not in the PT fonts, drawn by a fallback font: ${absent.map(label).join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`build-fonts: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
