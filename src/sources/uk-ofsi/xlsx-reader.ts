/** ConList.xlsx → groups of rows (see conlist-rows.ts). */
import { readXlsxRows } from '../common/xlsx.js';
import type { SourceMetadata } from '../types.js';
import { groupConListRows, type ConListGroup } from './conlist-rows.js';

export async function readConListXlsx(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): Promise<ConListGroup[]> {
  async function* rows() {
    for await (const r of readXlsxRows(path, displayName)) yield { cells: r.cells, line: r.row };
  }
  return groupConListRows(rows(), displayName, onMetadata);
}
