/** ConList.csv → groups of rows (see conlist-rows.ts). */
import { readCsv } from '../common/csv.js';
import type { SourceMetadata } from '../types.js';
import { groupConListRows, type ConListGroup } from './conlist-rows.js';

export async function readConListCsv(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): Promise<ConListGroup[]> {
  async function* rows() {
    for await (const r of readCsv(path, displayName)) yield { cells: r.fields, line: r.line };
  }
  return groupConListRows(rows(), displayName, onMetadata);
}
