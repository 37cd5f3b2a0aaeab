/**
 * What every criba benchmark receives: quick or full mode, where the lists and evaluation sets
 * are, and a shared, lazily loaded copy of the lists (each list read once per run).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/model/index.js';
import { loadLists, type LoadedLists } from './lists.js';

export interface BenchContext {
  quick: boolean;
  /** Folder with the official list files (CRIBA_LISTS_DIR). */
  listsDir: string;
  /** Folder with the evaluation sets (CRIBA_EVAL_DIR), when available. */
  evalDir: string | undefined;
  /** Folder holding the SDN CSV measured on its own. */
  sdnDir: string;
  seed: number;
  /** Tiny sizes, for the test that keeps the benchmarks from rotting. */
  tiny: boolean;
  /** A size: `full` normally, `quick` with --quick, a tenth of that in tiny mode. */
  count(full: number, quick: number): number;
  /** Every registered list found under listsDir, loaded once. */
  allLists(): Promise<LoadedLists>;
  log(message: string): void;
}

export interface BenchTable {
  title: string;
  rows: Record<string, unknown>[];
  notes?: string[];
}

export function benchContext(opts: { quick: boolean; tiny?: boolean; listsDir?: string; evalDir?: string; sdnDir?: string; seed?: number; log?: (m: string) => void }): BenchContext {
  const listsDir = opts.listsDir ?? process.env.CRIBA_LISTS_DIR;
  if (!listsDir) throw new Error('set CRIBA_LISTS_DIR to the folder of official list files (e.g. ../shared/data/lists)');
  const evalDir = opts.evalDir ?? process.env.CRIBA_EVAL_DIR;
  let loaded: Promise<LoadedLists> | undefined;
  return {
    quick: opts.quick,
    listsDir,
    evalDir: evalDir && existsSync(evalDir) ? evalDir : undefined,
    sdnDir: opts.sdnDir ?? join(listsDir, 'ofac', 'sdn-2024-05-03'),
    seed: opts.seed ?? 20260503,
    tiny: opts.tiny ?? false,
    count: (full, quick) => (opts.tiny ? Math.max(2, Math.ceil(quick / 10)) : opts.quick ? quick : full),
    allLists: () => (loaded ??= loadLists(listsDir)),
    log: opts.log ?? ((m) => console.error(m)),
  };
}

/** Entities of all loaded lists, as one array. */
export function entitiesOf(lists: LoadedLists): Entity[] {
  return lists.entities;
}
