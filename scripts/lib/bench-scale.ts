/**
 * The scale benchmark (`npm run bench -- --scale`): the whole build of a synthetic corpus (the real
 * collection ×K, scripts/synth-corpus.ts) stage by stage, beside a naive build of the same text
 * (bench/naive: Astro and Pagefind, one page per document, nothing else), in a copy of the project so
 * that the working tree's `data/` and `dist/` are not touched. Each stage runs in its own process under
 * GNU time for its wall time and peak memory (the largest resident set of the stage's processes), and
 * the resident sets of all its processes, added up, sampled every half second (a stage of two processes
 * that work at once, such as the index and its cards, holds both); the machine's load is read before and after, because on a shared machine the wall time says as much about
 * the neighbours as about the build.
 */
import { DOCUMENT_STORE } from '../../src/lib/render/data-dir.ts';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { synthCorpus, SYNTH_COLLECTION } from '../synth-corpus.ts';
import { copyProject } from './reproducible.ts';
import { buildEnv } from './run-build.ts';
import { sourceDate } from './source-date.ts';

/** One stage's measurement. */
export interface StageTime {
  stage: string;
  seconds: number;
  /** The largest resident set of one of the stage's processes (GNU time). */
  peakMiB: number | null;
  /** The most the stage's processes held at once, added up (sampled); `null` without /proc. */
  togetherMiB?: number | null;
}

/** Everything measured at one size. */
export interface ScaleResult {
  copies: number;
  documents: number;
  pages: number;
  stages: StageTime[];
  naive: StageTime[];
  naivePages: number;
  sizes: { distMiB: number; distFiles: number; pagefindMiB: number; cardsMiB: number; cardFiles: number; documentsJsonMiB: number; storeMiB: number; naiveDistMiB: number; naivePagefindMiB: number };
  /** A first search in Chromium (`scripts/search-bench.ts`, one run per query), arriving from a document: the largest query's KB and ms. */
  search: { kb: number; ms: number; table: string } | null;
  load: { before: string; after: string };
}

const GNU_TIME = '/usr/bin/time';

/** `uptime`'s load averages (1, 5, 15 minutes). */
export const loadNow = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The machine, for the table's heading. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

/** Every process under `root` (its children, theirs …), `root` included, from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // `pid (comm) state ppid …`: the name may hold spaces and parentheses, so read after the last `)`.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Ended while read.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** The resident sets of `pids`, added up, in KiB (a process that has ended counts 0). */
function residentKiB(pids: readonly number[]): number {
  let sum = 0;
  for (const pid of pids) {
    try {
      sum += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Ended while read.
    }
  }
  return sum;
}

/** How often the resident sets of a stage's processes are added up. */
const SAMPLE_MS = 500;

/**
 * Runs `command` in `cwd` under GNU time (when the machine has it), at the lowest priority, sampling
 * what its processes hold together; fails loudly with the last lines.
 */
async function timed(stage: string, cwd: string, command: string[], env: NodeJS.ProcessEnv): Promise<StageTime> {
  const report = join(tmpdir(), `bench-time-${process.pid}-${stage}`);
  const gnu = existsSync(GNU_TIME);
  const argv = ['-n', '19', ...(gnu ? [GNU_TIME, '-f', '%e %M', '-o', report] : []), ...command];
  const started = performance.now();
  const child = spawn('nice', argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    // The last lines are all a failure shows.
    output = (output + chunk.toString('utf8')).slice(-1 << 16);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const proc = existsSync('/proc/self/status');
  let together = 0;
  const sampler = proc && child.pid ? setInterval(() => (together = Math.max(together, residentKiB(processTree(child.pid!)))), SAMPLE_MS) : null;
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code));
  }).finally(() => sampler && clearInterval(sampler));
  const seconds = (performance.now() - started) / 1000;
  const timing = gnu && existsSync(report) ? readFileSync(report, 'utf8') : null;
  rmSync(report, { force: true });
  if (status !== 0) {
    const tail = output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`bench: ${stage} failed (exit ${status}) in ${cwd}:\n${tail}`);
  }
  const togetherMiB = proc ? together / 1024 : null;
  if (!gnu) return { stage, seconds, peakMiB: null, togetherMiB };
  if (timing === null) throw new Error(`bench: GNU time wrote no report for ${stage}`);
  const [, kb] = timing.trim().split('\n').at(-1)!.split(' ');
  return { stage, seconds, peakMiB: Number(kb) / 1024, togetherMiB };
}

/** Bytes and files under `dir` (0 when it does not exist). */
async function tree(dir: string): Promise<{ bytes: number; files: number }> {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += (await stat(join(e.parentPath, e.name))).size;
    files += 1;
  }
  return { bytes, files };
}

const htmlPages = async (dir: string): Promise<number> =>
  (await readdir(dir, { recursive: true })).filter((f) => String(f).endsWith('.html')).length;

const MiB = (bytes: number): number => bytes / 1024 / 1024;

/** The edition's build stages, as `npm run build` runs them (scripts in package.json). */
const STAGES: Array<[string, string[]]> = [
  ['ingest', ['npm', 'run', 'ingest', '--', '--out', 'data', '--quiet']],
  ['fonts', ['npm', 'run', 'fonts']],
  ['astro', ['npm', 'exec', '--', 'astro', 'build']],
  // Pagefind's index and the search cards, each part's cards made while Pagefind indexes the next.
  ['index + cards', ['npm', 'run', 'index']],
  ['urls', ['npm', 'run', 'urls']],
];

/** The whole build of the collection ×`copies` and the naive build of the same text; `keep` leaves the folder for a look. */
export async function measureScale(root: string, copies: number, keep: boolean): Promise<ScaleResult> {
  const work = await mkdtemp(join(tmpdir(), `edition-scale-x${copies}-`));
  const project = join(work, 'project');
  await copyProject(root, project);
  const corpus = await synthCorpus(copies, join(project, 'content', 'sources'));
  const env: NodeJS.ProcessEnv = { ...buildEnv() };
  const { date } = sourceDate(root);
  if (date) env['SOURCE_DATE_EPOCH'] = String(Date.parse(date) / 1000);

  const before = loadNow();
  const stages: StageTime[] = [];
  for (const [stage, command] of STAGES) stages.push(await timed(stage, project, command, env));
  const naiveOut = join(work, 'naive-dist');
  const naiveEnv = { ...env, NAIVE_SOURCE: join(corpus.dir, `${SYNTH_COLLECTION}.txt`), NAIVE_OUT: naiveOut };
  const naive = [
    await timed('naive astro', project, ['npm', 'exec', '--', 'astro', 'build', '--root', 'bench/naive'], naiveEnv),
    await timed('naive pagefind', project, ['npm', 'exec', '--', 'pagefind', '--site', naiveOut], naiveEnv),
  ];
  const after = loadNow();

  const dist = join(project, 'dist');
  // The index of the document store: the published documents.json may be longer than a string can be.
  const documents = (JSON.parse(await readFile(join(project, 'data', DOCUMENT_STORE.index), 'utf8')) as unknown[]).length;
  const search = firstSearch(project, dist, env);
  const [all, pagefind, cards, naiveAll, naivePagefind] = await Promise.all([
    tree(dist), tree(join(dist, 'pagefind')), tree(join(dist, 'search', 'cards')), tree(naiveOut), tree(join(naiveOut, 'pagefind')),
  ]);
  const result: ScaleResult = {
    copies,
    documents,
    pages: await htmlPages(dist),
    stages,
    naive,
    naivePages: await htmlPages(naiveOut),
    sizes: {
      distMiB: MiB(all.bytes), distFiles: all.files, pagefindMiB: MiB(pagefind.bytes), cardsMiB: MiB(cards.bytes), cardFiles: cards.files,
      documentsJsonMiB: MiB((await stat(join(project, 'data', 'documents.json'))).size),
      storeMiB: MiB((await tree(join(project, 'data', DOCUMENT_STORE.dir))).bytes),
      naiveDistMiB: MiB(naiveAll.bytes), naivePagefindMiB: MiB(naivePagefind.bytes),
    },
    search,
    load: { before, after },
  };
  if (keep) console.log(`  kept: ${work}`);
  else await rm(work, { recursive: true, force: true });
  return result;
}

/**
 * The first search of `scripts/search-bench.ts` on a built `dist/`, one run per query; the heaviest query's
 * gzip KB arriving from a document page («from a document: total KB») with its time from Enter to the results, and the printed table.
 * Null when the bench could not run (no Chromium): the table says «—» rather than a number not measured.
 */
function firstSearch(project: string, dist: string, env: NodeJS.ProcessEnv): ScaleResult['search'] {
  const r = spawnSync('npm', ['run', '--silent', 'bench:search', '--', '--dist', dist, '--runs', '1'], { cwd: project, env, encoding: 'utf8' });
  if (r.status !== 0 && !/queries over the targets/.test(r.stdout)) {
    console.error(`  first search not measured: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
    return null;
  }
  const rows = r.stdout.split('\n').filter((l) => /^\| «/.test(l));
  const cells = rows.map((l) => l.split('|').map((c) => c.trim()));
  const header = r.stdout.split('\n').find((l) => /^\| query/.test(l))?.split('|').map((c) => c.trim()) ?? [];
  const kbAt = header.indexOf('from a document: total KB');
  const msAt = header.indexOf('Enter→results ms');
  if (kbAt < 0 || msAt < 0 || cells.length === 0) return null;
  const worst = cells.reduce((a, b) => (Number(b[kbAt]) > Number(a[kbAt]) ? b : a));
  return { kb: Number(worst[kbAt]), ms: Number(worst[msAt]), table: r.stdout.trim() };
}

const total = (s: StageTime[]): number => s.reduce((a, b) => a + b.seconds, 0);
const peak = (s: StageTime[]): string => {
  const p = s.map((x) => x.peakMiB).filter((x): x is number => x !== null);
  // MiB / 1024: GiB.
  return p.length ? `${(Math.max(...p) / 1024).toFixed(2)} GiB` : '—';
};

/** The results as the Markdown table of BENCHMARKS.md, one column per size. */
export function scaleTable(results: ScaleResult[]): string {
  const row = (label: string, cells: string[]): string => `| ${label} | ${cells.join(' | ')} |`;
  const f1 = (n: number): string => n.toFixed(1);
  const stageNames = [...new Set(results.flatMap((r) => r.stages.map((s) => s.stage)))];
  const lines = [
    row('', results.map((r) => `×${r.copies}`)),
    row('---', results.map(() => '---:')),
    row('documents (records)', results.map((r) => String(r.documents))),
    row('HTML pages built', results.map((r) => String(r.pages))),
    ...stageNames.map((name) => row(`${name}, s (peak: a process; all together)`, results.map((r) => {
      const s = r.stages.find((x) => x.stage === name)!;
      const together = s.togetherMiB == null ? '' : `; ${s.togetherMiB.toFixed(0)}`;
      return `${f1(s.seconds)} (${s.peakMiB === null ? '—' : s.peakMiB.toFixed(0)}${together} MiB)`;
    }))),
    row('**whole build, s**', results.map((r) => `**${f1(total(r.stages))}**`)),
    row('pages per second', results.map((r) => f1(r.pages / total(r.stages)))),
    // Equal across the columns when every stage is linear in the corpus.
    row('whole build per document, ms', results.map((r) => ((total(r.stages) / r.documents) * 1000).toFixed(0))),
    row('peak memory (largest process)', results.map((r) => peak(r.stages))),
    row('peak memory (a stage\'s processes together)', results.map((r) => peak(r.stages.map((x) => ({ ...x, peakMiB: x.togetherMiB ?? null }))))),
    row('naive build (Astro + Pagefind), s', results.map((r) => `${f1(total(r.naive))} (${r.naive.map((s) => f1(s.seconds)).join(' + ')})`)),
    row('naive pages, peak', results.map((r) => `${r.naivePages}, ${peak(r.naive)}`)),
    row('whole ÷ naive, per document page', results.map((r) => f1((total(r.stages) / r.documents) / (total(r.naive) / r.naivePages)))),
    row('`dist/`, MiB (files)', results.map((r) => `${f1(r.sizes.distMiB)} (${r.sizes.distFiles})`)),
    row('Pagefind index, MiB', results.map((r) => f1(r.sizes.pagefindMiB))),
    row('search cards, MiB (files)', results.map((r) => `${f1(r.sizes.cardsMiB)} (${r.sizes.cardFiles})`)),
    row('`documents.json` (published), MiB', results.map((r) => f1(r.sizes.documentsJsonMiB))),
    row('document store (`data/documents/`), MiB', results.map((r) => f1(r.sizes.storeMiB))),
    row('first search from a document: KB (ms), the heaviest query', results.map((r) => (r.search ? `${f1(r.search.kb)} (${r.search.ms.toFixed(0)})` : '—'))),
    row('naive `dist/` (index), MiB', results.map((r) => `${f1(r.sizes.naiveDistMiB)} (${f1(r.sizes.naivePagefindMiB)})`)),
    row('load average before → after', results.map((r) => `${r.load.before} → ${r.load.after}`)),
  ];
  return lines.join('\n');
}

/** Runs the sizes one after another (never two builds at once), printing each one's raw results as JSON, then the table. */
export async function runScale(copies: number[], keep: boolean): Promise<ScaleResult[]> {
  const root = resolve('.');
  console.log(`scale: ${machine()}; load ${loadNow()}`);
  const results: ScaleResult[] = [];
  for (const k of copies) {
    console.log(`  ×${k} …`);
    const r = await measureScale(root, k, keep);
    console.log(`  ×${k}: ${r.documents} documents, ${r.pages} pages, build ${total(r.stages).toFixed(1)} s, naive ${total(r.naive).toFixed(1)} s, load ${r.load.before} → ${r.load.after}`);
    console.log(JSON.stringify(r));
    results.push(r);
  }
  console.log(`\n${scaleTable(results)}`);
  return results;
}
