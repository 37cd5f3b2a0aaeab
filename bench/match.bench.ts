/**
 * Micro-benchmark of the matcher: pairwise comparisons of typical prepared names (2–4 parts,
 * people and companies, a mix of hits, near misses and unrelated pairs), as `matchEntity` runs them
 * once candidates are retrieved. Also times preparation (once per list name / per query).
 *
 * Run alone: `npx tsx bench/match.bench.ts`; bench/run.ts imports the default export.
 */
import { Bench } from 'tinybench';
import { emptyEntity, type Schema } from '../src/model/index.js';
import { matchEntity, prepareEntity, prepareQuery, type PreparedEntity, type PreparedQuery } from '../src/match/index.js';
import { comparisonsPerCpuSecond } from '../src/eval/run-eval.js';

/** Hand-written typical pairs: query name, listed name, schema. */
const PAIRS: [string, string, Schema][] = [
  ['Osiris Luna Meza', 'LUNA MEZA, Osiris', 'Person'],
  ['Carlos Amilcar Marroquin', 'MARROQUIN CHICA, Carlos Amilcar', 'Person'],
  ['George Bush', 'George Habbash', 'Person'],
  ['John Smith', 'SMITH, Jonathan Andrew', 'Person'],
  ['Maria Fernanda Gonzalez', 'GONZALES RODRIGUEZ, Maria', 'Person'],
  ['Vladimir Putin', 'PUTIN, Vladimir Vladimirovich', 'Person'],
  ['Mohammed bin Salman', 'Muhammad bin Salman Al Saud', 'Person'],
  ['Aleksandr Petrov', 'Alexander PETROV', 'Person'],
  ['Ana Lucia Torres', 'Lucia TORRES', 'Person'],
  ['Kim Jong Un', 'KIM, Jong-un', 'Person'],
  ['Rosneft Trading SA', 'ROSNEFT TRADING S.A.', 'Company'],
  ['Banco Nacional de Cuba', 'BANCO NACIONAL DE CUBA', 'Company'],
  ['Acme Holdings Ltd', 'ACME INDUSTRIES LIMITED', 'Company'],
  ['Sea Star Shipping', 'SEA STAR SHIPPING CO LTD', 'Company'],
  ['Peter Meier', 'Pedro MEJIA', 'Person'],
  ['Hassan Nasrallah', 'NASRALLAH, Hasan', 'Person'],
];

interface Prepared {
  query: PreparedQuery;
  candidate: PreparedEntity;
}

function prepareAll(): Prepared[] {
  return PAIRS.map(([q, c, schema], i) => {
    const e = emptyEntity(`bench:${i}`, schema);
    e.names.push({ full: c, kind: 'primary' });
    return { query: prepareQuery({ name: q, schema }), candidate: prepareEntity(e) };
  });
}

export interface BenchRow {
  name: string;
  opsPerSec: number;
  /** Mean time per operation in microseconds. */
  meanMicros: number;
  samples: number;
  heapUsedMB: number;
}

export default async function matchBench(): Promise<BenchRow[]> {
  const prepared = prepareAll();
  const bench = new Bench({ time: 1000, warmup: true });
  let sink = 0;
  // one task op = one pass over all pairs; rows report per-comparison rates
  bench.add('matchEntity (prepared pair)', () => {
    for (const p of prepared) sink += matchEntity(p.query, p.candidate).score;
  });
  bench.add('prepareQuery (one name)', () => {
    for (const [q, , schema] of PAIRS) sink += prepareQuery({ name: q, schema }).tokens.length;
  });
  await bench.run();
  if (sink < 0) console.log(sink);
  const heapUsedMB = Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
  const cpu = comparisonsPerCpuSecond(prepared);
  const rows = bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean: number; samples?: unknown[] }; throughput?: { mean: number } } | undefined;
    const perPass = PAIRS.length;
    const meanMs = r?.latency?.mean ?? NaN;
    return {
      name: `match: ${t.name}`,
      opsPerSec: Math.round((1000 / meanMs) * perPass),
      meanMicros: Math.round(((meanMs * 1000) / perPass) * 100) / 100,
      samples: Array.isArray(r?.latency?.samples) ? r!.latency!.samples!.length : 0,
      heapUsedMB,
    };
  });
  rows.push({ name: 'match: matchEntity (prepared pair, CPU time)', ...cpu, heapUsedMB });
  return rows;
}


if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await matchBench();
  console.table(rows);
}
