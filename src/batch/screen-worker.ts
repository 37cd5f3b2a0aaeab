/** A pool worker: builds its own index from the pool's source, then screens chunks of queries. */
import { parentPort, workerData } from 'node:worker_threads';
import { indexFromSource } from './pool-source.js';
import type { FromWorker, QueryOutcome, ToWorker, WorkerInit } from './worker-protocol.js';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

try {
  const index = await indexFromSource((workerData as WorkerInit).source);
  port.on('message', (m: ToWorker) => {
    const opts = { ...(m.limit !== undefined ? { limit: m.limit } : {}), ...(m.threshold !== undefined ? { threshold: m.threshold } : {}) };
    const outcomes: QueryOutcome[] = m.queries.map((q) => {
      try {
        return { hits: index.screen(q, opts) };
      } catch (err) {
        return { error: (err as Error).message };
      }
    });
    post({ type: 'result', seq: m.seq, outcomes });
  });
  post({ type: 'ready', entities: index.size });
} catch (err) {
  post({ type: 'failed', message: (err as Error).message, code: (err as { code?: string }).code });
}
