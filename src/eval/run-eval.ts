/**
 * `criba eval` as a library call: run every public set found in the eval directory and return one
 * report. Sets whose files are missing are reported as skipped; the negatives need the lists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ScreeningIndex } from '../index/index.js';
import { DEFAULT_THRESHOLD, matchEntity, type PreparedEntity, type PreparedQuery } from '../match/index.js';
import { loadCrossScriptPairs, runCrossScriptPairs } from './cross-script.js';
import { loadEntityChecks, prepareChecks, runEntityChecks, type EntityCheck } from './entity-checks.js';
import { loadListsForEval, type LoadedList } from './load-lists.js';
import { emptyConfusion, metricsOf } from './metrics.js';
import { loadNegatives, runNegatives } from './negatives.js';
import type { EvalReport, SetReport } from './report.js';

/** The lists the negatives are screened against: OFAC SDN 2024-05-03 and the UN list of 2026-02-27. */
export const DEFAULT_EVAL_LISTS = ['ofac/sdn-2024-05-03', 'un/consolidated_2026-02-27.xml'];
export const NEGATIVE_SETS = ['negatives_global_1k.csv', 'negatives_us_1k.csv'];

export interface EvalOptions {
  evalDir: string;
  listsDir?: string;
  threshold?: number;
  /** Paths under listsDir to screen the negatives against. */
  lists?: readonly string[];
  /** Skip the negatives (they need the lists and take longest). */
  skipNegatives?: boolean;
  /** Screen the negatives by name only (no date of birth, nationality or gender): a harder test. */
  namesOnly?: boolean;
  onProgress?: (message: string) => void;
}

export async function runEval(opts: EvalOptions): Promise<EvalReport> {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const progress = opts.onProgress ?? (() => {});
  const sets: SetReport[] = [];
  let lists: LoadedList[] = [];
  let checks: EntityCheck[] = [];
  let speed = { microseconds: 0, perSecond: 0 };

  const checksPath = join(opts.evalDir, 'entity_checks.yml');
  if (existsSync(checksPath)) {
    progress('entity checks…');
    checks = await loadEntityChecks(checksPath);
    sets.push(runEntityChecks(checks, threshold).report);
    // timed now, before the lists fill the heap
    speed = comparisonSpeed(checks);
  } else sets.push(skipped('entity_checks.yml', `not found in ${opts.evalDir}`));

  const pairsPath = join(opts.evalDir, 'cross_script_pairs.csv');
  if (existsSync(pairsPath)) {
    progress('cross-script pairs…');
    sets.push(runCrossScriptPairs(await loadCrossScriptPairs(pairsPath), threshold));
  } else sets.push(skipped('cross_script_pairs.csv', `not found in ${opts.evalDir}`));

  if (opts.skipNegatives) {
    for (const s of NEGATIVE_SETS) sets.push(skipped(s, 'skipped on request (--skip-negatives)'));
  } else if (!opts.listsDir) {
    for (const s of NEGATIVE_SETS) sets.push(skipped(s, 'no lists directory (--lists-dir or $CRIBA_LISTS_DIR)'));
  } else {
    progress('loading lists…');
    const loaded = await loadListsForEval(opts.listsDir, opts.lists ?? DEFAULT_EVAL_LISTS);
    lists = loaded.lists;
    progress(`indexing ${loaded.entities.length} entities…`);
    const index = new ScreeningIndex(loaded.entities);
    for (const s of NEGATIVE_SETS) {
      const path = join(opts.evalDir, s);
      if (!existsSync(path)) {
        sets.push(skipped(s, `not found in ${opts.evalDir}`));
        continue;
      }
      if (loaded.entities.length === 0) {
        sets.push(skipped(s, 'no list could be loaded'));
        continue;
      }
      progress(`${s}…`);
      let queries = await loadNegatives(path);
      if (opts.namesOnly) queries = queries.map((q) => ({ name: q.name, ...(q.schema ? { schema: q.schema } : {}) }));
      const report = runNegatives(s, queries, index, threshold);
      if (opts.namesOnly) report.notes.push('screened by name only (--names-only)');
      sets.push(report);
    }
  }

  return {
    threshold,
    evalDir: opts.evalDir,
    ...(opts.listsDir ? { listsDir: opts.listsDir } : {}),
    lists,
    sets,
    microsecondsPerComparison: speed.microseconds,
    comparisonsPerSecond: speed.perSecond,
  };
}

function skipped(set: string, why: string): SetReport {
  return { set, metrics: metricsOf(emptyConfusion()), categories: [], errors: [], notes: [], skipped: why };
}

/**
 * Time matchEntity over the prepared entity checks, repeated for about a second after a warm-up.
 * CPU time of this process, so that other processes on a shared machine do not inflate it.
 */
function comparisonSpeed(checks: readonly EntityCheck[]): { microseconds: number; perSecond: number } {
  if (checks.length === 0) return { microseconds: 0, perSecond: 0 };
  const prepared = prepareChecks(checks);
  for (let i = 0; i < 20; i++) for (const p of prepared) matchEntity(p.query, p.candidate);
  const timed = comparisonsPerCpuSecond(prepared);
  return { microseconds: timed.meanMicros, perSecond: timed.opsPerSec };
}

/**
 * Compare every pair over and over for one second of this process's CPU time (user + system), so
 * that the figure does not count time other processes hold the core on a shared machine.
 */
export function comparisonsPerCpuSecond(pairs: readonly { query: PreparedQuery; candidate: PreparedEntity }[]): { opsPerSec: number; meanMicros: number; samples: number } {
  let sink = 0;
  let n = 0;
  const started = process.cpuUsage();
  let micros = 0;
  while (micros < 1e6) {
    for (const p of pairs) sink += matchEntity(p.query, p.candidate).score;
    n += pairs.length;
    const used = process.cpuUsage(started);
    micros = used.user + used.system;
  }
  if (sink < 0) throw new Error('unreachable'); // keeps the scores alive for the optimiser
  return { opsPerSec: Math.round((n * 1e6) / micros), meanMicros: Math.round((micros / n) * 100) / 100, samples: n };
}
