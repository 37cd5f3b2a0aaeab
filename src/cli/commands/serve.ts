/**
 * `criba serve`: the HTTP API and web UI over the lists in $CRIBA_HOME. Starts listening at once;
 * with no lists loaded it runs the configured update in the background (downloads, or --from DIR)
 * and, if that fails, keeps serving with a clear "no lists loaded" state instead of exiting.
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { pino } from 'pino';
import { addApiKey, apiKeyFilePath, createApiKey, readApiKeys } from '../../api/api-keys.js';
import { NO_LISTS_MESSAGE } from '../../api/api-error.js';
import { libraryScanBackend } from '../../api/scan-backend.js';
import { buildServer } from '../../api/server.js';
import { announceReload, isClusterWorker, onReload, runPrimary, workerNumber } from '../../api/cluster.js';
import { DEFAULTS } from '../../api/server-options.js';
import { snapshotBackend } from '../../api/snapshot-backend.js';
import { resolveHome } from '../../snapshot/index.js';
import { parsePositiveInt } from '../options.js';
import type { Io } from '../output.js';

interface ServeOpts {
  port: number;
  host: string;
  from?: string;
  updateOnStart: boolean;
  cors: string[];
  rateLimit?: number;
  anonymousRateLimit?: number;
  logBodies?: boolean;
  logLevel: string;
  fetch: boolean;
  allowPrivateUrls?: boolean;
  newKey?: string;
  admin?: boolean;
  workers: number;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0–65535)');
  return n;
}

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('run the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the web UI (/ui/)')
    .option('--port <n>', 'port to listen on', parsePort, 8080)
    .option('--host <addr>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--from <dir>', 'first-start update reads official files from DIR instead of downloading (or $CRIBA_UPDATE_FROM)')
    .option('--no-update-on-start', 'do not run an update when no lists are loaded')
    .option('--cors <origin>', 'allow this browser origin (repeatable); CORS is off without it', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--rate-limit <n>', 'requests per minute per API key (default 1200)', parsePositiveInt)
    .option('--anonymous-rate-limit <n>', 'requests per minute per client address when API keys are off (default: none)', parsePositiveInt)
    .option('--no-fetch', 'refuse POST /scan {url} (the server would fetch pages for callers)')
    .option('--allow-private-urls', 'let POST /scan {url} fetch from private and local addresses (off: no SSRF)')
    .option('--log-bodies', 'log request bodies at debug level — they hold personal data')
    .option('--log-level <level>', 'fatal, error, warn, info, debug', 'info')
    .option('--workers <n>', 'server processes sharing the port (each holds the lists in memory); e.g. the number of cores', parsePositiveInt, 1)
    .option('--new-key <name>', 'create an API key named NAME, print it once, store its hash, and exit')
    .option('--admin', 'with --new-key: the key may call /admin/update')
    .addHelpText(
      'after',
      `
API keys are off until the first key exists ($CRIBA_HOME/api-keys.json holds only their SHA-256).
Examples:
  $ criba serve                                   http://127.0.0.1:8080/ui/
  $ criba serve --from ./lists/ofac/sdn-2022-01-21 --port 9000
  $ criba serve --new-key payments-service        create a key; keys are then required`,
    )
    .action(async (opts: ServeOpts) => {
      const home = resolveHome();
      const keyFile = apiKeyFilePath(home);
      if (opts.newKey) {
        const { key, record } = createApiKey({ name: opts.newKey, ...(opts.admin ? { admin: true } : {}) });
        await addApiKey(keyFile, record);
        io.out(`${key}\n`);
        io.err(`API key ${record.id} (${record.name}${record.admin ? ', admin' : ''}) stored hashed in ${keyFile}. It is shown only this once.`);
        return;
      }
      const logger = pino({ name: 'criba', level: opts.logLevel });
      if (opts.workers > 1 && !isClusterWorker()) {
        logger.info({ workers: opts.workers }, 'starting server workers');
        return runPrimary(opts.workers, logger);
      }
      const from = opts.from ?? process.env.CRIBA_UPDATE_FROM;
      const apiKeys = await readApiKeys(keyFile);
      const { app, holder } = await buildServer({
        backend: snapshotBackend(home, from ? { from } : {}),
        scan: libraryScanBackend(),
        apiKeys,
        // each worker counts its own requests: split the per-key budget between them
        rateLimitPerKey: Math.max(1, Math.ceil((opts.rateLimit ?? DEFAULTS.rateLimitPerKey) / opts.workers)),
        ...(opts.anonymousRateLimit ? { rateLimitAnonymous: Math.max(1, Math.ceil(opts.anonymousRateLimit / opts.workers)) } : {}),
        corsOrigins: opts.cors,
        logger,
        logBodies: Boolean(opts.logBodies),
        allowUrlFetch: opts.fetch,
        allowPrivateUrls: Boolean(opts.allowPrivateUrls),
      });
      holder.onUpdated = announceReload;
      onReload(() => void holder.load());
      const loaded = await holder.load();
      const address = await app.listen({ port: opts.port, host: opts.host });
      logger.info({ address, home, apiKeys: apiKeys.length > 0 ? `${apiKeys.length} key(s): required` : 'off' }, `criba serving on ${address} (UI ${address}/ui/, docs ${address}/docs)`);
      if (!loaded && opts.updateOnStart && workerNumber() === 1) {
        logger.info({ from: from ?? 'official URLs' }, 'no lists loaded: running the first-start update');
        holder.update({}).then(
          () => {
            if (!holder.current) logger.warn({ code: 'E_NO_SNAPSHOT' }, `first-start update loaded nothing. ${NO_LISTS_MESSAGE}`);
          },
          (err: unknown) => logger.warn({ code: 'E_NO_SNAPSHOT', reason: err instanceof Error ? err.message : String(err) }, `first-start update failed. ${NO_LISTS_MESSAGE}`),
        );
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info({ signal }, 'shutting down');
          app.close().then(() => resolve(), () => resolve());
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
