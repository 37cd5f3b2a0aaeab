/**
 * (5) Peers side by side on the same names and the same noisy queries:
 *   - criba's index (at the default alert threshold, and at 0.5 for a top-10 comparison);
 *   - a brute-force scan scoring every entity with criba's matcher (Watchman's approach: no index);
 *   - fuse.js over every name, default options (what a JavaScript developer would reach for).
 * recall@10: the entity the noisy query came from is among the first 10 distinct entities.
 */
import Fuse from 'fuse.js';
import { ScreeningIndex } from '../src/index/index.js';
import type { BenchContext, BenchTable } from './support/context.js';
import { noisyQueries } from './support/noisy-queries.js';
import { round, summarize } from './support/stats.js';

interface Run {
  peer: string;
  search: (name: string) => string[];
}

export default async function peersBench(ctx: BenchContext): Promise<BenchTable[]> {
  const lists = await ctx.allLists();
  const index = new ScreeningIndex(lists.entities);
  const docs = lists.entities.flatMap((e) => e.names.map((n) => ({ id: e.id, name: n.full })));
  const t = performance.now();
  const fuse = new Fuse(docs, { keys: ['name'], includeScore: true });
  const fuseBuildMs = performance.now() - t;
  const queries = noisyQueries(lists.entities, ctx.count(60, 30), ctx.seed + 5);
  const distinct = (ids: string[]) => [...new Set(ids)].slice(0, 10);
  const runs: Run[] = [
    { peer: 'criba index, threshold 0.8', search: (name) => index.screen({ name }, { threshold: 0.8, limit: 10 }).map((h) => h.id) },
    { peer: 'criba index, threshold 0.5', search: (name) => index.screen({ name }, { threshold: 0.5, limit: 10 }).map((h) => h.id) },
    { peer: 'brute force (every entity scored), threshold 0.5', search: (name) => index.screenExhaustive({ name }, { threshold: 0.5, limit: 10 }).map((h) => h.id) },
    { peer: 'fuse.js 7.5 (defaults, keys: name)', search: (name) => distinct(fuse.search(name, { limit: 50 }).map((r) => r.item.id)) },
  ];
  for (const q of queries.slice(0, 5)) for (const r of runs) r.search(q.query.name); // warm-up
  const rows: Record<string, unknown>[] = [];
  let cribaMean = NaN;
  for (const run of runs) {
    ctx.log(`peers: ${run.peer}`);
    const times: number[] = [];
    let found = 0;
    for (const q of queries) {
      const started = performance.now();
      const ids = run.search(q.query.name);
      times.push(performance.now() - started);
      if (ids.includes(q.expectedId)) found++;
    }
    const latency = summarize(times);
    if (run.peer.startsWith('criba index, threshold 0.5')) cribaMean = latency.meanMs;
    rows.push({
      peer: run.peer,
      queries: queries.length,
      p50Ms: latency.p50Ms,
      p99Ms: latency.p99Ms,
      meanMs: latency.meanMs,
      queriesPerSec: round(1000 / latency.meanMs, 1),
      recallAt10: round(found / queries.length, 3),
    });
  }
  for (const r of rows) r.slowerThanCriba = round((r.meanMs as number) / cribaMean, 1);
  return [
    {
      title: `Peers on ${docs.length} names of ${lists.entities.length} entities, noisy queries`,
      rows,
      notes: [`fuse.js index built in ${round(fuseBuildMs, 0)} ms`, 'slowerThanCriba: mean time per query relative to the criba index at threshold 0.5 (same queries, same top 10)', 'target: fuse.js >= 100x slower than criba at equal or better recall'],
    },
  ];
}
