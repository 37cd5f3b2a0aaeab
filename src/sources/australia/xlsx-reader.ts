/**
 * Reader of DFAT's Consolidated List spreadsheet (regulation8_consolidated.xlsx): a header row
 * (Reference, Name of Individual or Entity, Type, Name Type, Date of Birth, …, Control Date),
 * then one row per name. Rows whose Reference shares its leading number ("2", "2a", "2b") are one
 * listed party; they are grouped here, keyed by the column names DFAT uses.
 */
import { CribaError } from '../../errors.js';
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
  let header: string[] | undefined;
  const groups = new Map<string, DfatGroup>();
  for await (const { cells, row } of readXlsxRows(path, displayName)) {
    if (!header) {
      header = cells.map((c) => c.trim());
      if (!looksLikeDfat(header)) {
        throw new CribaError('E_FORMAT', `not the DFAT Consolidated List: header is "${header.slice(0, 4).join(', ')}…"`, { file: displayName, line: row });
      }
      continue;
    }
    const record: DfatRow = {};
    header.forEach((h, i) => {
      const v = cells[i]?.trim();
      if (h && v) record[h] = v;
    });
    const reference = /^\d+/.exec(record.Reference ?? '')?.[0];
    if (!reference) throw new CribaError('E_PARSE', `row without a numeric Reference ("${record.Reference ?? ''}")`, { file: displayName, line: row, field: 'Reference' });
    const group = groups.get(reference);
    if (group) group.rows.push(record);
    else groups.set(reference, { reference, rows: [record], line: row });
  }
  if (!header) throw new CribaError('E_EMPTY', 'spreadsheet has no rows', { file: displayName });
  return [...groups.values()];
}
