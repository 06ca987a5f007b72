/**
 * Prints what the parser makes of a fixture folder (`tests/fixtures/<case>`, whose sources are in its
 * `input/`), in the shape of its expected.json (for review, never copied blindly).
 * Usage: npx tsx scripts/fixture-output.ts tests/fixtures/<case>
 */
import { fixtureRecords } from './lib/fixture-records.ts';

console.log(JSON.stringify(await fixtureRecords(process.argv[2]!), null, 2));
