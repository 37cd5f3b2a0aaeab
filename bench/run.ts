/**
 * `npm run bench` — runs every bench/*.bench.ts, prints its tables and writes
 * bench/results/<name>.json with the machine it ran on.
 *
 *   npm run bench                      every benchmark, full size (tens of minutes)
 *   npm run bench -- --quick           small sizes, a smoke run (results go to a temp folder)
 *   npm run bench -- --only latency,recall
 *   npm run bench -- --out DIR         write results elsewhere
 *
 * Each bench file's default export takes a BenchContext and returns rows, or tables of rows.
 * Lists are read through the registry from CRIBA_LISTS_DIR; negatives from CRIBA_EVAL_DIR.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Table from 'cli-table3';
import { benchContext, type BenchContext, type BenchTable } from './support/context.js';
import { machineInfo } from './support/machine.js';

export interface RunOptions {
  quick: boolean;
  only?: string[];
  outDir?: string;
  context?: BenchContext;
  /** Print tables (default true). */
  print?: boolean;
}

export interface BenchOutcome {
  name: string;
  tables: BenchTable[];
  error?: string;
  seconds: number;
}

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

export function benchNames(): string[] {
  return readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => basename(f, '.bench.ts'))
    .sort();
}

/** Normalise what a bench returns: rows, or tables of rows. */
export function toTables(name: string, result: unknown): BenchTable[] {
  if (!Array.isArray(result)) return [{ title: name, rows: result && typeof result === 'object' ? [result as Record<string, unknown>] : [] }];
  if (result.every((t) => t && typeof t === 'object' && 'title' in t && Array.isArray((t as BenchTable).rows))) return result as BenchTable[];
  return [{ title: name, rows: result as Record<string, unknown>[] }];
}

export function formatTable(table: BenchTable): string {
  const columns = [...new Set(table.rows.flatMap((r) => Object.keys(r)))];
  const t = new Table({ head: columns, style: { head: [], border: [] }, wordWrap: true });
  for (const r of table.rows) t.push(columns.map((c) => format(r[c])));
  return `${table.title}\n${t.toString()}${table.notes?.length ? `\n${table.notes.map((n) => `  · ${n}`).join('\n')}` : ''}`;
}

function format(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : String(v);
  if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 77)}…`;
  return String(v);
}

export async function runBenchmarks(opts: RunOptions): Promise<BenchOutcome[]> {
  const ctx = opts.context ?? benchContext({ quick: opts.quick });
  const print = opts.print ?? true;
  const outDir = opts.outDir ?? (opts.quick ? join(tmpdir(), 'criba-bench-quick') : join(BENCH_DIR, 'results'));
  mkdirSync(outDir, { recursive: true });
  if (opts.quick) process.env.CRIBA_BENCH_SECONDS ??= '5';
  const names = benchNames().filter((n) => !opts.only?.length || opts.only.includes(n));
  const outcomes: BenchOutcome[] = [];
  for (const name of names) {
    const started = performance.now();
    const machineBefore = machineInfo();
    let tables: BenchTable[] = [];
    let error: string | undefined;
    try {
      const mod = (await import(pathToFileURL(join(BENCH_DIR, `${name}.bench.ts`)).href)) as { default: (ctx: BenchContext) => Promise<unknown> };
      tables = toTables(name, await mod.default(ctx));
    } catch (err) {
      error = (err as Error).stack ?? String(err);
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    outcomes.push({ name, tables, seconds, ...(error ? { error } : {}) });
    if (print) {
      console.log(`\n== ${name} (${seconds} s)`);
      for (const t of tables) console.log(formatTable(t));
      if (error) console.log(`FAILED: ${error}`);
    }
    writeFileSync(
      join(outDir, `${name}.json`),
      `${JSON.stringify(
        {
          name,
          command: `npm run bench -- --only ${name}${opts.quick ? ' --quick' : ''}`,
          quick: opts.quick,
          machine: { ...machineBefore, loadAverageAfter: machineInfo().loadAverage },
          seconds,
          tables,
          ...(error ? { error } : {}),
        },
        null,
        2,
      )}\n`,
    );
  }
  return outcomes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const outcomes = await runBenchmarks({
    quick: args.includes('--quick'),
    only: value('--only')?.split(','),
    outDir: value('--out'),
  });
  const failed = outcomes.filter((o) => o.error);
  if (failed.length) {
    console.error(`\n${failed.length} benchmark(s) failed: ${failed.map((o) => o.name).join(', ')}`);
    process.exitCode = 1;
  }
}
