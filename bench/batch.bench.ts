/**
 * (3) Batch throughput: names per second through the worker pool on 1 core and on all cores
 * (workers read the entities from a JSON-lines file, as they would from a snapshot).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScreeningPool } from '../src/batch/index.js';
import type { ScreenQuery } from '../src/match/index.js';
import type { BenchContext, BenchTable } from './support/context.js';
import { negativeQueries } from './support/negatives.js';
import { noisyQueries } from './support/noisy-queries.js';
import { round } from './support/stats.js';

export default async function batchBench(ctx: BenchContext): Promise<BenchTable[]> {
  const lists = await ctx.allLists();
  const count = ctx.count(20_000, 2_000);
  // half noisy listed names, half people on no list, interleaved like a real customer file
  const noisy = noisyQueries(lists.entities, count / 2, ctx.seed + 7).map((q) => q.query);
  const negatives = ctx.evalDir ? negativeQueries(ctx.evalDir) : [];
  const queries: ScreenQuery[] = [];
  for (let i = 0; i < count; i++) queries.push(i % 2 === 0 || negatives.length === 0 ? noisy[(i >> 1) % noisy.length]! : negatives[(i >> 1) % negatives.length]!);
  const dir = mkdtempSync(join(tmpdir(), 'criba-bench-'));
  const file = join(dir, 'entities.jsonl');
  writeFileSync(file, lists.entities.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const rows: Record<string, unknown>[] = [];
  try {
    const cores = availableParallelism();
    for (const workers of [...new Set([1, cores])]) {
      ctx.log(`batch: ${workers} worker(s)`);
      const started = performance.now();
      const pool = await ScreeningPool.start({ kind: 'entities-file', path: file }, { workers });
      const ready = performance.now();
      let hits = 0;
      let n = 0;
      try {
        for await (const r of pool.screen(queries)) {
          hits += r.hits.length;
          n++;
        }
      } finally {
        await pool.close();
      }
      const seconds = (performance.now() - ready) / 1000;
      rows.push({
        workers,
        queries: n,
        entities: pool.entities,
        startupMs: round(ready - started, 0),
        seconds: round(seconds, 2),
        namesPerSec: Math.round(n / seconds),
        hits,
        target: workers === cores ? '>= 20,000 names/s on 2 cores' : '',
        met: workers === cores ? n / seconds >= 20_000 : '',
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [{ title: 'Batch throughput (worker_threads pool, results in input order)', rows, notes: ['startupMs: workers read entities.jsonl and build their own index (excluded from names/s)'] }];
}
