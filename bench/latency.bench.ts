/**
 * (2) Single-query latency over all lists: noisy listed names (typos, reordering, dropped parts,
 * transliteration, diacritics) and the public negatives, one query at a time on one core, at the
 * default threshold.
 *
 * Measured in a fresh process (bench/support/child.ts), as a server would be: in the bench's own
 * process it ran right after the batch bench, and the collector reclaiming that bench's index and
 * pools ran beside the queries (CPU per query above the wall time, a negatives p99 of 3–4 ms in two
 * runs of three against 0.5 ms alone).
 */
import { ScreeningIndex } from '../src/index/index.js';
import type { BenchContext, BenchTable } from './support/context.js';
import { loadLists } from './support/lists.js';
import { negativeQueries } from './support/negatives.js';
import { noisyQueries } from './support/noisy-queries.js';
import { runChild } from './support/run-child.js';
import { round, timeEach } from './support/stats.js';

export interface LatencyOptions {
  listsDir: string;
  evalDir: string | undefined;
  seed: number;
  noisy: number;
  negatives: number;
  warmUp: number;
}

interface LatencyResult {
  lists: string[];
  rows: Record<string, unknown>[];
}

/** The measurement itself, run by the child process. */
export async function measureLatency(o: LatencyOptions): Promise<LatencyResult> {
  const lists = await loadLists(o.listsDir);
  const index = new ScreeningIndex(lists.entities);
  const noisy = noisyQueries(lists.entities, o.noisy, o.seed);
  const negatives = o.evalDir ? negativeQueries(o.evalDir) : [];
  const sets: [string, { name: string }[]][] = [
    ['noisy listed names', noisy.map((q) => q.query)],
    ['negatives (eval/negatives_*.csv)', negatives.slice(0, o.negatives)],
  ];
  // warm up the JIT, as a long-running server is
  for (const q of noisy.slice(0, o.warmUp)) index.screen(q.query);
  const rows: Record<string, unknown>[] = [];
  for (const [what, queries] of sets) {
    if (queries.length === 0) continue;
    let hits = 0;
    const cpu = process.cpuUsage();
    const latency = timeEach(queries, (q) => (hits += index.screen(q).length));
    const used = process.cpuUsage(cpu);
    rows.push({
      queries: what,
      entities: index.size,
      names: index.stats.names,
      ...latency,
      // CPU time per query: on a loaded machine, wall-clock percentiles include waiting for a core
      cpuMsPerQuery: round((used.user + used.system) / 1000 / queries.length, 4),
      hitsPerQuery: round(hits / queries.length, 3),
      target: 'p50 <= 0.2 ms, p99 <= 2 ms',
      met: latency.p50Ms <= 0.2 && latency.p99Ms <= 2,
    });
  }
  return { lists: lists.lists.map((l) => l.id), rows };
}

export default async function latencyBench(ctx: BenchContext): Promise<BenchTable[]> {
  const options: LatencyOptions = {
    listsDir: ctx.listsDir,
    evalDir: ctx.evalDir,
    seed: ctx.seed,
    noisy: ctx.count(10_000, 500),
    negatives: ctx.count(2_000, 200),
    warmUp: ctx.count(300, 100),
  };
  const r = await runChild<LatencyResult>('latency', options, { timeoutMs: 600_000 });
  return [{ title: `Single-query latency, all lists (${r.lists.join(', ')}), threshold 0.8, in a fresh process`, rows: r.rows }];
}
