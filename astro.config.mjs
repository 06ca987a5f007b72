// @ts-check
import { defineConfig } from 'astro/config';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Placeholder until the edition has its public address.
  site: 'https://example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7 defaults to 'jsx' whitespace rules, which drop the space between a word
  // and an inline element on the next source line. Text fidelity first: keep all whitespace.
  compressHTML: false,
});
