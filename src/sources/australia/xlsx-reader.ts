/**
 * Reader of DFAT's Consolidated List spreadsheet (regulation8_consolidated.xlsx): a header row
 * (Reference, Name of Individual or Entity, Type, Name Type, Date of Birth, …, Control Date),
 * then one row per name. Rows whose Reference shares its leading number ("2", "2a", "2b") are one
 * listed party; they are grouped here, keyed by the column names DFAT uses.
 */
import { CribaError } from '../../errors.js';
import { keyedRows } from '../common/keyed-rows.js';
import { readXlsxRows } from '../common/xlsx.js';

export const DFAT_REQUIRED = ['Reference', 'Name of Individual or Entity', 'Type', 'Name Type'] as const;

export type DfatRow = Record<string, string>;

export interface DfatGroup {
  /** The leading number of the Reference: "2" for rows "2", "2a", "2b". */
  reference: string;
  rows: DfatRow[];
  line: number;
}

export function looksLikeDfat(header: readonly string[]): boolean {
  return DFAT_REQUIRED.every((c) => header.includes(c));
}

export async function readDfatXlsx(path: string, displayName: string): Promise<DfatGroup[]> {
  const groups = new Map<string, DfatGroup>();
  async function* cellRows() {
    for await (const { cells, row } of readXlsxRows(path, displayName)) yield { fields: cells, line: row };
  }
  const rows = keyedRows(cellRows(), displayName, {
    checkHeader(header, line) {
      if (!looksLikeDfat(header)) throw new CribaError('E_FORMAT', `not the DFAT Consolidated List: header is "${header.slice(0, 4).join(', ')}…"`, { file: displayName, line });
    },
  });
  for await (const { row: record, line } of rows) {
    const reference = /^\d+/.exec(record.Reference ?? '')?.[0];
    if (!reference) throw new CribaError('E_PARSE', `row without a numeric Reference ("${record.Reference ?? ''}")`, { file: displayName, line, field: 'Reference' });
    const group = groups.get(reference);
    if (group) group.rows.push(record);
    else groups.set(reference, { reference, rows: [record], line });
  }
  return [...groups.values()];
}
