/**
 * Load test of the HTTP API: `POST /screen` with one query per request over loopback, for 60 s,
 * with autocannon. The server runs in a child process (this same file, role `server`) over the
 * real OFAC SDN list when CRIBA_LISTS_DIR is set (else over a small hand-made list, and the row
 * says so). Reports requests/s, latency percentiles, errors and the server's RSS before and after.
 *
 * Runs once with one server process and once with two (`criba serve --workers 2`: the machine has
 * two cores); CRIBA_BENCH_WORKERS=1 runs one configuration only.
 * Run alone: `npx tsx bench/api.bench.ts` (CRIBA_BENCH_SECONDS=10 for a quick look;
 * CRIBA_BENCH_CONNECTIONS, default 16; CRIBA_BENCH_OUT=file.json to keep the rows). bench/run.ts
 * imports the default export.
 * Target (issue 7): >= 3,000 requests/s with p99 <= 20 ms and 0 errors on the 2-core machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/** Hand-written queries: listed names, near misses and people on no list, as onboarding sends them. */
const QUERIES = [
  { name: 'Mara Salvatrucha', type: 'organization' },
  { name: 'Osiris Luna Meza' },
  { name: 'John Smith', dob: '1970' },
  { name: 'Maria Gonzalez', country: 'MX' },
  { name: 'Banco Nacional de Cuba' },
  { name: 'Carlos Amilcar Marroquin' },
  { name: 'Anna Schmidt', country: 'DE' },
  { name: 'Kim Jong Un' },
  { name: 'Rosneft Trading' },
  { name: 'Peter Meier' },
  { name: 'Hassan Nasrallah' },
  { name: 'Li Wei', country: 'CN' },
  { name: 'Sea Star Shipping' },
  { name: 'Ahmed Hassan Ali', dob: '1981-05-02' },
  { name: 'Olena Kovalenko' },
  { name: 'Acme Holdings Ltd' },
];

/** The full official trio (primary names, aliases, addresses): the names screening really sees. */
const SDN_DIR = 'ofac/sdn-2022-01-21';

export interface ApiBenchRow {
  name: string;
  /** Server processes (`criba serve --workers`). */
  workers: number;
  dataset: string;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  /** RSS of the server processes every 10 s of the run: flat once warm, or growing? */
  rssEvery10sMB: string;
  /** JS heap in use after a full collection before the run (all server processes). */
  heapBeforeMB: number;
  /** JS heap in use after a full collection at the end (all server processes). */
  heapAfterGcMB: number;
  /** Server CPU time per request: independent of how busy the machine is. */
  serverCpuMsPerRequest: number;
  /** What one fully available core would serve (1000 / serverCpuMsPerRequest). */
  requestsPerCpuSecond: number;
  /** 1-minute load average of the machine when the run ended (other work shares the cores). */
  loadAvg1: number;
  target: string;
  met: boolean;
}

// ---------------------------------------------------------------- server role (child process)

/** Load the lists into a fresh home (or use the hand-made list) and say which. */
async function prepareHome(): Promise<{ home?: string; label: string }> {
  const listsDir = process.env.CRIBA_LISTS_DIR;
  if (!listsDir || !existsSync(join(listsDir, SDN_DIR))) return { label: 'hand-made 4-entity list (CRIBA_LISTS_DIR not set)' };
  const { updateLists } = await import('../src/snapshot/index.js');
  const home = await mkdtemp(join(tmpdir(), 'criba-bench-api-'));
  await updateLists({ home, from: join(listsDir, SDN_DIR) });
  return { home, label: `OFAC SDN (${SDN_DIR})` };
}

/** One server process: listens on CRIBA_BENCH_PORT (shared between cluster workers). */
async function runServerProcess(home: string | undefined): Promise<{ entities: number; close: () => Promise<void> }> {
  const { pino } = await import('pino');
  const { buildServer } = await import('../src/api/server.js');
  const { snapshotBackend } = await import('../src/api/snapshot-backend.js');
  const { datasetFromEntities } = await import('../src/snapshot/index.js');
  let backend;
  if (home) backend = snapshotBackend(home);
  else {
    const { fixtureEntities } = await import('../test/api/fixture-entities.js');
    const entities = fixtureEntities();
    backend = { open: async () => datasetFromEntities(entities) };
  }
  const { app, holder } = await buildServer({ backend, logger: pino({ level: process.env.CRIBA_BENCH_LOG_LEVEL ?? 'warn' }) });
  if (!(await holder.load())) throw new Error('no lists loaded for the bench');
  await app.listen({ port: Number(process.env.CRIBA_BENCH_PORT), host: '127.0.0.1' });
  // warm the JIT and the lazily built structures before the parent measures memory
  for (let i = 0; i < 2000; i++) await app.inject({ method: 'POST', url: '/screen', payload: QUERIES[i % QUERIES.length]! });
  globalThis.gc?.();
  // the parent asks for a full collection at the end, to tell garbage from growth
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    process.stdout.write(`HEAP ${process.pid} ${process.memoryUsage().heapUsed}\n`);
  });
  return { entities: holder.current!.entities.length, close: () => app.close() };
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

async function runServer(): Promise<void> {
  const cluster = (await import('node:cluster')).default;
  const workers = Number(process.env.CRIBA_BENCH_WORKERS ?? 1);
  if (cluster.isWorker) {
    const { entities } = await runServerProcess(process.env.CRIBA_BENCH_HOME || undefined);
    process.send!({ ready: entities });
    return; // the primary kills workers at the end
  }
  const { home, label } = await prepareHome();
  process.env.CRIBA_BENCH_PORT = String(await freePort());
  const cleanup = async () => {
    if (home) await rm(home, { recursive: true, force: true });
  };
  let entities: number;
  let pids: number[];
  let closeAll: () => Promise<void>;
  if (workers <= 1) {
    const one = await runServerProcess(home);
    entities = one.entities;
    pids = [process.pid];
    closeAll = one.close;
  } else {
    process.env.CRIBA_BENCH_HOME = home ?? '';
    const forked = Array.from({ length: workers }, () => cluster.fork());
    const counts = await Promise.all(forked.map((w) => new Promise<number>((resolve) => w.once('message', (m: { ready: number }) => resolve(m.ready)))));
    entities = counts[0]!;
    pids = forked.map((w) => w.process.pid!);
    closeAll = async () => {
      for (const w of forked) w.process.kill('SIGKILL');
    };
  }
  process.stdout.write(`READY http://127.0.0.1:${process.env.CRIBA_BENCH_PORT} ${entities} ${pids.join(',')} ${JSON.stringify(label)}\n`);
  const stop = async () => {
    await closeAll();
    await cleanup();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

// ---------------------------------------------------------------- load role (parent)

interface Started {
  child: ChildProcess;
  /** Everything the server processes printed so far. */
  output: () => string;
  address: string;
  entities: number;
  pids: number[];
  label: string;
}

function startServerProcess(workers: number): Promise<Started> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', self], {
    env: { ...process.env, CRIBA_BENCH_ROLE: 'server', CRIBA_BENCH_WORKERS: String(workers) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\S+) (\d+) ([\d,]+) (".*")\n/.exec(out);
      if (m) resolve({ child, output: () => out, address: m[1]!, entities: Number(m[2]), pids: m[3]!.split(',').map(Number), label: JSON.parse(m[4]!) as string });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited early (code ${code}): ${out}`)));
  });
}

/** RSS (MB) and CPU time (s) of the server processes, summed, from /proc (Linux). */
function serverUsage(pids: number[]): { rssMB: number; cpuSeconds: number } {
  const ticks = 100; // USER_HZ on Linux
  let rssKB = 0;
  let cpu = 0;
  for (const pid of pids) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    rssKB += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    cpu += (Number(fields[11]) + Number(fields[12])) / ticks; // utime, stime
  }
  return { rssMB: Math.round(rssKB / 102.4) / 10, cpuSeconds: cpu };
}

/** Ask every server process for a full GC and sum the heap they report. */
async function heapAfterGc(server: Started): Promise<number> {
  const seen = server.output().length;
  for (const pid of server.pids) process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 50; i++) {
    const lines = [...server.output().slice(seen).matchAll(/HEAP (\d+) (\d+)/g)];
    if (lines.length >= server.pids.length) return Math.round(lines.reduce((sum, m) => sum + Number(m[2]), 0) / 1e5) / 10;
    await new Promise((r) => setTimeout(r, 100));
  }
  return NaN;
}

export interface ApiBenchTable {
  title: string;
  rows: ApiBenchRow[];
  notes: string[];
}

/** bench/run.ts passes its context (lists folder); alone, CRIBA_LISTS_DIR is read. */
export default async function apiBench(ctx?: { listsDir?: string }): Promise<ApiBenchTable[]> {
  if (ctx?.listsDir) process.env.CRIBA_LISTS_DIR = ctx.listsDir;
  const rows: ApiBenchRow[] = [];
  const workerCounts = (process.env.CRIBA_BENCH_WORKERS ?? '1,2').split(',').map(Number);
  for (const workers of workerCounts) rows.push(await loadTest(workers));
  return [
    {
      title: 'api: POST /screen with one query per request, autocannon over loopback',
      rows,
      notes: [
        'autocannon runs in the bench process, the server in child processes: they share the machine\'s cores',
        'serverCpuMsPerRequest is the server processes\' CPU time per request (from /proc): it does not depend on how busy the machine is',
        'reproduce: CRIBA_LISTS_DIR=../shared/data/lists npx tsx bench/api.bench.ts',
      ],
    },
  ];
}

async function loadTest(workers: number): Promise<ApiBenchRow> {
  const seconds = Number(process.env.CRIBA_BENCH_SECONDS ?? 60);
  const connections = Number(process.env.CRIBA_BENCH_CONNECTIONS ?? 16);
  const server = await startServerProcess(workers);
  try {
    const heapBeforeMB = await heapAfterGc(server);
    const before = serverUsage(server.pids);
    let n = 0;
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(serverUsage(server.pids).rssMB), 10_000);
    const run = autocannon({
      url: server.address,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/screen',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: JSON.stringify(QUERIES[n++ % QUERIES.length]) }),
        },
      ],
    });
    const result = await run;
    clearInterval(sampler);
    const after = serverUsage(server.pids);
    const heapAfterGcMB = await heapAfterGc(server);
    const cpuMsPerRequest = ((after.cpuSeconds - before.cpuSeconds) * 1000) / Math.max(1, result.requests.total);
    const row: ApiBenchRow = {
      name: `api: POST /screen, one query per request, ${workers} server ${workers === 1 ? 'process' : 'processes'}`,
      workers,
      dataset: `${server.label}, ${server.entities} entities`,
      seconds,
      connections,
      requests: result.requests.total,
      requestsPerSec: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p90Ms: result.latency.p90,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssBeforeMB: before.rssMB,
      rssAfterMB: after.rssMB,
      rssEvery10sMB: rssSamples.join(' '),
      heapBeforeMB,
      heapAfterGcMB,
      serverCpuMsPerRequest: Math.round(cpuMsPerRequest * 1000) / 1000,
      requestsPerCpuSecond: Math.round(1000 / cpuMsPerRequest),
      loadAvg1: Math.round(loadavg()[0]! * 100) / 100,
      target: '>= 3000 req/s, p99 <= 20 ms, 0 errors',
      met: result.requests.average >= 3000 && result.latency.p99 <= 20 && result.errors + result.timeouts + result.non2xx === 0,
    };
    return row;
  } finally {
    server.child.kill('SIGTERM');
  }
}

if (process.env.CRIBA_BENCH_ROLE === 'server') {
  await runServer();
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [table] = await apiBench();
  const rows = table!.rows;
  console.table(rows);
  const out = process.env.CRIBA_BENCH_OUT; // e.g. bench/results/api.json
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  }
}
