/**
 * Reader of BIS's Denied Persons List (dpl.txt): tab-separated, every field quoted, a header row
 * (Name, Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
 * Standard_Order, Last_Update, Action, FR_Citation) and one row per address of a denial order.
 */
import { CribaError } from '../../errors.js';
import { readCsvBatches } from '../common/csv.js';
import { keyedRows } from '../common/keyed-rows.js';

export const DPL_REQUIRED = ['Name', 'Street_Address', 'Effective_Date', 'FR_Citation'] as const;

export type DplRow = Record<string, string>;

export function looksLikeDpl(header: readonly string[]): boolean {
  return DPL_REQUIRED.every((c) => header.includes(c));
}

export async function* readDplTxt(path: string, displayName: string): AsyncGenerator<{ row: DplRow; line: number }> {
  const rows = keyedRows(readCsvBatches(path, displayName, { delimiter: '\t' }), displayName, {
    checkHeader(header, line) {
      if (!looksLikeDpl(header)) throw new CribaError('E_FORMAT', 'not the BIS Denied Persons List: the header has no Name / Effective_Date / FR_Citation columns', { file: displayName, line });
    },
  });
  for await (const { row, line } of rows) {
    if (!row.Name) throw new CribaError('E_PARSE', 'row without Name', { file: displayName, line, field: 'Name' });
    yield { row, line };
  }
}
