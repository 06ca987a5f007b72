import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: the parser, renderer and helper tests (tests/*.test.ts, tests/support), no build needed;
 * - `site`: the built site, served over http (tests/site: crawl, links, data;
 *   tests/e2e: Chromium, keyboard, axe). Its global setup runs `npm run build` once,
 *   unless `EDITION_SKIP_BUILD=1` and dist/ exists.
 *
 * One project: `npx vitest run --project unit` or `--project site`; one file: `npx vitest run tests/e2e`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/*.test.ts', 'tests/support/**/*.test.ts'],
          // The run's scratch folders in one temporary folder, removed when the run ends.
          globalSetup: ['tests/temp-dir-setup.ts'],
          testTimeout: 60_000,
          // Several files ingest the whole corpus in `beforeAll` (2–4 s alone); on a busy 2-core machine that passes 10 s.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/temp-dir-setup.ts', 'tests/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
