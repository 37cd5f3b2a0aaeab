/**
 * Reader of OpenSanctions `targets.simple.csv`: a header (id, schema, name, aliases, birth_date,
 * countries, addresses, identifiers, sanctions, phones, emails, dataset, first_seen, last_seen,
 * last_change) and one row per target; multi-valued cells are separated by `;`.
 */
import { CribaError } from '../../errors.js';
import { readCsvBatches } from '../common/csv.js';
import { keyedRows } from '../common/keyed-rows.js';

export const TARGETS_REQUIRED = ['id', 'schema', 'name', 'aliases', 'birth_date', 'identifiers', 'sanctions'] as const;

export type TargetRow = Record<string, string>;

export function looksLikeTargetsCsv(header: readonly string[]): boolean {
  return TARGETS_REQUIRED.every((c) => header.includes(c));
}

export async function* readTargetsCsv(path: string, displayName: string): AsyncGenerator<{ row: TargetRow; line: number }> {
  const rows = keyedRows(readCsvBatches(path, displayName), displayName, {
    checkHeader(header, line) {
      if (!looksLikeTargetsCsv(header)) throw new CribaError('E_FORMAT', 'not an OpenSanctions targets.simple.csv: unexpected header', { file: displayName, line });
    },
  });
  for await (const { row, line } of rows) {
    if (!row.id || !row.schema) throw new CribaError('E_PARSE', 'row without id or schema', { file: displayName, line, field: row.id ? 'schema' : 'id' });
    yield { row, line };
  }
}
