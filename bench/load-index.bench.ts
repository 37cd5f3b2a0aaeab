/**
 * (1) Load and index: read the official files through the registry and build the index, each in a
 * fresh process so peak RSS is the step's own. The full SDN CSV (2024-05-03), then every list
 * found under CRIBA_LISTS_DIR.
 */
import type { BenchContext, BenchTable } from './support/context.js';
import { runChild } from './support/run-child.js';

interface LoadIndexResult {
  lists: string;
  entities: number;
  names: number;
  readMs: number;
  indexMs: number;
  totalMs: number;
  peakRssMB: number;
  heapUsedMB: number;
}

export default async function loadIndexBench(ctx: BenchContext): Promise<BenchTable[]> {
  const rows: Record<string, unknown>[] = [];
  const runs: [string, { dir: string; list?: string }, string][] = [
    ['OFAC SDN CSV (sdn-2024-05-03)', { dir: ctx.sdnDir, list: 'ofac-sdn' }, '<= 500 ms (Watchman: 1.79 s, 526 MB allocated)'],
    ['all registered lists', { dir: ctx.listsDir }, ''],
  ];
  for (const [what, options, target] of runs) {
    ctx.log(`load-index: ${what}`);
    try {
      const r = await runChild<LoadIndexResult>('load-index', options, { timeoutMs: 600_000 });
      rows.push({ what, ...r, target, met: target ? r.totalMs <= 500 : '' });
    } catch (err) {
      rows.push({ what, error: (err as Error).message, target });
    }
  }
  return [{ title: 'Load and index (official files → entities → index), fresh process each', rows }];
}
