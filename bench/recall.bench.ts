/**
 * (6) Index recall against exhaustive scoring: every entity scored by criba's own matcher is the
 * reference. The index must lose nothing scored at or above the threshold ("lost" must be 0).
 * recall@1 / recall@10: share of the reference's top 1 / top 10 the index returns; candidates:
 * entities the index scores per query.
 */
import { ScreeningIndex } from '../src/index/index.js';
import type { ScreenQuery } from '../src/match/index.js';
import type { BenchContext, BenchTable } from './support/context.js';
import { negativeQueries } from './support/negatives.js';
import { noisyQueries } from './support/noisy-queries.js';
import { percentile, round } from './support/stats.js';

export default async function recallBench(ctx: BenchContext): Promise<BenchTable[]> {
  const lists = await ctx.allLists();
  const index = new ScreeningIndex(lists.entities);
  const n = ctx.count(160, 40);
  const sets: [string, ScreenQuery[]][] = [
    ['noisy listed names', noisyQueries(lists.entities, n, ctx.seed + 11).map((q) => q.query)],
    ['negatives', ctx.evalDir ? negativeQueries(ctx.evalDir).filter((_, i) => i % 10 === 0).slice(0, n / 2) : []],
  ];
  const rows: Record<string, unknown>[] = [];
  const all = { limit: Number.MAX_SAFE_INTEGER };
  const thresholds = [0.8, 0.6];
  for (const [what, queries] of sets) {
    if (queries.length === 0) continue;
    ctx.log(`recall: ${what}`);
    // the reference at the lowest threshold serves every threshold above it
    const references = queries.map((q) => index.screenExhaustive(q, { threshold: Math.min(...thresholds), ...all }));
    for (const threshold of thresholds) {
      let lost = 0;
      let referenceHits = 0;
      let top1 = 0;
      let top1Of = 0;
      let top10 = 0;
      let top10Of = 0;
      const candidates: number[] = [];
      queries.forEach((q, i) => {
        const reference = references[i]!.filter((h) => h.score >= threshold);
        const found = index.screen(q, { threshold, ...all });
        const foundIds = new Set(found.map((h) => h.id));
        referenceHits += reference.length;
        lost += reference.filter((h) => !foundIds.has(h.id)).length;
        if (reference.length) {
          top1Of++;
          if (found[0]?.id === reference[0]!.id) top1++;
          const ref10 = reference.slice(0, 10).map((h) => h.id);
          const got10 = new Set(found.slice(0, 10).map((h) => h.id));
          top10Of += ref10.length;
          top10 += ref10.filter((id) => got10.has(id)).length;
        }
        candidates.push(index.candidateCount(q, { threshold }));
      });
      candidates.sort((a, b) => a - b);
      rows.push({
        queries: what,
        threshold,
        count: queries.length,
        referenceHits,
        lost,
        recallAt1: top1Of ? round(top1 / top1Of, 4) : 1,
        recallAt10: top10Of ? round(top10 / top10Of, 4) : 1,
        candidatesMean: round(candidates.reduce((s, x) => s + x, 0) / candidates.length, 1),
        candidatesP50: percentile(candidates, 50),
        candidatesP99: percentile(candidates, 99),
        entities: index.size,
        target: 'lost = 0 (100% of hits above threshold)',
        met: lost === 0,
      });
    }
  }
  return [{ title: 'Index recall vs exhaustive scoring with the same matcher', rows }];
}
