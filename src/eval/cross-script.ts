/**
 * cross_script_pairs.csv: a name in Arabic, Cyrillic, Chinese, Korean, Japanese, Greek, Hebrew or
 * Thai script, the Latin name it should match, and the minimum score it should reach. Comment lines
 * start with `#`. Compared offline, with criba's own transliteration.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { CribaError } from '../errors.js';
import { compareNames } from '../match/index.js';
import { count, emptyConfusion, metricsOf } from './metrics.js';
import type { SetReport } from './report.js';

export interface CrossScriptPair {
  query: string;
  expected: string;
  minScore: number;
  description: string;
}

export async function loadCrossScriptPairs(path: string): Promise<CrossScriptPair[]> {
  let rows: string[][];
  try {
    rows = parse(await readFile(path, 'utf8'), { comment: '#', skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (err) {
    throw new CribaError('E_PARSE', `cannot read cross-script pairs: ${(err as Error).message}`, { file: path }, { cause: err });
  }
  return rows
    .filter((r) => r.length >= 3 && !/^query$/i.test(r[0]!))
    .map((r) => ({ query: r[0]!, expected: r[1]!, minScore: Number(r[2]), description: r[3] ?? '' }));
}

export function runCrossScriptPairs(pairs: readonly CrossScriptPair[], threshold: number): SetReport {
  const c = emptyConfusion();
  const errors: SetReport['errors'] = [];
  let belowThreshold = 0;
  for (const p of pairs) {
    const score = compareNames(p.query, p.expected, 'Person').score;
    const ok = score >= p.minScore;
    // every pair is a true match: "predicted" means it reached its own minimum score
    count(c, true, ok);
    if (score < threshold) belowThreshold++;
    if (!ok) errors.push({ id: p.description, expected: `>= ${p.minScore}`, query: p.query, candidate: p.expected, score });
  }
  return {
    set: 'cross_script_pairs.csv',
    metrics: metricsOf(c),
    categories: [],
    errors,
    notes: [
      `${pairs.length - errors.length}/${pairs.length} pairs at or above their minimum score`,
      `${pairs.length - belowThreshold}/${pairs.length} pairs at or above the alert threshold ${threshold}`,
    ],
  };
}
