/**
 * Reader of the full-layout ODS export of the FCDO UK Sanctions List: the CSV's header and rows
 * (csv-reader.ts) in a spreadsheet, possibly after a title row and the "Report Date" row. Not the
 * 8-column summary ODS (ods-reader.ts), which has a different header.
 */
import { readOdsRows } from '../common/ods.js';
import type { SourceMetadata } from '../types.js';
import { groupFcdoRows } from './csv-reader.js';
import type { FcdoDesignation } from './designation.js';

/** Rows a full-layout spreadsheet may have before its header. */
export const FULL_ODS_PREAMBLE = 3;

/**
 * Stream a full-layout ODS export (same header and rows as the CSV; a title row may precede the
 * "Report Date" row) into designations. Trailing empty cells are not stored in ODS, so rows may
 * be shorter than the header.
 */
export function readFcdoFullOds(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): Promise<FcdoDesignation[]> {
  async function* rows() {
    for await (const r of readOdsRows(path, displayName)) yield { fields: r.cells, line: r.row };
  }
  return groupFcdoRows(rows(), displayName, { strictColumnCount: false, maxPreamble: FULL_ODS_PREAMBLE, ...(onMetadata ? { onMetadata } : {}) });
}
