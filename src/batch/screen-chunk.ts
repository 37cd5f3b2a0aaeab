/** What a pool worker does with one chunk of queries (kept apart from the worker's start-up, for tests). */
import type { ScreeningIndex } from '../index/index.js';
import type { QueryOutcome, ToWorker } from './worker-protocol.js';

/** Screen one chunk, in order; a query that throws gets an error outcome, the others their hits as JSON text. */
export function screenChunk(index: Pick<ScreeningIndex, 'screen'>, m: ToWorker): QueryOutcome[] {
  const opts = { ...(m.limit !== undefined ? { limit: m.limit } : {}), ...(m.threshold !== undefined ? { threshold: m.threshold } : {}) };
  return m.queries.map((q): QueryOutcome => {
    try {
      return JSON.stringify(index.screen(q, opts));
    } catch (err) {
      return { error: (err as Error).message };
    }
  });
}
