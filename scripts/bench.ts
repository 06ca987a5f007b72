/**
 * Benchmark (not a test): time and memory of the whole ingest, in process, after one warm-up run; then
 * how the ingest grows with its input, each size in a fresh process so that its peak memory is its own:
 * the collection with its documents section repeated (renumbered, so that every copy is parsed as
 * documents) 1, 2 and 4 times, and the 16 times larger file that the size limit refuses unread.
 * Usage: npm run bench [-- --runs N] [-- --no-scale]
 *
 * With `--scale`: the whole build, stage by stage, of the collection ×1 and ×10 (`--x100` adds ×100,
 * `--copies 1,2,5` chooses), beside a naive Astro + Pagefind build of the same text (scripts/lib/bench-scale.ts;
 * the results go into BENCHMARKS.md). `--keep` leaves each size's folder for a look.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editionOptions, ingest } from '../src/lib/ingest/ingest.ts';
import { runScale } from './lib/bench-scale.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-scale': { type: 'boolean', default: false },
    child: { type: 'string' },
    scale: { type: 'boolean', default: false },
    x100: { type: 'boolean', default: false },
    copies: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const COLLECTION = 'politburo-i-trotsky-1923-1932';

if (values.scale) {
  const copies = values.copies ? values.copies.split(',').map(Number) : [1, 10, ...(values.x100 ? [100] : [])];
  await runScale(copies, values.keep);
  process.exit(0);
}

if (values.child) {
  // One measured run, in its own process: its time, its peak memory, what it made.
  const started = performance.now();
  const cpu = process.cpuUsage();
  const r = await ingest({ sourcesDir: values.child });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall time says more about the neighbours.
  const cpuMs = (used.user + used.system) / 1000;
  const errors = r.report.diagnostics.filter((d) => d.level === 'error').map((d) => d.code);
  console.log(JSON.stringify({ ms, cpuMs, maxRssMiB: process.resourceUsage().maxRSS / 1024, documents: r.documents.length, errors: [...new Set(errors)] }));
  process.exit(0);
}

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

if (!values['no-scale']) {
  console.log('\nscaling (the collection alone, each in a fresh process):');
  const text = await readFile(join(sourcesDir, `${COLLECTION}.txt`), 'utf8');
  const sidecar = JSON.parse(await readFile(join(sourcesDir, `${COLLECTION}.json`), 'utf8'));
  for (const copies of [1, 2, 4, 16]) {
    const dir = await mkdtemp(join(tmpdir(), 'edition-bench-'));
    const body = repeated(text, copies);
    await writeFile(join(dir, `${COLLECTION}.txt`), body);
    await writeFile(join(dir, `${COLLECTION}.json`), JSON.stringify({ ...sidecar, expect: { documents: { from: 1, to: 215 * copies } } }));
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
    await rm(dir, { recursive: true });
    const m = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
    const size = Buffer.byteLength(body) / 1024 / 1024;
    const errors = m.errors.length ? `, errors: ${m.errors.join(', ')}` : '';
    const rate = m.documents ? `, ${((m.cpuMs / size) | 0)} ms CPU per MiB` : '';
    console.log(`  ×${copies}: ${size.toFixed(1)} MiB → ${m.documents} documents in ${m.ms.toFixed(0)} ms (CPU ${m.cpuMs.toFixed(0)} ms${rate}), peak rss ${m.maxRssMiB.toFixed(0)} MiB${errors}`);
  }
}

/** The collection with its documents section `copies` times, each copy's headers renumbered to go on from the last. */
function repeated(text: string, copies: number): string {
  const start = text.indexOf('\nДОКУМЕНТЫ');
  const section = text.slice(text.indexOf('\n', start + 1) + 1);
  const parts = [text];
  for (let c = 1; c < copies; c++) parts.push(section.replace(/^( ?№ ?)(\d+)(\.? *)$/gmu, (_, a: string, n: string, b: string) => `${a}${Number(n) + 215 * c}${b}`));
  return parts.join('\n');
}
