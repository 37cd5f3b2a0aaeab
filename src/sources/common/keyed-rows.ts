/**
 * Rows keyed by the header row's column names: the shape of every list file with a header row,
 * CSV or spreadsheet (EU FSF CSV, BIS DPL, trade.gov CSL, OpenSanctions targets, custom lists,
 * DFAT xlsx). The reader checks
 * the header (E_FORMAT when it is not its list's); cells are trimmed, empty cells and unnamed
 * columns left out; a file without a header row is E_EMPTY.
 */
import { CribaError } from '../../errors.js';

/** One row of cells as a reader gives it: a CSV record, or a spreadsheet row (`line` = row number). */
export interface CellRow {
  fields: string[];
  line: number;
}

export interface KeyedRow {
  row: Record<string, string>;
  line: number;
}

export interface KeyedRowsOptions {
  /** Throw when the header is not the list's (E_FORMAT naming the file and line). */
  checkHeader(header: readonly string[], line: number): void;
  /** A header cell → column name; default: trimmed, BOM dropped. */
  columnName?(cell: string): string;
}

export async function* keyedRows(rows: AsyncIterable<CellRow | CellRow[]>, file: string, opts: KeyedRowsOptions): AsyncGenerator<KeyedRow> {
  const columnName = opts.columnName ?? ((c: string) => c.trim().replace(/^\uFEFF/, ''));
  let header: string[] | undefined;
  for await (const item of rows) {
    for (const { fields, line } of Array.isArray(item) ? item : [item]) {
      if (!header) {
        header = fields.map(columnName);
        opts.checkHeader(header, line);
        continue;
      }
      const row: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) {
        const name = header[i]!;
        const value = fields[i]?.trim();
        if (name && value) row[name] = value;
      }
      yield { row, line };
    }
  }
  if (!header) throw new CribaError('E_EMPTY', 'file has no header row', { file });
}
