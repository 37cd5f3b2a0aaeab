/**
 * Access to the real lists and evaluation sets in ../shared/data, through CRIBA_LISTS_DIR and
 * CRIBA_EVAL_DIR. Tests on real data run whenever the variable is set (CI always sets it); without
 * it they are skipped and say so loudly, once per file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';

export const LISTS_DIR = process.env.CRIBA_LISTS_DIR;
export const EVAL_DIR = process.env.CRIBA_EVAL_DIR;

/** Path of a file under CRIBA_LISTS_DIR, e.g. listPath('ofac/sdn-2022-01-21/sdn.csv'). */
export function listPath(rel: string): string {
  if (!LISTS_DIR) throw new Error('CRIBA_LISTS_DIR is not set');
  return join(LISTS_DIR, rel);
}

export function evalPath(rel: string): string {
  if (!EVAL_DIR) throw new Error('CRIBA_EVAL_DIR is not set');
  return join(EVAL_DIR, rel);
}

function loud(variable: string, what: string): void {
  console.warn(`\n*** NOT RUN: ${what} — set ${variable} (CI sets it to ../shared/data/…) ***\n`);
}

/** describe() that runs only when CRIBA_LISTS_DIR is set and the named files exist. */
export function describeWithLists(name: string, files: string[], fn: () => void): void {
  const missing = !LISTS_DIR ? ['CRIBA_LISTS_DIR'] : files.filter((f) => !existsSync(join(LISTS_DIR, f)));
  if (missing.length) loud('CRIBA_LISTS_DIR', `${name} (missing: ${missing.join(', ')})`);
  describe.skipIf(missing.length > 0)(name, fn);
}

/** describe() that runs only when CRIBA_EVAL_DIR is set. */
export function describeWithEval(name: string, fn: () => void): void {
  if (!EVAL_DIR) loud('CRIBA_EVAL_DIR', name);
  describe.skipIf(!EVAL_DIR)(name, fn);
}
