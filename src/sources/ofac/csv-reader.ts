/**
 * Reader for OFAC's legacy CSV trio (see dat_spec.txt): bytes → raw records named as OFAC names
 * its columns. add/alt/comments are small and keyed by ent_num, so they are read into maps first;
 * then the main file is streamed, in batches of `SdnCsvRecord` (one per row). An ent_num seen twice
 * in the main file is E_FORMAT: entity ids must be unique.
 *
 * Every file is checked for its column count, so a file of the wrong kind (XML saved as sdn.csv,
 * add.csv under the name alt.csv) fails with E_FORMAT naming the file and line.
 */
import { CribaError } from '../../errors.js';
import { cell, readCsvBatches, type CsvRow } from '../common/csv.js';
import type { SourceFile, SourceWarning } from '../types.js';
import { csvRoleOf, type CsvFileSet } from './csv-files.js';

/** A row of sdn.csv / cons_prim.csv. Absent = OFAC's `-0-` null. */
export interface SdnCsvRow {
  ent_num: string;
  SDN_Name?: string;
  SDN_Type?: string;
  Program?: string;
  Title?: string;
  Call_Sign?: string;
  Vess_type?: string;
  Tonnage?: string;
  GRT?: string;
  Vess_flag?: string;
  Vess_owner?: string;
  Remarks?: string;
}

export interface AddCsvRow {
  Ent_num: string;
  Add_num: string;
  Address?: string;
  'City/State/Province/Postal Code'?: string;
  Country?: string;
  Add_remarks?: string;
}

export interface AltCsvRow {
  ent_num: string;
  alt_num: string;
  alt_type?: string;
  alt_name?: string;
  alt_remarks?: string;
}

/** One listing with everything the CSV files say about it. */
export interface SdnCsvRecord {
  row: SdnCsvRow;
  addresses: AddCsvRow[];
  aliases: AltCsvRow[];
  /** Remarks spill-over from sdn_comments.csv, to be appended to Remarks as is. */
  commentsSpill?: string;
  /** File and line the row came from, for warnings. */
  file: string;
  line: number;
}

const SDN_COLUMNS = ['ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks'] as const;
const ADD_COLUMNS = ['Ent_num', 'Add_num', 'Address', 'City/State/Province/Postal Code', 'Country', 'Add_remarks'] as const;
const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;

const INTEGER = /^\d+$/;

/** Check one row's column count and integer keys; the blank last line of OFAC files is skipped. */
function checkRow(file: SourceFile, row: CsvRow, columns: number, keyColumns: number): boolean {
  const f = row.fields;
  // OFAC's trailing DOS end-of-file byte is dropped by readUtf8; a lone blank field is its line.
  if (f.length === 1 && f[0]!.trim() === '') return false;
  if (f.length !== columns) {
    throw new CribaError(
      'E_FORMAT',
      `expected ${columns} columns as in OFAC's ${file.name.toLowerCase()}, found ${f.length}: this is not an OFAC legacy CSV file of that kind, or it is damaged`,
      { file: file.name, line: row.line },
    );
  }
  for (let k = 0; k < keyColumns; k++) {
    if (!INTEGER.test(f[k]!.trim())) {
      throw new CribaError('E_FORMAT', `column ${k + 1} should be an integer key, found ${JSON.stringify(f[k]!.slice(0, 40))}`, {
        file: file.name,
        line: row.line,
      });
    }
  }
  return true;
}

/** Stream checked rows of one file in batches; E_EMPTY when it holds none. */
async function* rowsOf(file: SourceFile, columns: number, keyColumns: number): AsyncGenerator<CsvRow[]> {
  let count = 0;
  for await (const batch of readCsvBatches(file.path, file.name)) {
    const rows = batch.filter((row) => checkRow(file, row, columns, keyColumns));
    count += rows.length;
    if (rows.length) yield rows;
  }
  if (count === 0) throw new CribaError('E_EMPTY', 'the file holds no records', { file: file.name });
}

function named<const C extends readonly string[]>(columns: C, fields: string[]): Record<C[number], string | undefined> {
  const out = {} as Record<string, string | undefined>;
  for (let i = 0; i < columns.length; i++) {
    const v = i < 2 ? fields[i]!.trim() : cell(fields[i]);
    if (v !== undefined) out[columns[i]!] = v;
  }
  return out as Record<C[number], string | undefined>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The rows of an add.csv / alt.csv file by the listing they belong to (their first column). */
async function readByListing<R>(file: SourceFile, columns: readonly string[]): Promise<Map<string, R[]>> {
  const map = new Map<string, R[]>();
  for await (const rows of rowsOf(file, columns.length, 2)) {
    for (const row of rows) push(map, row.fields[0]!.trim(), named(columns, row.fields) as R);
  }
  return map;
}

export function readAddresses(file: SourceFile): Promise<Map<string, AddCsvRow[]>> {
  return readByListing<AddCsvRow>(file, ADD_COLUMNS);
}

export function readAliases(file: SourceFile): Promise<Map<string, AltCsvRow[]>> {
  return readByListing<AltCsvRow>(file, ALT_COLUMNS);
}

/** ent_num → spill-over text. The text is kept untrimmed: it continues Remarks mid-word. */
export async function readComments(file: SourceFile): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  // An empty comments file is legitimate (no listing overflowed), so no E_EMPTY here.
  for await (const batch of readCsvBatches(file.path, file.name)) {
    for (const row of batch) {
      if (!checkRow(file, row, 2, 1)) continue;
      const key = row.fields[0]!.trim();
      const text = row.fields[1]!;
      if (text.trim() === '' || text.trim() === '-0-') continue;
      map.set(key, (map.get(key) ?? '') + text);
    }
  }
  return map;
}

/**
 * Read a CSV set: `files` as picked by `pickCsvFiles` (main first). Yields the rows of the main
 * file in batches, each with its addresses, aliases and Remarks spill-over attached.
 */
export async function* readSdnCsv(
  set: CsvFileSet,
  files: readonly SourceFile[],
  onWarning?: (warning: SourceWarning) => void,
): AsyncGenerator<SdnCsvRecord[]> {
  let main: SourceFile | undefined;
  const names = new Map<Map<string, unknown>, string>();
  let addresses = new Map<string, AddCsvRow[]>();
  let aliases = new Map<string, AltCsvRow[]>();
  let comments = new Map<string, string>();
  for (const f of files) {
    const role = csvRoleOf(set, f.name);
    if (role === 'main') main ??= f;
    else if (role === 'add') names.set((addresses = await readAddresses(f)), f.name);
    else if (role === 'alt') names.set((aliases = await readAliases(f)), f.name);
    else if (role === 'comments') names.set((comments = await readComments(f)), f.name);
  }
  if (!main) {
    throw new CribaError('E_NOT_FOUND', `no ${set.main} among ${files.map((f) => f.name).join(', ') || 'the files'}`, {
      file: files[0]?.path,
    });
  }
  const seen = new Set<string>();
  for await (const rows of rowsOf(main, 12, 1)) {
    for (const r of rows) {
      const id = r.fields[0]!.trim();
      if (seen.has(id)) throw new CribaError('E_FORMAT', `ent_num ${id} appears twice: the file is damaged or two files were joined`, { file: main.name, line: r.line });
      seen.add(id);
    }
    yield rows.map((r) => toRecord(r, main!, addresses, aliases, comments));
  }
  // Rows of add/alt/comments for listings absent from the main file: OFAC publishes consistent
  // sets, so this means files of different dates were put together.
  for (const [map, name] of names) {
    const orphans = [...map.keys()].filter((id) => !seen.has(id));
    if (orphans.length) {
      onWarning?.({
        file: name,
        message: `${orphans.length} ent_num not in ${main.name} (e.g. ${orphans.slice(0, 5).join(', ')}): the files may come from different dates`,
      });
    }
  }
}

function toRecord(
  r: CsvRow,
  main: SourceFile,
  addresses: Map<string, AddCsvRow[]>,
  aliases: Map<string, AltCsvRow[]>,
  comments: Map<string, string>,
): SdnCsvRecord {
  const row = named(SDN_COLUMNS, r.fields) as SdnCsvRow;
  const id = row.ent_num;
  const spill = comments.get(id);
  // The spill-over continues Remarks where OFAC cut it, often mid-word: join them untrimmed.
  if (spill !== undefined) row.Remarks = (cell(r.fields[11]) === undefined ? '' : r.fields[11]!.trimStart()) + spill.trimEnd();
  return {
    row,
    addresses: addresses.get(id) ?? [],
    aliases: aliases.get(id) ?? [],
    commentsSpill: spill,
    file: main.name,
    line: r.line,
  };
}
