/**
 * Measurements that need a process of their own: peak RSS is per process, and the 1M-entity
 * index must not take the whole benchmark run down if it runs out of memory.
 *
 *   node --import tsx bench/support/child.ts <task> '<json options>'   → one JSON line on stdout
 */
import { ScreeningIndex } from '../../src/index/index.js';
import { loadLists } from './lists.js';
import { noisyQueries } from './noisy-queries.js';
import { mb, round, timeEach } from './stats.js';
import { partFrequencies, syntheticEntities } from './synthetic.js';

export interface LoadIndexOptions {
  dir: string;
  /** Only this list id (e.g. `ofac-sdn`). */
  list?: string;
}

export interface ScaleOptions {
  listsDir: string;
  count: number;
  seed: number;
  queries: number;
}

function peakRssMB(): number {
  return mb(process.resourceUsage().maxRSS * 1024);
}

async function loadIndex(o: LoadIndexOptions) {
  const t0 = performance.now();
  const loaded = await loadLists(o.dir, o.list ? (id) => id === o.list : undefined);
  const t1 = performance.now();
  const index = new ScreeningIndex(loaded.entities);
  const t2 = performance.now();
  return {
    lists: loaded.lists.map((l) => `${l.id} (${l.entities})`).join(', '),
    entities: index.size,
    names: index.stats.names,
    readMs: round(t1 - t0, 0),
    indexMs: round(t2 - t1, 0),
    totalMs: round(t2 - t0, 0),
    peakRssMB: peakRssMB(),
    heapUsedMB: mb(process.memoryUsage().heapUsed),
  };
}

async function scale(o: ScaleOptions) {
  const real = await loadLists(o.listsDir);
  const freq = partFrequencies(real.entities);
  real.entities.length = 0;
  const t0 = performance.now();
  const entities = [...syntheticEntities(freq, o.count, o.seed)];
  const t1 = performance.now();
  const index = new ScreeningIndex(entities);
  const t2 = performance.now();
  const queries = noisyQueries(entities, o.queries, o.seed + 1);
  // warm up the JIT on a few queries, as a long-running server would be
  for (const q of queries.slice(0, 50)) index.screen(q.query);
  const latency = timeEach(queries, (q) => index.screen(q.query));
  return {
    entities: index.size,
    names: index.stats.names,
    parts: index.stats.parts,
    generateMs: round(t1 - t0, 0),
    buildMs: round(t2 - t1, 0),
    rssMB: mb(process.memoryUsage().rss),
    peakRssMB: peakRssMB(),
    heapUsedMB: mb(process.memoryUsage().heapUsed),
    ...latency,
  };
}

const [task, json] = process.argv.slice(2);
const options = JSON.parse(json ?? '{}');
const result = task === 'load-index' ? await loadIndex(options) : task === 'scale' ? await scale(options) : task === 'latency' ? await (await import('../latency.bench.js')).measureLatency(options) : undefined;
if (!result) throw new Error(`unknown task ${task}`);
process.stdout.write(`${JSON.stringify(result)}\n`);
