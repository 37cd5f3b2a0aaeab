/**
 * Reader of the FCDO UK Sanctions List 8-column summary export (ODS): a header row naming
 * Unique ID, OFSI Group ID, Name, Regime Name, Type, Designation source, Date Designated,
 * Sanctions Imposed, then one row per designation. Rows come back keyed by those names.
 */
import { CribaError } from '../../errors.js';
import { readOdsRows } from '../common/ods.js';

export const FCDO_SUMMARY_COLUMNS = ['Unique ID', 'OFSI Group ID', 'Name', 'Regime Name', 'Type', 'Designation source', 'Date Designated', 'Sanctions Imposed'] as const;

export type FcdoSummaryRow = Partial<Record<(typeof FCDO_SUMMARY_COLUMNS)[number], string>> & { line: number };

export function looksLikeFcdoSummary(header: readonly string[]): boolean {
  return ['Unique ID', 'Name', 'Regime Name', 'Type'].every((c) => header.includes(c));
}

export async function* readFcdoSummaryOds(path: string, displayName: string): AsyncGenerator<FcdoSummaryRow> {
  let header: string[] | undefined;
  for await (const { cells, row } of readOdsRows(path, displayName)) {
    if (!header) {
      header = cells.map((c) => c.trim());
      if (!looksLikeFcdoSummary(header)) {
        throw new CribaError('E_FORMAT', `not the FCDO UK Sanctions List summary: header is "${header.slice(0, 4).join(', ')}…"`, { file: displayName, line: row });
      }
      continue;
    }
    const out: FcdoSummaryRow = { line: row };
    header.forEach((h, i) => {
      const v = cells[i]?.trim();
      if (v && (FCDO_SUMMARY_COLUMNS as readonly string[]).includes(h)) out[h as (typeof FCDO_SUMMARY_COLUMNS)[number]] = v;
    });
    if (!out['Unique ID']) throw new CribaError('E_PARSE', 'row without Unique ID', { file: displayName, line: row, field: 'Unique ID' });
    yield out;
  }
}
