/**
 * Starting a worker thread from this package's own source. Compiled (dist/*.js), the worker file
 * runs as is. From TypeScript source (tests, benchmarks under tsx or vitest), Node 20 cannot load
 * .ts in a worker, and loader hooks of the main thread are not inherited: the worker first
 * registers tsx's hooks (tsx is a dev dependency; this path only runs in development).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function spawnWorker(moduleUrl: URL, options: WorkerOptions): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, options);
  const require = createRequire(moduleUrl);
  const tsxApi = pathToFileURL(require.resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** URL of a sibling module, as .ts when running from source and .js when compiled. */
export function siblingModule(base: string, name: string): URL {
  const ext = base.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${ext}`, base);
}
