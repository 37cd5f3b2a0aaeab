/**
 * Batch screening on every core: a pool of worker threads, each holding its own index, screens a
 * stream of queries in chunks and yields the results in input order. A single query always runs on
 * one core; parallelism comes from screening different queries at once.
 *
 *   const pool = await ScreeningPool.start({ kind: 'home', home });
 *   for await (const r of pool.screen(queries, { onProgress })) …
 *   await pool.close();
 *
 * Input is read lazily and at most `workers × 2` chunks are in flight, so memory stays flat for
 * inputs of millions of rows. A query that throws yields a result with `error`, not a failed run.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { CribaError } from '../errors.js';
import type { Hit } from '../index/index.js';
import type { ScreenQuery } from '../match/index.js';
import type { PoolSource } from './pool-source.js';
import { siblingModule, spawnWorker } from './spawn-worker.js';
import type { FromWorker, QueryOutcome, ToWorker, WorkerInit } from './worker-protocol.js';

export interface PoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  workers?: number;
}

export interface BatchOptions {
  limit?: number;
  threshold?: number;
  /** Queries sent to a worker at a time (default 64). */
  chunkSize?: number;
  /** Called after each chunk of results is yielded. */
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchProgress {
  /** Queries screened and yielded so far. */
  done: number;
  elapsedMs: number;
  /** Queries per second so far. */
  perSecond: number;
}

export interface BatchResult {
  /** Position in the input, from 0. */
  index: number;
  query: ScreenQuery;
  hits: Hit[];
  /** Set when this query could not be screened; hits is then empty. */
  error?: string;
}

const IN_FLIGHT_PER_WORKER = 2;

export class ScreeningPool {
  readonly workers: number;
  /** Entities in each worker's index. */
  readonly entities: number;
  private readonly threads: Worker[];
  private readonly load: number[];
  private nextSeq = 0;
  private busy = false;
  private onMessage: ((worker: number, m: FromWorker) => void) | undefined;
  private onFailure: ((err: Error) => void) | undefined;

  private constructor(threads: Worker[], entities: number) {
    this.threads = threads;
    this.workers = threads.length;
    this.entities = entities;
    this.load = threads.map(() => 0);
    threads.forEach((t, i) => {
      t.on('message', (m: FromWorker) => this.onMessage?.(i, m));
      t.on('error', (err) => this.onFailure?.(err));
      t.on('exit', (code) => this.onFailure?.(new Error(`screening worker ${i} exited (code ${code})`)));
    });
  }

  /** Start the workers and wait until each has built its index. */
  static async start(source: PoolSource, opts: PoolOptions = {}): Promise<ScreeningPool> {
    const count = Math.max(1, opts.workers ?? availableParallelism());
    const url = siblingModule(import.meta.url, 'screen-worker');
    const init: WorkerInit = { source };
    const threads = Array.from({ length: count }, () => spawnWorker(url, { workerData: init }));
    try {
      const sizes = await Promise.all(threads.map((t) => ready(t)));
      return new ScreeningPool(threads, sizes[0]!);
    } catch (err) {
      await Promise.all(threads.map((t) => t.terminate()));
      throw err;
    }
  }

  /** Screen every query; results come back in input order. One run at a time per pool. */
  async *screen(queries: Iterable<ScreenQuery> | AsyncIterable<ScreenQuery>, opts: BatchOptions = {}): AsyncGenerator<BatchResult> {
    if (this.busy) throw new CribaError('E_INPUT', 'this pool is already screening a batch');
    this.busy = true;
    const chunkSize = Math.max(1, opts.chunkSize ?? 64);
    const input = toAsyncIterator(queries);
    const started = performance.now();
    // chunks in flight, oldest first; each settles when its worker answers
    const inFlight: { first: number; queries: ScreenQuery[]; outcomes: Promise<QueryOutcome[]> }[] = [];
    const settle = new Map<number, (outcomes: QueryOutcome[]) => void>();
    let fail: (err: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => {}); // observed through Promise.race below
    this.onMessage = (worker, m) => {
      if (m.type !== 'result') return;
      this.load[worker]!--;
      settle.get(m.seq)?.(m.outcomes); // absent for a run the consumer abandoned
      settle.delete(m.seq);
    };
    this.onFailure = (err) => fail(err);
    let inputDone = false;
    let read = 0;
    let done = 0;
    try {
      for (;;) {
        // keep every worker fed
        while (!inputDone && inFlight.length < this.workers * IN_FLIGHT_PER_WORKER) {
          const batch: ScreenQuery[] = [];
          while (batch.length < chunkSize) {
            const next = await input.next();
            if (next.done) {
              inputDone = true;
              break;
            }
            batch.push(next.value);
          }
          if (batch.length === 0) break;
          const seq = this.nextSeq++;
          const outcomes = new Promise<QueryOutcome[]>((resolve) => settle.set(seq, resolve));
          inFlight.push({ first: read, queries: batch, outcomes });
          read += batch.length;
          const worker = this.leastLoaded();
          this.load[worker]!++;
          const message: ToWorker = { type: 'screen', seq, queries: batch, limit: opts.limit, threshold: opts.threshold };
          this.threads[worker]!.postMessage(message);
        }
        const head = inFlight.shift();
        if (!head) return;
        const outcomes = await Promise.race([head.outcomes, failed]);
        for (let i = 0; i < head.queries.length; i++) {
          const outcome = outcomes[i]!;
          const query = head.queries[i]!;
          const index = head.first + i;
          yield 'error' in outcome ? { index, query, hits: [], error: outcome.error } : { index, query, hits: outcome.hits };
        }
        done += head.queries.length;
        const elapsedMs = performance.now() - started;
        opts.onProgress?.({ done, elapsedMs, perSecond: elapsedMs > 0 ? (done * 1000) / elapsedMs : 0 });
      }
    } finally {
      this.onMessage = undefined;
      this.onFailure = undefined;
      this.busy = false;
      await input.return?.();
    }
  }

  async close(): Promise<void> {
    this.onFailure = undefined;
    for (const t of this.threads) t.removeAllListeners('exit');
    await Promise.all(this.threads.map((t) => t.terminate()));
  }

  private leastLoaded(): number {
    let best = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i]! < this.load[best]!) best = i;
    return best;
  }
}

/** Start a pool, screen every query in input order, close the pool. */
export async function* screenBatch(
  source: PoolSource,
  queries: Iterable<ScreenQuery> | AsyncIterable<ScreenQuery>,
  opts: BatchOptions & PoolOptions = {},
): AsyncGenerator<BatchResult> {
  const pool = await ScreeningPool.start(source, opts);
  try {
    yield* pool.screen(queries, opts);
  } finally {
    await pool.close();
  }
}

function ready(worker: Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      if (m.type === 'ready') resolve(m.entities);
      else if (m.type === 'failed') reject(new CribaError(m.code === 'E_NO_SNAPSHOT' ? 'E_NO_SNAPSHOT' : 'E_INPUT', `screening worker could not load its entities: ${m.message}`));
      else return;
      worker.off('message', onMessage);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`screening worker exited before it was ready (code ${code})`)));
  });
}

function toAsyncIterator<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in items) return (items as AsyncIterable<T>)[Symbol.asyncIterator]();
  const it = (items as Iterable<T>)[Symbol.iterator]();
  return {
    next: async () => it.next(),
    return: async () => it.return?.() ?? { done: true, value: undefined },
  };
}
