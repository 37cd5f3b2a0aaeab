/**
 * (3) Batch throughput: names per second through the worker pool on 1 core and on all cores
 * (workers read the entities from a JSON-lines file, as they would from a snapshot), beside the
 * same queries screened in this thread without a pool — what the pool costs or saves shows as the
 * difference.
 *
 * Start-up (workers reading entities and building their index) is timed apart and left out of
 * names/s. Because the machine is shared, every run reports CPU time too (all threads of the
 * process: workers, main thread, V8's GC and compiler threads), which other processes do not
 * inflate the way they inflate wall-clock time; and the 1-minute load average when it started.
 * The pool runs once with its cache of repeated queries off and once on: the query set repeats
 * names (the negatives cycle), as customer files do, and the cache-off rows show the cost of
 * distinct names alone. Every run must give the same hits as the in-process reference.
 *
 *   CRIBA_LISTS_DIR=../shared/data/lists CRIBA_EVAL_DIR=../shared/data/eval npx tsx bench/batch.bench.ts
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntitiesFile, ScreeningPool, type BatchProgress } from '../src/batch/index.js';
import { ScreeningIndex } from '../src/index/index.js';
import type { ScreenQuery } from '../src/match/index.js';
import type { BenchContext, BenchTable } from './support/context.js';
import { negativeQueries } from './support/negatives.js';
import { noisyQueries } from './support/noisy-queries.js';
import { round } from './support/stats.js';

const TARGET = 20_000;

interface Measured {
  seconds: number;
  cpuSeconds: number;
}

/** Marks the time and CPU when half the queries are done, for the rate of the second half (warm JIT, warm caches). */
function halfway(total: number) {
  let at: { time: number; cpu: NodeJS.CpuUsage } | undefined;
  return {
    note(done: number) {
      if (!at && done >= total / 2) at = { time: performance.now(), cpu: process.cpuUsage() };
    },
    rates(doneTotal: number) {
      if (!at) return { halfNamesPerSec: '', halfNamesPerCpuSec: '' };
      const cpu = process.cpuUsage(at.cpu);
      const n = doneTotal - Math.ceil(total / 2);
      return { halfNamesPerSec: Math.round((n * 1000) / (performance.now() - at.time)), halfNamesPerCpuSec: Math.round(n / ((cpu.user + cpu.system) / 1e6)) };
    },
  };
}

/** Wall and CPU time (every thread of this process) of an async step. */
async function measure<T>(fn: () => Promise<T>): Promise<Measured & { value: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

export default async function batchBench(ctx: BenchContext): Promise<BenchTable[]> {
  const lists = await ctx.allLists();
  const count = ctx.count(20_000, 2_000);
  // half noisy listed names, half people on no list, interleaved like a real customer file
  const noisy = noisyQueries(lists.entities, count / 2, ctx.seed + 7).map((q) => q.query);
  const negatives = ctx.evalDir ? negativeQueries(ctx.evalDir) : [];
  const queries: ScreenQuery[] = [];
  for (let i = 0; i < count; i++) queries.push(i % 2 === 0 || negatives.length === 0 ? noisy[(i >> 1) % noisy.length]! : negatives[(i >> 1) % negatives.length]!);
  const distinct = new Set(queries.map((q) => JSON.stringify(q))).size;
  const dir = mkdtempSync(join(tmpdir(), 'criba-bench-'));
  const file = join(dir, 'entities.jsonl');
  writeFileSync(file, lists.entities.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const rows: Record<string, unknown>[] = [];
  const cores = availableParallelism();
  const row = (run: string, workers: number | string, cache: string, startup: Measured, screening: Measured, n: number, hits: number, cached: number | string, load: number) => ({
    run,
    workers,
    cache,
    queries: n,
    startupS: round(startup.seconds, 1),
    startupCpuS: round(startup.cpuSeconds, 1),
    seconds: round(screening.seconds, 2),
    cpuSeconds: round(screening.cpuSeconds, 2),
    namesPerSec: Math.round(n / screening.seconds),
    namesPerCpuSec: Math.round(n / screening.cpuSeconds),
    cachedAnswers: cached,
    hits,
    load1m: round(load, 2),
  });
  let referenceDigest = '';
  try {
    // reference: the same index code in this thread, no pool
    {
      ctx.log('batch: in-process reference');
      const load = loadavg()[0]!;
      const built = await measure(async () => new ScreeningIndex(await readEntitiesFile(file)));
      const digest = createHash('sha256');
      const half = halfway(queries.length);
      let hits = 0;
      let halfRates = {};
      const run = await measure(async () => {
        for (let i = 0; i < queries.length; i++) {
          const h = built.value.screen(queries[i]!);
          hits += h.length;
          digest.update(JSON.stringify(h)).update('\n');
          half.note(i + 1);
        }
        halfRates = half.rates(queries.length);
      });
      referenceDigest = digest.digest('hex');
      rows.push({ ...row('in-process, no pool', 0, 'none', built, run, queries.length, hits, '', load), ...halfRates });
    }
    for (const workers of [...new Set([1, cores])]) {
      for (const cacheOn of [false, true]) {
        ctx.log(`batch: ${workers} worker(s), cache ${cacheOn ? 'on' : 'off'}`);
        const load = loadavg()[0]!;
        const started = await measure(() => ScreeningPool.start({ kind: 'entities-file', path: file }, { workers, ...(cacheOn ? {} : { cache: { entries: 0 } }) }));
        const pool = started.value;
        const digest = createHash('sha256');
        let hits = 0;
        let n = 0;
        let cached = 0;
        const half = halfway(queries.length);
        let halfRates = {};
        try {
          const run = await measure(async () => {
            const onProgress = (p: BatchProgress) => {
              cached = p.cached;
              half.note(p.done);
            };
            for await (const r of pool.screen(queries, { onProgress })) {
              if (r.error) throw new Error(`query ${r.index} failed: ${r.error}`);
              hits += r.hits.length;
              digest.update(r.hitsJson).update('\n');
              n++;
            }
            halfRates = half.rates(n);
          });
          if (digest.digest('hex') !== referenceDigest) throw new Error(`${workers} worker(s), cache ${cacheOn ? 'on' : 'off'}: hits differ from the in-process reference`);
          rows.push({
            ...row('pool', workers, cacheOn ? 'on' : 'off', started, run, n, hits, cached, load),
            ...halfRates,
            ...(workers === cores ? { target: `>= ${TARGET.toLocaleString('en')} names/s on ${cores} cores`, met: n / run.seconds >= TARGET } : {}),
          });
        } finally {
          await pool.close();
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: 'Batch throughput (worker_threads pool, results in input order)',
      rows,
      notes: [
        `${queries.length} queries, ${distinct} distinct (the negatives repeat); ${lists.entities.length} entities; ${cores} cores`,
        'startupS / startupCpuS: reading entities.jsonl and building the index (each worker its own; in-process: once) — excluded from names/s',
        'seconds / cpuSeconds: screening only; CPU time of every thread of the process (workers, main thread, GC and compiler threads)',
        'namesPerCpuSec: what one core would do if it did nothing else; namesPerSec is wall-clock and shares the cores with other load (load1m)',
        'halfNamesPerSec / halfNamesPerCpuSec: the second half of the queries only, once the JIT and the index caches are warm',
        'cachedAnswers: repeats answered by the pool without screening them again (its cache, or an equal query in flight); every run gave the same hits as the in-process reference',
      ],
    },
  ];
}

// run alone: print the table (`npm run bench -- --only batch` also writes bench/results/batch.json)
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [{ formatTable }, { benchContext }, { machineInfo }] = await Promise.all([import('./run.js'), import('./support/context.js'), import('./support/machine.js')]);
  const machine = machineInfo();
  for (const table of await batchBench(benchContext({ quick: process.argv.includes('--quick') }))) console.log(formatTable(table));
  console.log(`load average before ${machine.loadAverage.join(' ')}, after ${machineInfo().loadAverage.join(' ')}`);
}
