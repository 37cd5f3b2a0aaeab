/**
 * Reader of BIS's Denied Persons List (dpl.txt): tab-separated, every field quoted, a header row
 * (Name, Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
 * Standard_Order, Last_Update, Action, FR_Citation) and one row per address of a denial order.
 */
import { CribaError } from '../../errors.js';
import { readCsv } from '../common/csv.js';

export const DPL_REQUIRED = ['Name', 'Street_Address', 'Effective_Date', 'FR_Citation'] as const;

export type DplRow = Record<string, string>;

export function looksLikeDpl(header: readonly string[]): boolean {
  return DPL_REQUIRED.every((c) => header.includes(c));
}

export async function* readDplTxt(path: string, displayName: string): AsyncGenerator<{ row: DplRow; line: number }> {
  let header: string[] | undefined;
  for await (const { fields, line } of readCsv(path, displayName, { delimiter: '\t' })) {
    if (!header) {
      header = fields.map((f) => f.trim());
      if (!looksLikeDpl(header)) throw new CribaError('E_FORMAT', 'not the BIS Denied Persons List: the header has no Name / Effective_Date / FR_Citation columns', { file: displayName, line });
      continue;
    }
    const row: DplRow = {};
    header.forEach((h, i) => {
      const v = fields[i]?.trim();
      if (v) row[h] = v;
    });
    if (!row.Name) throw new CribaError('E_PARSE', 'row without Name', { file: displayName, line, field: 'Name' });
    yield { row, line };
  }
  if (!header) throw new CribaError('E_EMPTY', 'file has no header row', { file: displayName });
}
