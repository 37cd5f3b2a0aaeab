import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, loadEntityChecks, loadCrossScriptPairs, runCrossScriptPairs, runEntityChecks, runEval } from '../../src/eval/index.js';
import { DEFAULT_THRESHOLD } from '../../src/match/index.js';
import { main } from '../../src/cli/main.js';
import { describeWithEval, evalPath } from '../support/data.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/match');

describe('criba eval on hand-written fixtures', () => {
  it('scores entity checks, cross-script pairs and negatives against lists loaded through the registry', async () => {
    const report = await runEval({ evalDir: join(FIXTURES, 'eval'), listsDir: join(FIXTURES, 'lists'), lists: ['ofac-mini'] });
    expect(report.threshold).toBe(DEFAULT_THRESHOLD);
    const checks = report.sets.find((s) => s.set === 'entity_checks.yml')!;
    expect(checks.metrics.total).toBe(6);
    expect(checks.metrics.accuracy).toBe(1);
    expect(checks.categories.map((c) => c.name)).toEqual(['(no label) Company', '(no label) Person', 'Typo']);
    const pairs = report.sets.find((s) => s.set === 'cross_script_pairs.csv')!;
    expect(pairs.metrics.truePositives).toBe(2);
    expect(report.lists).toEqual([{ path: 'ofac-mini', list: 'ofac-sdn', format: 'csv', entities: 2 }]);
    const us = report.sets.find((s) => s.set === 'negatives_us_1k.csv')!;
    // Joan Miralles Puig is on the mini list, but born 1990 (listed 1962): the date keeps him out
    expect(us.metrics.falsePositives).toBe(0);
    expect(us.falseAlertsPerThousand).toBe(0);
    expect(report.sets.find((s) => s.set === 'negatives_global_1k.csv')!.skipped).toMatch(/not found/);
    expect(report.comparisonsPerSecond).toBeGreaterThan(0);
    const text = formatReport(report);
    expect(text).toContain('entity_checks.yml: n=6');
    expect(text).toContain('ofac-mini: ofac-sdn (csv), 2 entities');
  }, 60_000);

  it('counts a name-only false alert when the qualifiers do not rule it out', async () => {
    const report = await runEval({ evalDir: join(FIXTURES, 'eval'), listsDir: join(FIXTURES, 'lists'), lists: ['ofac-mini'], threshold: 0.5 });
    const checks = report.sets.find((s) => s.set === 'entity_checks.yml')!;
    expect(checks.metrics.falsePositives).toBeGreaterThan(0);
  });

  it('reports lists no adapter can read instead of failing', async () => {
    const report = await runEval({ evalDir: join(FIXTURES, 'eval'), listsDir: join(FIXTURES, 'lists'), lists: ['nowhere'] });
    expect(report.lists[0]).toMatchObject({ path: 'nowhere', entities: 0, problem: 'not found' });
    expect(report.sets.find((s) => s.set === 'negatives_us_1k.csv')!.skipped).toMatch(/no list/);
  });

  it('runs as `criba eval --json`', async () => {
    let out = '';
    const io = { out: (t: string) => void (out += t), err: () => {}, isTTY: false };
    const code = await main(['node', 'criba', 'eval', '--eval-dir', join(FIXTURES, 'eval'), '--skip-negatives', '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.sets[0].set).toBe('entity_checks.yml');
    expect(json.sets[0].metrics.accuracy).toBe(1);
  });

  it('asks for the evaluation folder when none is given', async () => {
    const saved = process.env.CRIBA_EVAL_DIR;
    delete process.env.CRIBA_EVAL_DIR;
    let err = '';
    const io = { out: () => {}, err: (t: string) => void (err += t), isTTY: false };
    const code = await main(['node', 'criba', 'eval'], io);
    if (saved !== undefined) process.env.CRIBA_EVAL_DIR = saved;
    expect(code).toBe(2);
    expect(err).toContain('--eval-dir');
  });
});

describeWithEval('criba eval on the public sets', () => {
  it('entity_checks.yml: accuracy at least 0.95 at the default threshold', async () => {
    const checks = await loadEntityChecks(evalPath('entity_checks.yml'));
    expect(checks).toHaveLength(228);
    const { report } = runEntityChecks(checks, DEFAULT_THRESHOLD);
    expect(report.metrics.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.precision).toBeGreaterThanOrEqual(0.97);
  });
  it('cross_script_pairs.csv: at least 21 of 22 pairs reach their minimum score', async () => {
    const pairs = await loadCrossScriptPairs(evalPath('cross_script_pairs.csv'));
    expect(pairs).toHaveLength(22);
    const report = runCrossScriptPairs(pairs, DEFAULT_THRESHOLD);
    expect(report.metrics.truePositives).toBeGreaterThanOrEqual(21);
  });
});
