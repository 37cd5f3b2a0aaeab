/** `criba screen`: screen one name or record, or a whole file of them. */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { CribaError } from '../../errors.js';
import { PoolError, screenBatch } from '../../batch/index.js';
import type { Hit } from '../../index/index.js';
import { DEFAULT_THRESHOLD, type ScreenQuery } from '../../match/index.js';
import type { Schema } from '../../model/index.js';
import { CSV_COLUMNS, readQueries, resultToCsvRows, resultToJsonLine, type QueryLine } from '../../queries/index.js';
import { openDataset, resolveHome, type Dataset } from '../../snapshot/index.js';
import { colorsOf, type Colors, printJson, type Io } from '../output.js';
import { collect, parseCountry, parseDob, parsePositiveInt, parseType, parseUnitInterval } from '../options.js';

interface ScreenOpts {
  type?: Schema;
  dob?: string;
  country?: string[];
  id?: string[];
  limit: number;
  threshold: number;
  json?: boolean;
  input?: string;
  output?: string;
  list?: string[];
  workers?: number;
}

/**
 * Below this many records, and unless --workers asks for more than one, screening runs in this
 * process. Every worker builds its own index (≈ 8 s of CPU on all lists) and warms up its own JIT,
 * so on 2 cores a pool needs about twice the CPU of one thread for a few thousand records and
 * saves wall time only on idle cores and large files (docs/performance.md, section 3).
 */
const POOL_MIN_RECORDS = 10_000;

export function registerScreen(program: Command, io: Io): void {
  program
    .command('screen')
    .argument('[name]', 'the name to screen, in any order and spelling')
    .description('screen a name or record against the loaded lists, with an explanation for every hit')
    .option('--type <type>', 'person, organization, company, vessel or aircraft', parseType)
    .option('--dob <date>', 'date of birth: 1989, 1989-02 or 1989-02-08', parseDob)
    .option('--country <code>', 'nationality / country, ISO code or name (repeatable)', parseCountry)
    .option('--id <value>', 'passport, national id, IMO… (repeatable)', collect)
    .option('--limit <n>', 'most hits per query', parsePositiveInt, 10)
    .option('--threshold <t>', 'minimum score of a hit, 0..1', parseUnitInterval, DEFAULT_THRESHOLD)
    .option('--input <file>', 'screen every record of a .csv (columns name,type,dob,country,id) or .jsonl file')
    .option('--output <file>', 'with --input: write results to a .jsonl or .csv file (default: JSON lines on stdout)')
    .option('--list <id>', 'screen against this list only (repeatable)', collect)
    .option('--workers <n>', 'with --input: worker threads (default: one per core for files of 10,000+ records, else 1 = this process)', parsePositiveInt)
    .option('--json', 'print JSON: {"query":{...},"hits":[...]}')
    .addHelpText(
      'after',
      `
Examples:
  $ criba screen "Osiris Luna Meza"
  $ criba screen "LUNA MEZA" --type person --dob 1989-02 --country SV --json
  $ criba screen --input customers.csv --output alerts.jsonl
Scores are in [0,1]; a hit is a score at or above the threshold. Each hit names the list, program,
source id, the listed name variant that matched and how each part and qualifier scored.`,
    )
    .action(async (name: string | undefined, opts: ScreenOpts) => {
      if (opts.input && name) throw new CribaError('E_INPUT', 'give either a name or --input FILE, not both');
      if (!opts.input && !name?.trim()) throw new CribaError('E_INPUT', 'give a name to screen, or --input FILE (see criba screen --help)');
      if (opts.output && !opts.input) throw new CribaError('E_INPUT', '--output goes with --input');
      if (opts.input) {
        statOrFail(opts.input);
        return screenFile(io, opts);
      }
      const dataset = await openDataset(resolveHome(), { lists: opts.list });
      const query: ScreenQuery = {
        name: name!,
        ...(opts.type ? { schema: opts.type } : {}),
        ...(opts.dob ? { birthDate: opts.dob } : {}),
        ...(opts.country ? { countries: opts.country } : {}),
        ...(opts.id ? { identifiers: opts.id } : {}),
      };
      const hits = dataset.index.screen(query, { limit: opts.limit, threshold: opts.threshold });
      if (opts.json) return printJson(io, { query, hits });
      io.out(formatHits(query, hits, dataset, opts.threshold, colorsOf(io)));
    });
}

function statOrFail(path: string): void {
  try {
    statSync(path);
  } catch {
    throw new CribaError('E_NOT_FOUND', 'no such input file', { file: path });
  }
}

async function screenFile(io: Io, opts: ScreenOpts): Promise<void> {
  const input = opts.input!;
  const asCsv = opts.output ? /\.csv$/i.test(opts.output) : false;
  const out = opts.output ? createWriteStream(opts.output) : undefined;
  const write = async (text: string) => {
    if (!out) return io.out(text);
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  };
  // the progress bar needs every record counted; the choice of a pool only the first POOL_MIN_RECORDS
  const total = await countRecords(input, io.isTTY ? Infinity : POOL_MIN_RECORDS);
  const bar = io.isTTY ? new SingleBar({ format: ' screening |{bar}| {value}/{total} records · {alerts} with hits · {eta_formatted} left', stream: process.stderr, hideCursor: true }) : undefined;
  let done = 0;
  let alerts = 0;
  try {
    const pooled = opts.workers === undefined ? total >= POOL_MIN_RECORDS : opts.workers > 1;
    const results = pooled ? screenOnWorkers(input, opts) : screenInProcess(input, opts);
    bar?.start(total, 0, { alerts: 0 });
    if (asCsv) await write(CSV_COLUMNS.join(','));
    for await (const r of results) {
      const query = { ...r.q.query, ...(r.q.ref ? { ref: r.q.ref } : {}), line: r.q.line };
      if (asCsv) for (const row of resultToCsvRows({ query, hits: r.hits })) await write(row);
      // the pool's hits come as JSON text already: written as is, the line is what resultToJsonLine would write
      else await write(r.hitsJson !== undefined ? `{"query":${JSON.stringify(query)},"hits":${r.hitsJson}}` : resultToJsonLine({ query, hits: r.hits }));
      done++;
      if (r.hasHits) alerts++;
      bar?.update(done, { alerts });
    }
  } finally {
    bar?.stop();
    if (out) {
      out.end();
      await once(out, 'finish');
    }
  }
  io.err(colorsOf(io).dim(`${done} records screened, ${alerts} with hits${opts.output ? ` → ${opts.output}` : ''}`));
}

interface Screened {
  q: QueryLine;
  hits: Hit[];
  hasHits: boolean;
  /** JSON.stringify(hits), when the hits came from a worker as JSON text. */
  hitsJson?: string;
}

async function* screenInProcess(input: string, opts: ScreenOpts): AsyncGenerator<Screened> {
  const dataset = await openDataset(resolveHome(), { lists: opts.list });
  for await (const q of readQueries(input)) {
    const hits = dataset.index.screen(q.query, { limit: opts.limit, threshold: opts.threshold });
    yield { q, hits, hasHits: hits.length > 0 };
  }
}

/** Screen on a worker pool; results come back in input order, so the records wait in a FIFO. */
async function* screenOnWorkers(input: string, opts: ScreenOpts): AsyncGenerator<Screened> {
  const pending: QueryLine[] = [];
  async function* queries() {
    for await (const q of readQueries(input)) {
      pending.push(q);
      yield q.query;
    }
  }
  const source = { kind: 'home' as const, home: resolveHome(), ...(opts.list ? { lists: opts.list } : {}) };
  let yielded = 0;
  try {
    for await (const r of screenBatch(source, queries(), { limit: opts.limit, threshold: opts.threshold, ...(opts.workers ? { workers: opts.workers } : {}) })) {
      const q = pending.shift()!;
      yielded++;
      if (r.error) throw new CribaError('E_INPUT', `could not screen record: ${r.error}`, { file: input, line: q.line });
      const hitsJson = r.hitsJson;
      yield {
        q,
        hasHits: hitsJson !== '[]',
        hitsJson,
        get hits() {
          return r.hits;
        },
      };
    }
  } catch (err) {
    // a worker that died: name the first record it held, and where the output stops
    if (err instanceof PoolError && err.firstIndex !== undefined) {
      const q = pending[err.firstIndex - yielded];
      if (q) throw new Error(`${input}:${q.line}: ${err.message}; the output holds the records before line ${pending[0]!.line}`, { cause: err });
    }
    throw err;
  }
}

/**
 * Records in a file (lines, less a CSV header), for the progress bar's total; counting stops at
 * `upTo`. Streams the file: a file of millions of records is never held in memory.
 */
async function countRecords(path: string, upTo: number): Promise<number> {
  let lines = 0;
  let last = 10;
  const header = /\.csv$/i.test(path) ? 1 : 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
    if (lines - header >= upTo) return upTo;
  }
  if (last !== 10) lines++;
  return Math.max(0, lines - header);
}

export function formatHits(query: ScreenQuery, hits: Hit[], dataset: Dataset, threshold: number, pc: Colors): string {
  const lists = dataset.snapshots.map((s) => `${s.list} ${s.version.slice(0, 8)}`).join(', ');
  if (!hits.length) return `No hit at or above ${threshold} for "${query.name}" in ${dataset.entities.length} entities (${lists}).`;
  const lines: string[] = [];
  hits.forEach((h, i) => {
    lines.push(`${pc.bold(`${i + 1}.`)} ${scoreColour(h.score, pc)}  ${pc.bold(h.name)}  ${pc.dim(h.schema)}`);
    lines.push(`   ${h.sourceIds.join(', ')}  ${h.programs.length ? `programs ${h.programs.join(', ')}` : ''}`);
    const e = h.explanation;
    lines.push(`   matched ${e.matchedNameKind} name "${e.matchedName}": ${e.alignment.map((p) => describePart(p, pc)).join(', ')}`);
    const quals = e.features.filter((f) => f.feature !== 'name');
    if (quals.length) lines.push(`   ${quals.map((f) => `${f.delta >= 0 ? '+' : ''}${f.delta.toFixed(2)} ${f.detail}`).join('; ')}`);
  });
  lines.push(pc.dim(`${hits.length} hit(s) at or above ${threshold} · ${dataset.entities.length} entities (${lists})`));
  return lines.join('\n');
}

function describePart(p: Hit['explanation']['alignment'][number], pc: Colors): string {
  if (p.how === 'unmatched-query') return pc.red(`${p.query}≠∅`);
  if (p.how === 'unmatched-candidate') return pc.dim(`∅=${p.candidate}`);
  return p.query === p.candidate ? `${p.query} ${p.how}` : `${p.query}~${p.candidate} ${p.how}`;
}

function scoreColour(score: number, pc: Colors): string {
  const s = score.toFixed(3);
  return score >= 0.95 ? pc.red(s) : score >= 0.85 ? pc.yellow(s) : s;
}
