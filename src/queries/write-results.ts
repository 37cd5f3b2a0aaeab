/**
 * Writing screening results. JSON lines: one line per query, in input order,
 * `{"query":{...},"hits":[...]}` — the public contract of `criba screen --input` and POST /screen.
 * CSV: one row per hit, and one row with empty hit columns for a query without hits, so every
 * input record appears in the output.
 */
import type { Hit } from '../index/index.js';
import type { ScreenQuery } from '../match/index.js';

export interface ScreenResult {
  query: ScreenQuery & { ref?: string; line?: number };
  hits: Hit[];
}

export const CSV_COLUMNS = ['line', 'ref', 'query_name', 'rank', 'score', 'hit_id', 'hit_name', 'schema', 'lists', 'programs', 'matched_name'] as const;

export function resultToJsonLine(r: ScreenResult): string {
  return JSON.stringify(r);
}

export function resultToCsvRows(r: ScreenResult): string[] {
  const base = [r.query.line ?? '', r.query.ref ?? '', r.query.name];
  if (r.hits.length === 0) return [csvRow([...base, '', '', '', '', '', '', '', ''])];
  return r.hits.map((h, i) =>
    csvRow([...base, i + 1, h.score, h.id, h.name, h.schema, h.lists.join(';'), h.programs.join(';'), h.explanation.matchedName]),
  );
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map((v) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}
