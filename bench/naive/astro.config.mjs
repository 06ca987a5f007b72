// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The floor the edition's build is measured against (scripts/bench.ts): Astro and Pagefind over the same
 * text with nothing else, one page per document. No integrations, no fonts, no data files.
 */
export default defineConfig({
  outDir: process.env['NAIVE_OUT'] ?? './dist',
  logLevel: 'warn',
});
