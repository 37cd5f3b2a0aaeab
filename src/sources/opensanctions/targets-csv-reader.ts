/**
 * Reader of OpenSanctions `targets.simple.csv`: a header (id, schema, name, aliases, birth_date,
 * countries, addresses, identifiers, sanctions, phones, emails, dataset, first_seen, last_seen,
 * last_change) and one row per target; multi-valued cells are separated by `;`.
 */
import { CribaError } from '../../errors.js';
import { readCsv } from '../common/csv.js';

export const TARGETS_REQUIRED = ['id', 'schema', 'name', 'aliases', 'birth_date', 'identifiers', 'sanctions'] as const;

export type TargetRow = Record<string, string>;

export function looksLikeTargetsCsv(header: readonly string[]): boolean {
  return TARGETS_REQUIRED.every((c) => header.includes(c));
}

export async function* readTargetsCsv(path: string, displayName: string): AsyncGenerator<{ row: TargetRow; line: number }> {
  let header: string[] | undefined;
  for await (const { fields, line } of readCsv(path, displayName)) {
    if (!header) {
      header = fields.map((f) => f.trim());
      if (!looksLikeTargetsCsv(header)) throw new CribaError('E_FORMAT', 'not an OpenSanctions targets.simple.csv: unexpected header', { file: displayName, line });
      continue;
    }
    const row: TargetRow = {};
    header.forEach((h, i) => {
      const v = fields[i]?.trim();
      if (v) row[h] = v;
    });
    if (!row.id || !row.schema) throw new CribaError('E_PARSE', 'row without id or schema', { file: displayName, line, field: row.id ? 'schema' : 'id' });
    yield { row, line };
  }
  if (!header) throw new CribaError('E_EMPTY', 'file has no header row', { file: displayName });
}
