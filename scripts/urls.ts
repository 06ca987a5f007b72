/**
 * The last step of `npm run build`: keeps the edition's public URLs permanent (scripts/lib/url-gate.ts,
 * src/lib/ids/public-urls.ts). Writes a redirect page for each entry of `content/redirects.json`, then
 * checks the build against `content/public-urls.txt`. Exits non-zero, naming each URL, when a listed
 * URL is neither built nor redirected, when a redirect cannot stand, or when a file is malformed. A URL
 * the build makes that is not listed is reported (and fails the site tests) until `--update` adds it.
 *
 * npm run urls [-- --update] [--dist DIR] [--list FILE] [--redirects FILE]
 *   --update  add the URLs of this build to the list (never removes one: a URL that moves gets a redirect)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../astro.config.mjs';
import { keepPublicUrls } from './lib/url-gate.ts';

const { values } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    list: { type: 'string', default: 'content/public-urls.txt' },
    redirects: { type: 'string', default: 'content/redirects.json' },
  },
});
if (!config.site) {
  console.error('urls: astro.config.mjs has no `site`: the redirect pages need it for their canonical links');
  process.exit(1);
}

const result = await keepPublicUrls({ ...values, dist: resolve(values.dist), site: config.site });
for (const line of result.errors) console.error(line);
for (const line of result.warnings) console.warn(line);
if (result.errors.length > 0) {
  console.error(`urls: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}; ${result.summary}`);
  process.exitCode = 1;
} else {
  (result.warnings.length > 0 ? console.warn : console.log)(`urls: ${result.summary}`);
}
