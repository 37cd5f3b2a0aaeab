/**
 * Batch screening on every core: a pool of worker threads, each holding its own index, screens a
 * stream of queries in chunks and yields the results in input order. A single query always runs on
 * one core; parallelism comes from screening different queries at once.
 *
 *   const pool = await ScreeningPool.start({ kind: 'home', home });
 *   for await (const r of pool.screen(queries, { onProgress })) …
 *   await pool.close();
 *
 * Flow control: input is read lazily, a chunk at a time, and at most `workers × 8` chunks are
 * held (read but not yet yielded), so memory stays flat for inputs of millions of rows. Each
 * worker has at most 2 chunks queued; the moment one comes back, the next waiting chunk is sent
 * to it, without waiting for the consumer — so a slow chunk at the head of the order holds up
 * the output, not the other workers. A query that throws yields a result with `error`, not a
 * failed run; a worker that dies fails the run with a `PoolError` naming the queries it held.
 *
 * Repeated queries are screened once: the pool keeps a cache of answers (see query-cache.ts), and
 * a query equal to one still being screened waits for that answer instead of going to a worker
 * too. Kept here rather than in each worker, it sees every repeat whichever worker screened the
 * first. Workers send hits as JSON text: `BatchResult.hits` parses it on first read, `hitsJson`
 * gives it as is.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { CribaError } from '../errors.js';
import type { Hit } from '../index/index.js';
import type { ScreenQuery } from '../match/index.js';
import type { PoolSource } from './pool-source.js';
import { DEFAULT_CACHE_LIMITS, QueryCache, queryKey, type QueryCacheLimits } from './query-cache.js';
import { siblingModule, spawnWorker } from './spawn-worker.js';
import type { FromWorker, QueryOutcome, ToWorker, WorkerInit } from './worker-protocol.js';

export interface PoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  workers?: number;
  /** The pool's cache of answered queries (default 20,000 queries, 32 M characters); `{ entries: 0 }` turns it off. */
  cache?: Partial<QueryCacheLimits>;
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
  /** Of those, repeats answered without screening them again (from the cache, or with an earlier equal query). */
  cached: number;
  elapsedMs: number;
  /** Queries per second so far. */
  perSecond: number;
}

export interface BatchResult {
  /** Position in the input, from 0. */
  index: number;
  query: ScreenQuery;
  /** The hits (parsed from `hitsJson` on first read; each result has its own objects). */
  hits: Hit[];
  /** The hits as JSON text, as the worker encoded them: `JSON.stringify(hits)`. */
  hitsJson: string;
  /** Set when this query could not be screened; hits is then empty. */
  error?: string;
}

/** A worker stopped during a run. `firstIndex`: the earliest query (input position) it held. */
export class PoolError extends Error {
  constructor(
    message: string,
    readonly firstIndex: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PoolError';
  }
}

/** Chunks queued on one worker at a time: one being screened, one ready to start. */
const QUEUED_PER_WORKER = 2;
/** Chunks held per worker (read and not yet yielded): bounds memory and how far order can lag. */
const WINDOW_PER_WORKER = 8;

/** Where a repeated query's answer is: the same query earlier in the input, still being screened. */
interface Earlier {
  chunk: Chunk;
  at: number;
}

interface Chunk {
  seq: number;
  /** Input position of the chunk's first query. */
  first: number;
  queries: ScreenQuery[];
  /** Positions in `queries` sent to the worker, in order; the others are repeats. */
  sent: number[];
  /** Per position sent: its cache key (the answer is cached under it). */
  keys: (string | undefined)[];
  /** Per position of a repeat: its answer, or the earlier query whose answer it is. */
  repeats: (QueryOutcome | Earlier | undefined)[];
  worker?: number;
  /** Set once the worker has answered (or at once when nothing was sent): the outcomes of the queries sent, by position. */
  outcomes?: QueryOutcome[];
  /** Repeats in this chunk. */
  cached: number;
}

export class ScreeningPool {
  readonly workers: number;
  /** Entities in each worker's index. */
  readonly entities: number;
  private readonly threads: Worker[];
  /** Chunks sent to each worker and not answered yet (including those of abandoned runs). */
  private readonly queued: number[];
  private nextSeq = 0;
  private readonly cache: QueryCache;
  private busy = false;
  private broken: Error | undefined;
  private onResult: ((worker: number, m: Extract<FromWorker, { type: 'result' }>) => void) | undefined;
  private onFailure: ((worker: number, err: Error) => void) | undefined;

  private constructor(threads: Worker[], entities: number, cache: QueryCacheLimits) {
    this.cache = new QueryCache(cache);
    this.threads = threads;
    this.workers = threads.length;
    this.entities = entities;
    this.queued = threads.map(() => 0);
    threads.forEach((t, i) => {
      t.on('message', (m: FromWorker) => {
        if (m.type !== 'result') return;
        this.queued[i]!--;
        this.onResult?.(i, m);
      });
      t.on('error', (err) => this.fail(i, err));
      t.on('exit', (code) => this.fail(i, new Error(`screening worker ${i} exited (code ${code})`)));
    });
  }

  /** Start the workers and wait until each has built its index (they build at the same time). */
  static async start(source: PoolSource, opts: PoolOptions = {}): Promise<ScreeningPool> {
    const count = Math.max(1, opts.workers ?? availableParallelism());
    const url = siblingModule(import.meta.url, 'screen-worker');
    const cache = { entries: opts.cache?.entries ?? DEFAULT_CACHE_LIMITS.entries, chars: opts.cache?.chars ?? DEFAULT_CACHE_LIMITS.chars };
    const init: WorkerInit = { source };
    const threads = Array.from({ length: count }, () => spawnWorker(url, { workerData: init }));
    try {
      const sizes = await Promise.all(threads.map((t) => ready(t)));
      return new ScreeningPool(threads, sizes[0]!, cache);
    } catch (err) {
      await Promise.all(threads.map((t) => t.terminate()));
      throw err;
    }
  }

  /** Screen every query; results come back in input order. One run at a time per pool. */
  async *screen(queries: Iterable<ScreenQuery> | AsyncIterable<ScreenQuery>, opts: BatchOptions = {}): AsyncGenerator<BatchResult> {
    if (this.broken) throw this.broken;
    if (this.busy) throw new CribaError('E_INPUT', 'this pool is already screening a batch');
    this.busy = true;
    const chunkSize = Math.max(1, Math.floor(opts.chunkSize ?? 64));
    const window = this.workers * WINDOW_PER_WORKER;
    const input = toAsyncIterator(queries);
    const started = performance.now();
    const held: Chunk[] = []; // read and not yet yielded, in input order
    const waiting: Chunk[] = []; // read and not yet sent to a worker
    const bySeq = new Map<number, Chunk>();
    let wake: (() => void) | undefined;
    let failure: Error | undefined;

    const dispatch = () => {
      while (waiting.length > 0) {
        const worker = this.leastQueued();
        if (this.queued[worker]! >= QUEUED_PER_WORKER) return;
        const chunk = waiting.shift()!;
        chunk.worker = worker;
        this.queued[worker]!++;
        const message: ToWorker = { type: 'screen', seq: chunk.seq, queries: chunk.sent.map((i) => chunk.queries[i]!), limit: opts.limit, threshold: opts.threshold };
        this.threads[worker]!.postMessage(message);
      }
    };
    // queries sent and not answered yet, by cache key: an equal query read meanwhile waits for their answer
    const pending = new Map<string, Earlier>();
    const keyOpts = { limit: opts.limit, threshold: opts.threshold };
    const plan = (chunk: Chunk) => {
      for (let i = 0; i < chunk.queries.length; i++) {
        const key = this.cache.enabled ? queryKey(chunk.queries[i]!, keyOpts) : undefined;
        const known = key === undefined ? undefined : (this.cache.get(key) ?? pending.get(key));
        if (known !== undefined) {
          chunk.repeats[i] = known;
          chunk.cached++;
          continue;
        }
        if (key !== undefined) pending.set(key, { chunk, at: i });
        chunk.keys[i] = key;
        chunk.sent.push(i);
      }
      if (chunk.sent.length === 0) chunk.outcomes = [];
    };
    this.onResult = (_, m) => {
      const chunk = bySeq.get(m.seq);
      if (chunk) {
        bySeq.delete(m.seq);
        const outcomes: QueryOutcome[] = [];
        m.outcomes.forEach((outcome, j) => {
          const i = chunk.sent[j]!;
          outcomes[i] = outcome;
          const key = chunk.keys[i];
          if (key === undefined) return;
          pending.delete(key);
          // errors are not cached: the next equal query is tried again
          if (typeof outcome === 'string') this.cache.set(key, outcome);
        });
        chunk.outcomes = outcomes;
      } // else: a chunk of a run the consumer abandoned
      dispatch();
      wake?.();
    };
    this.onFailure = (worker, err) => {
      const lost = held.filter((c) => c.worker === worker && !c.outcomes);
      const first = lost[0]?.first;
      const last = lost.length ? lost.at(-1)!.first + lost.at(-1)!.queries.length - 1 : undefined;
      failure = new PoolError(
        first === undefined ? err.message : `${err.message}, while screening queries ${first}–${last} (input positions from 0)`,
        first,
        { cause: err },
      );
      wake?.();
    };

    let inputDone = false;
    let read = 0;
    let done = 0;
    let cached = 0;
    try {
      for (;;) {
        // read ahead while the window has room; workers pick chunks up as they free
        while (!inputDone && held.length < window && !failure) {
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
          const chunk: Chunk = { seq: this.nextSeq++, first: read, queries: batch, sent: [], keys: [], repeats: [], cached: 0 };
          read += batch.length;
          held.push(chunk);
          plan(chunk);
          if (chunk.outcomes) continue; // every query a repeat: nothing to send
          waiting.push(chunk);
          bySeq.set(chunk.seq, chunk);
          dispatch();
        }
        const head = held[0];
        if (!head && !failure) return;
        while (!failure && !head!.outcomes) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (failure) throw failure;
        held.shift();
        for (let i = 0; i < head!.queries.length; i++) yield toResult(head!.first + i, head!.queries[i]!, outcomeOf(head!, i));
        done += head!.queries.length;
        cached += head!.cached;
        const elapsedMs = performance.now() - started;
        opts.onProgress?.({ done, cached, elapsedMs, perSecond: elapsedMs > 0 ? (done * 1000) / elapsedMs : 0 });
      }
    } finally {
      this.onResult = undefined;
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

  /** A worker died: the pool cannot be used again; a run in progress fails. */
  private fail(worker: number, err: Error): void {
    this.broken ??= new PoolError(`the screening pool lost worker ${worker}: ${err.message}`, undefined, { cause: err });
    this.onFailure?.(worker, err);
  }

  private leastQueued(): number {
    let best = 0;
    for (let i = 1; i < this.queued.length; i++) if (this.queued[i]! < this.queued[best]!) best = i;
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

/**
 * The outcome of query `i` of a chunk whose worker has answered. A repeat waiting on an earlier
 * query finds it answered: that query is earlier in the input, so its chunk was yielded first,
 * or is this one.
 */
function outcomeOf(chunk: Chunk, i: number): QueryOutcome {
  const own = chunk.outcomes![i];
  if (own !== undefined) return own;
  const known = chunk.repeats[i]!;
  if (typeof known === 'string' || 'error' in known) return known;
  return outcomeOf(known.chunk, known.at);
}

/** A result whose hits are parsed from the worker's JSON only when read. */
function toResult(index: number, query: ScreenQuery, outcome: QueryOutcome): BatchResult {
  if (typeof outcome !== 'string') return { index, query, hits: [], hitsJson: '[]', error: outcome.error };
  let hits: Hit[] | undefined;
  const result = { index, query, hitsJson: outcome } as BatchResult;
  Object.defineProperty(result, 'hits', {
    enumerable: true,
    configurable: true,
    get: () => (hits ??= JSON.parse(outcome) as Hit[]),
    set: (value: Hit[]) => (hits = value),
  });
  return result;
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
