/**
 * Reader of custom in-house list CSVs: a header row naming the columns (any order, case-insensitive)
 * — `name` (required), `type`, `dob`, `country`, `id`, `notes`, and the optional `aliases`,
 * `identifiers`, `programs` (documented in docs/lists.md) — then one row per listed party. Rows come
 * back keyed by the lower-cased column names, with their line.
 */
import { CribaError } from '../../errors.js';
import { readCsvBatches } from '../common/csv.js';
import { keyedRows } from '../common/keyed-rows.js';

export const CUSTOM_COLUMNS = ['name', 'type', 'dob', 'country', 'id', 'notes', 'aliases', 'identifiers', 'programs'] as const;
export type CustomColumn = (typeof CUSTOM_COLUMNS)[number];
export type CustomRow = Partial<Record<CustomColumn, string>>;

/** A custom list header: has `name`, at least one more known column, and nothing unknown. */
export function looksLikeCustomHeader(header: readonly string[]): boolean {
  const cols = header.map((h) => h.trim().toLowerCase());
  return cols.includes('name') && cols.filter((c) => (CUSTOM_COLUMNS as readonly string[]).includes(c)).length >= 2 && cols.every((c) => c === '' || (CUSTOM_COLUMNS as readonly string[]).includes(c));
}

export async function* readCustomCsv(path: string, displayName: string): AsyncGenerator<{ row: CustomRow; line: number }> {
  const rows = keyedRows(readCsvBatches(path, displayName, { relaxColumnCount: false, relaxQuotes: false }), displayName, {
    columnName: (cell) => cell.trim().toLowerCase().replace(/^\uFEFF/, ''),
    checkHeader(header, line) {
      const unknown = header.filter((h) => h && !(CUSTOM_COLUMNS as readonly string[]).includes(h));
      if (unknown.length) throw new CribaError('E_FORMAT', `unknown column "${unknown[0]}"; custom lists have columns ${CUSTOM_COLUMNS.join(', ')}`, { file: displayName, line, field: unknown[0] });
      if (!header.includes('name')) throw new CribaError('E_FORMAT', 'the header has no "name" column', { file: displayName, line, field: 'name' });
    },
  });
  for await (const { row, line } of rows) yield { row: row as CustomRow, line };
}
