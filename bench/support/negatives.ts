/** The public negative sets (eval/negatives_*.csv): people on no list. Every hit on them is a false alert. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ScreenQuery } from '../../src/match/index.js';

export const NEGATIVE_FILES = ['negatives_global_1k.csv', 'negatives_us_1k.csv'];

export function negativeQueries(evalDir: string): ScreenQuery[] {
  const out: ScreenQuery[] = [];
  for (const file of NEGATIVE_FILES) {
    const rows = parse(readFileSync(join(evalDir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    for (const r of rows) if (r.full_name) out.push({ name: r.full_name });
  }
  return out;
}
