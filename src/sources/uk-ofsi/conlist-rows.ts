/**
 * OFSI ConList rows as the source names them, whichever file they came from (ConList.csv or
 * ConList.xlsx share one layout): a "Last Updated" line, a header row, then one row per name
 * variant. Rows sharing a `Group ID` are one listed party.
 */
import { CribaError } from '../../errors.js';
import { dayMonthYear } from '../common/calendar-dates.js';
import { excelSerialToIso } from '../common/xlsx.js';
import type { SourceMetadata } from '../types.js';

/** Column names of the header row (ConList 2020–2025 layouts). */
export const CONLIST_REQUIRED = ['Name 6', 'Name 1', 'Group Type', 'Group ID'] as const;

export type ConListRow = Record<string, string>;

export interface ConListGroup {
  groupId: string;
  rows: ConListRow[];
  /** Line (CSV) or row (xlsx) of the group's first row. */
  line: number;
}

/** Does this first row + header row look like the ConList layout? */
export function looksLikeConList(first: readonly string[], header: readonly string[]): boolean {
  return first[0]?.trim() === 'Last Updated' && CONLIST_REQUIRED.every((c) => header.some((h) => h.trim() === c));
}

/**
 * Group rows (cells + line) into parties by Group ID, in order of first appearance; the "Last
 * Updated" date of the first line goes to `onMetadata`. Throws E_FORMAT when the layout is not
 * ConList's, E_PARSE when a row has no Group ID.
 */
export async function groupConListRows(
  rows: AsyncIterable<{ cells: string[]; line: number }>,
  file: string,
  onMetadata?: (meta: SourceMetadata) => void,
): Promise<ConListGroup[]> {
  let first: string[] | undefined;
  let header: string[] | undefined;
  const groups = new Map<string, ConListGroup>();
  for await (const { cells, line } of rows) {
    if (!first) {
      first = cells;
      continue;
    }
    if (!header) {
      if (!looksLikeConList(first, cells)) {
        throw new CribaError('E_FORMAT', 'not an OFSI ConList file: expected a "Last Updated" line, then a header with Name 6 … Group ID', { file, line });
      }
      const publishedAt = lastUpdated(first);
      if (publishedAt) onMetadata?.({ publishedAt });
      header = cells.map((h) => h.trim());
      continue;
    }
    const row: ConListRow = {};
    header.forEach((h, i) => {
      const v = cells[i]?.trim();
      if (h && v) row[h] = v;
    });
    const groupId = row['Group ID'];
    if (!groupId) throw new CribaError('E_PARSE', 'row without Group ID', { file, line, field: 'Group ID' });
    const group = groups.get(groupId);
    if (group) group.rows.push(row);
    else groups.set(groupId, { groupId, rows: [row], line });
  }
  if (!header) throw new CribaError('E_FORMAT', 'not an OFSI ConList file: no header row', { file });
  return [...groups.values()];
}

/** The "Last Updated" date of the first line: dd/mm/yyyy in the CSV, a date serial or text in the xlsx. */
export function lastUpdated(first: readonly string[]): string | undefined {
  const cell = first[1]?.trim() ?? '';
  return dayMonthYear(cell) ?? (/^\d{5}(\.\d+)?$/.test(cell) ? excelSerialToIso(cell) : undefined);
}
