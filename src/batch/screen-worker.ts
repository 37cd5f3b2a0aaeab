/**
 * A pool worker: builds its own index from the pool's source, then screens the chunks of queries
 * it is sent (repeats never reach it: the pool answers them, see screening-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexFromSource } from './pool-source.js';
import { screenChunk } from './screen-chunk.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
const init = workerData as WorkerInit;

try {
  const index = await indexFromSource(init.source);
  port.on('message', (m: ToWorker) => post({ type: 'result', seq: m.seq, outcomes: screenChunk(index, m) }));
  post({ type: 'ready', entities: index.size });
} catch (err) {
  post({ type: 'failed', message: (err as Error).message, code: (err as { code?: string }).code });
}
