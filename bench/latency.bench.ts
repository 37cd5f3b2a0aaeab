/**
 * (2) Single-query latency over all lists: noisy listed names (typos, reordering, dropped parts,
 * transliteration, diacritics) and the public negatives, one query at a time on one core, at the
 * default threshold.
 */
import { ScreeningIndex } from '../src/index/index.js';
import type { BenchContext, BenchTable } from './support/context.js';
import { negativeQueries } from './support/negatives.js';
import { noisyQueries } from './support/noisy-queries.js';
import { round, timeEach } from './support/stats.js';

export default async function latencyBench(ctx: BenchContext): Promise<BenchTable[]> {
  const lists = await ctx.allLists();
  const index = new ScreeningIndex(lists.entities);
  const noisy = noisyQueries(lists.entities, ctx.count(10_000, 500), ctx.seed);
  const negatives = ctx.evalDir ? negativeQueries(ctx.evalDir) : [];
  const sets: [string, { name: string }[]][] = [
    ['noisy listed names', noisy.map((q) => q.query)],
    ['negatives (eval/negatives_*.csv)', negatives.slice(0, ctx.count(negatives.length, 200))],
  ];
  // warm up the JIT, as a long-running server is
  for (const q of noisy.slice(0, ctx.count(300, 100))) index.screen(q.query);
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
  return [{ title: `Single-query latency, all lists (${lists.lists.map((l) => l.id).join(', ')}), threshold 0.8`, rows }];
}
