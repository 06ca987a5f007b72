/**
 * Benchmark (not a test): time and memory of the whole ingest, in process, after one warm-up run.
 * Usage: npm run bench [-- --runs N]
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editionOptions, ingest } from '../src/lib/ingest/ingest.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const sourcesDir = 'content/sources';
const options = editionOptions(sourcesDir);

const first = performance.now();
const warm = await ingest(options);
const cold = performance.now() - first;

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await ingest(options);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
let bytes = 0;
for (const [id, count] of Object.entries(warm.report.documents)) {
  if (count === 0) continue;
  const file = id + '.txt';
  bytes += (await stat(join(sourcesDir, file)).catch(() => ({ size: 0 }))).size;
}
const mb = bytes / 1024 / 1024;
const mem = process.memoryUsage();
console.log(`documents: ${warm.documents.length}, source text parsed: ${mb.toFixed(2)} MiB`);
console.log(`first run (cold): ${cold.toFixed(0)} ms`);
console.log(`warm runs: median ${median.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (${runs} runs)`);
console.log(`throughput: ${(mb / (median / 1000)).toFixed(2)} MiB/s, ${(warm.documents.length / (median / 1000)).toFixed(0)} documents/s`);
console.log(`memory: rss ${(mem.rss / 1024 / 1024).toFixed(0)} MiB, heap used ${(mem.heapUsed / 1024 / 1024).toFixed(0)} MiB`);
