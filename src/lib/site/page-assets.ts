/**
 * What every page loads besides its HTML, compressed as the budget counts it (gzip -9): the site's
 * stylesheets and the web fonts that src/styles/fonts.css declares. Read from the files the build
 * uses (the fonts `npm run fonts` wrote before `astro build`), so the text budget of a part
 * (`textBudget` in parts.ts) follows the stylesheet and the fonts as they change, and no size is
 * written down here. The stylesheets' sources are counted without comments and spaces, all of them as
 * one sheet, and every font face is counted, which a page never loads more than. Node only (build time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The stylesheets' folder, from the project root (the build runs from the root). */
const STYLES = 'src/styles';

const gz = (data: Uint8Array): number => gzipSync(data, { level: 9 }).byteLength;

/** The font files `fonts.css` names, resolved against it. */
export function fontFiles(styles = resolve(process.cwd(), STYLES)): string[] {
  const css = readFileSync(join(styles, 'fonts.css'), 'utf8');
  return [...new Set([...css.matchAll(/url\(\s*['"]?([^'")]+\.woff2?)['"]?\s*\)/g)].map((m) => resolve(styles, m[1]!)))];
}

let measured: number | undefined;

/** gzip size of the stylesheets (as one file) plus that of each font file; throws when a font is missing (`npm run fonts`). */
export function pageAssetsSize(styles = resolve(process.cwd(), STYLES)): number {
  if (measured !== undefined) return measured;
  const sheets = readdirSync(styles)
    .filter((f) => f.endsWith('.css'))
    .sort()
    // Without comments and runs of white space, as the build's minifier leaves them.
    .map((f) => Buffer.from(readFileSync(join(styles, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')));
  const fonts = fontFiles(styles).map((file) => {
    try {
      return gz(readFileSync(file));
    } catch (cause) {
      throw new Error(`${file}: not found; run \`npm run fonts\` before the build`, { cause });
    }
  });
  measured = gz(Buffer.concat(sheets)) + fonts.reduce((a, b) => a + b, 0);
  return measured;
}
