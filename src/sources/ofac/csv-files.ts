/**
 * The legacy CSV files of OFAC's lists, by official name. The SDN list ships as SDN.CSV, ADD.CSV,
 * ALT.CSV and SDN_COMMENTS.CSV; the consolidated (non-SDN) list as CONS_PRIM.CSV, CONS_ADD.CSV,
 * CONS_ALT.CSV and CONS_COMMENTS.CSV. Names are matched case-insensitively because OFAC's server
 * serves upper case and most mirrors lower case.
 */
import type { SourceFile } from '../types.js';

export type CsvRole = 'main' | 'add' | 'alt' | 'comments';

export interface CsvFileSet {
  main: string;
  add: string;
  alt: string;
  /** Spill-over of Remarks past 1,000 characters. The spec also calls it "SDN COMMENTS.CSV". */
  comments: readonly string[];
}

export const SDN_CSV_FILES: CsvFileSet = {
  main: 'sdn.csv',
  add: 'add.csv',
  alt: 'alt.csv',
  comments: ['sdn_comments.csv', 'sdn comments.csv'],
};

export const CONS_CSV_FILES: CsvFileSet = {
  main: 'cons_prim.csv',
  add: 'cons_add.csv',
  alt: 'cons_alt.csv',
  comments: ['cons_comments.csv', 'cons comments.csv'],
};

export function csvRoleOf(set: CsvFileSet, name: string): CsvRole | undefined {
  const n = name.toLowerCase();
  if (n === set.main) return 'main';
  if (n === set.add) return 'add';
  if (n === set.alt) return 'alt';
  if (set.comments.includes(n)) return 'comments';
  return undefined;
}

/** The files of one CSV set in a listing, main file first; undefined without the main file. */
export function pickCsvFiles(set: CsvFileSet, files: readonly SourceFile[]): SourceFile[] | undefined {
  const byRole = new Map<CsvRole, SourceFile>();
  for (const f of files) {
    const role = csvRoleOf(set, f.name);
    if (role && !byRole.has(role)) byRole.set(role, f);
  }
  const main = byRole.get('main');
  if (!main) return undefined;
  return [main, ...(['add', 'alt', 'comments'] as const).flatMap((r) => (byRole.has(r) ? [byRole.get(r)!] : []))];
}
