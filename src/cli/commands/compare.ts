/** `criba compare`: score a pair of names, or a file of pairs. */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { CribaError } from '../../errors.js';
import { compareNames, DEFAULT_THRESHOLD } from '../../match/index.js';
import { SCHEMAS, type Schema } from '../../model/index.js';
import { printJson, type Io } from '../output.js';
import { parseType, parseUnitInterval } from '../options.js';

export function registerCompare(program: Command, io: Io): void {
  program
    .command('compare')
    .argument('[a]', 'first name')
    .argument('[b]', 'second name')
    .description('score how well two names match, with the explanation')
    .option('--type <type>', 'person, organization, company, vessel or aircraft', parseType)
    .option('--threshold <t>', 'what counts as a match, 0..1', parseUnitInterval, DEFAULT_THRESHOLD)
    .option('--input <file>', 'JSON lines {"id","a","b","schema"}: writes {"id","score","match","explanation"} per line')
    .option('--output <file>', 'with --input: write to this file instead of stdout')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ criba compare "Carlos Amilcar Marroquin" "MARROQUIN CHICA, Carlos Amilcar" --type person
  $ criba compare --input pairs.jsonl --output scores.jsonl`,
    )
    .action(async (a: string | undefined, b: string | undefined, opts: { type?: Schema; threshold: number; input?: string; output?: string; json?: boolean }) => {
      if (opts.input) return comparePairs(io, opts.input, opts.output, opts.threshold);
      if (!a || !b) throw new CribaError('E_INPUT', 'give two names, or --input FILE (see criba compare --help)');
      const r = compareNames(a, b, opts.type);
      if (opts.json) return printJson(io, { a, b, score: r.score, match: r.score >= opts.threshold, explanation: r.explanation });
      io.out(`${r.score.toFixed(3)}  ${r.score >= opts.threshold ? 'match' : 'no match'} (threshold ${opts.threshold})`);
      for (const p of r.explanation.alignment) io.out(`  ${p.query || '∅'} ~ ${p.candidate || '∅'}: ${p.how} ${p.score.toFixed(2)}`);
      for (const f of r.explanation.features.filter((x) => x.feature !== 'name')) io.out(`  ${f.feature} ${f.delta >= 0 ? '+' : ''}${f.delta.toFixed(2)}: ${f.detail}`);
    });
}

async function comparePairs(io: Io, input: string, output: string | undefined, threshold: number): Promise<void> {
  const out = output ? createWriteStream(output) : undefined;
  const lines = createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      if (!raw.trim()) continue;
      let pair: { id?: unknown; a?: unknown; b?: unknown; schema?: unknown };
      try {
        pair = JSON.parse(raw);
      } catch (cause) {
        throw new CribaError('E_PARSE', `not a JSON object: ${(cause as Error).message}`, { file: input, line: n }, { cause });
      }
      for (const f of ['a', 'b'] as const) {
        if (typeof pair[f] !== 'string' || !(pair[f] as string).trim()) throw new CribaError('E_INPUT', `field "${f}" must be a non-empty string`, { file: input, line: n, field: f });
      }
      if (pair.schema !== undefined && !SCHEMAS.includes(pair.schema as Schema)) {
        throw new CribaError('E_INPUT', `field "schema" must be one of ${SCHEMAS.join(', ')}`, { file: input, line: n, field: 'schema' });
      }
      const r = compareNames(pair.a as string, pair.b as string, pair.schema as Schema | undefined);
      const line = JSON.stringify({ id: pair.id ?? null, score: r.score, match: r.score >= threshold, explanation: r.explanation });
      if (out) {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      } else io.out(line);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new CribaError('E_NOT_FOUND', 'no such input file', { file: input });
    throw err;
  } finally {
    if (out) {
      out.end();
      await once(out, 'finish');
    }
  }
}
