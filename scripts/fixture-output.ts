/** Prints what the parser makes of a fixture folder, in the shape of its expected.json (for review, never copied blindly). */
import { fixtureRecords } from './lib/fixture-records.ts';

console.log(JSON.stringify(await fixtureRecords(process.argv[2]!), null, 2));
