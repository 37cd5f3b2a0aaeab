/** What a pool worker does with one chunk of queries (kept apart from the worker's start-up, for tests). */
import type { ScreeningIndex } from '../index/index.js';
import { type QueryCache, queryKey } from './query-cache.js';
import type { QueryOutcome, ToWorker } from './worker-protocol.js';

/** Screen one chunk, in order; a query that throws gets an error outcome, the others their hits. */
export function screenChunk(index: Pick<ScreeningIndex, 'screen'>, cache: QueryCache, m: ToWorker): { outcomes: QueryOutcome[]; cached: number } {
  const opts = { ...(m.limit !== undefined ? { limit: m.limit } : {}), ...(m.threshold !== undefined ? { threshold: m.threshold } : {}) };
  const before = cache.hits;
  const outcomes = m.queries.map((q): QueryOutcome => {
    try {
      const key = queryKey(q, opts);
      const known = key === undefined ? undefined : cache.get(key);
      if (known !== undefined) return known;
      const json = JSON.stringify(index.screen(q, opts));
      if (key !== undefined) cache.set(key, json);
      return json;
    } catch (err) {
      return { error: (err as Error).message };
    }
  });
  return { outcomes, cached: cache.hits - before };
}
