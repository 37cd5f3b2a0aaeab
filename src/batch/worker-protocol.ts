/** Messages between a ScreeningPool and its workers. */
import type { Hit } from '../index/index.js';
import type { ScreenQuery } from '../match/index.js';
import type { PoolSource } from './pool-source.js';

export interface WorkerInit {
  source: PoolSource;
}

export type ToWorker = { type: 'screen'; seq: number; queries: ScreenQuery[]; limit?: number; threshold?: number };

/** One query's outcome: its hits, or why it could not be screened. */
export type QueryOutcome = { hits: Hit[] } | { error: string };

export type FromWorker =
  | { type: 'ready'; entities: number }
  | { type: 'failed'; message: string; code?: string }
  | { type: 'result'; seq: number; outcomes: QueryOutcome[] };
