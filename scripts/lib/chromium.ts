/**
 * Chromium through playwright-core (no browser download), for the browser tests and the search
 * bench: Debian's `/usr/bin/chromium`, or the executable named by `EDITION_CHROMIUM`. A missing
 * browser fails with the fix in the message.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['EDITION_CHROMIUM'] ?? '/usr/bin/chromium';

const HINT =
  'The browser tests need Chromium: on Debian `apt-get install chromium` (.ci/run does it), ' +
  'or point EDITION_CHROMIUM at a Chromium/Chrome executable. ' +
  'To skip the browser tests on purpose, set EDITION_NO_BROWSER=1.';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. ${HINT}`);
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (error) {
    throw new Error(`Chromium at ${CHROMIUM} did not start: ${String(error)}\n${HINT}`);
  }
}
