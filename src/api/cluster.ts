/**
 * Several server processes on one port (node:cluster), to use every core: each worker holds its
 * own copy of the dataset and answers requests; the primary only forks, restarts crashed workers
 * and relays "lists changed" so that an update done by one worker is loaded by all.
 *
 * Per-process state stays per process: /metrics counts the worker that answers the scrape, and a
 * key's rate limit is split evenly between workers.
 */
import cluster from 'node:cluster';

const RELOAD = 'criba:reload';

export interface ClusterLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/** 1 for the first worker (or a process without cluster): the one that runs the first-start update. */
export function workerNumber(): number {
  return cluster.worker?.id ?? 1;
}

/**
 * In the primary: fork `workers` processes that run this same program, restart any that dies
 * unexpectedly, relay reload messages. Resolves after SIGINT/SIGTERM once every worker has exited.
 */
export function runPrimary(workers: number, log: ClusterLog): Promise<void> {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on('message', (from, message: unknown) => {
    if ((message as { type?: string })?.type !== RELOAD) return;
    for (const w of Object.values(cluster.workers ?? {})) if (w && w !== from) w.send({ type: RELOAD });
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.warn({ worker: worker.id, code, signal }, 'a server worker died; starting another');
    fork();
  });
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down workers');
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      const check = setInterval(() => {
        if (Object.keys(cluster.workers ?? {}).length === 0) {
          clearInterval(check);
          resolve();
        }
      }, 50);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** In a worker: tell the other workers that the stored lists changed. */
export function announceReload(): void {
  if (cluster.isWorker) process.send?.({ type: RELOAD });
}

/** In a worker: run `reload` when another worker announces changed lists. */
export function onReload(reload: () => void): void {
  if (!cluster.isWorker) return;
  process.on('message', (message: unknown) => {
    if ((message as { type?: string })?.type === RELOAD) reload();
  });
}
