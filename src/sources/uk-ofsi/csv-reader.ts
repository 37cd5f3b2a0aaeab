/** ConList.csv → groups of rows (see conlist-rows.ts). */
import { readCsv } from '../common/csv.js';
import { groupConListRows, type ConListGroup } from './conlist-rows.js';

export async function readConListCsv(path: string, displayName: string): Promise<ConListGroup[]> {
  async function* rows() {
    for await (const r of readCsv(path, displayName)) yield { cells: r.fields, line: r.line };
  }
  return groupConListRows(rows(), displayName);
}
