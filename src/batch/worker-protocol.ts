/**
 * Messages between a ScreeningPool and its workers. Queries go out in chunks (one message per
 * chunk); answers come back one message per chunk, each query's hits encoded as JSON text: as
 * cheap to send as the objects, cheaper to receive, and written to a JSON-lines output as is.
 */
import type { ScreenQuery } from '../match/index.js';
import type { PoolSource } from './pool-source.js';

export interface WorkerInit {
  source: PoolSource;
}

export type ToWorker = { type: 'screen'; seq: number; queries: ScreenQuery[]; limit?: number; threshold?: number };

/** One query's outcome: its hits as JSON text (`Hit[]`), or why it could not be screened. */
export type QueryOutcome = string | { error: string };

export type FromWorker =
  | { type: 'ready'; entities: number }
  | { type: 'failed'; message: string; code?: string }
  | { type: 'result'; seq: number; outcomes: QueryOutcome[] };
