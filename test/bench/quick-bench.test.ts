/**
 * Runs the benchmark logic (bench/run.ts and every bench file of the index, batch and peers) at
 * tiny sizes on the hand-written list fixtures, so `npm run bench` cannot rot between runs. No
 * figure is checked here — speed belongs to the benchmarks — only that each bench produces its rows,
 * and the one correctness figure: the index loses nothing against the exhaustive scan.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBenchmarks } from '../../bench/run.js';
import { benchContext } from '../../bench/support/context.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const mine = ['load-index', 'latency', 'batch', 'scale', 'peers', 'recall'];

describe('npm run bench -- --quick, at tiny sizes on fixtures', () => {
  const out = mkdtempSync(join(tmpdir(), 'criba-bench-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs every index, batch and peer benchmark and writes results with the machine', async () => {
    const context = benchContext({ quick: true, tiny: true, listsDir: fixtures, sdnDir: join(fixtures, 'ofac', 'csv'), log: () => {} });
    const lists = await context.allLists();
    expect(lists.entities.length).toBeGreaterThan(10);
    const outcomes = await runBenchmarks({ quick: true, only: mine, outDir: out, context, print: false });
    expect(outcomes.map((o) => o.name).sort()).toEqual([...mine].sort());
    for (const o of outcomes) {
      expect(o.error, o.name).toBeUndefined();
      expect(o.tables.length, o.name).toBeGreaterThan(0);
      for (const t of o.tables) {
        expect(t.rows.length, `${o.name}: ${t.title}`).toBeGreaterThan(0);
        for (const r of t.rows) expect(r.error, `${o.name}: ${t.title}`).toBeUndefined();
      }
      const written = JSON.parse(readFileSync(join(out, `${o.name}.json`), 'utf8'));
      expect(written.machine.cores).toBeGreaterThan(0);
      expect(written.machine.node).toBe(process.version);
    }
    const recall = outcomes.find((o) => o.name === 'recall')!.tables[0]!.rows;
    for (const r of recall) expect(r.lost).toBe(0);
  }, 240_000);
});
