/**
 * Reader of the FCDO UK Sanctions List CSV (`UK-Sanctions-List.csv`): a first line
 * "Report Date: 24-Jun-2026" (the publication date, reported through `onMetadata`), a header row,
 * then rows keyed by Unique ID. The header names the same facts as the XML (designation.ts):
 *
 *   Last Updated, Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1 … Name 5, Name type,
 *   Alias strength, Title, Name non-latin script, Non-latin script type, Non-latin script language,
 *   Regime Name, Designation Type (older exports: "Individual, Entity, Ship"), Designation source,
 *   Sanctions Imposed, Other Information, UK Statement of Reasons, Address Line 1 … 6,
 *   Address Postal Code, Address Country, Phone number, Website, Email address, Date Designated,
 *   D.O.B, Nationality(/ies), National Identifier number, National Identifier additional
 *   information, Passport number, Passport additional information, Position, Gender, Town of
 *   birth, Country of birth, Type of entity, Subsidiaries, Parent company, Business registration
 *   number (s), IMO number, Current owner/operator (s), Previous owner/operator (s), Current
 *   believed flag of ship, Previous flags, Type of ship, Tonnage of ship, Length of ship,
 *   Year Built, Hull identification number (HIN)
 *
 * A designation with several names, addresses, documents… takes one row per combination of them
 * (the repeated groups multiply), so rows are grouped by Unique ID and every repeated fact is
 * de-duplicated back out. Groups hold only the distinct facts, not the rows, so a designation of
 * thousands of rows costs no more memory than its facts. Columns are found by name (case and
 * spacing ignored), so their order does not matter. Built from the published description and
 * open-source readers of the file (designation.ts), not from an official sample. The full-layout
 * ODS export has the same rows and goes through `groupFcdoRows` too (full-ods-reader.ts).
 */
import { CribaError } from '../../errors.js';
import { readCsvBatches } from '../common/csv.js';
import type { CellRow } from '../common/keyed-rows.js';
import type { SourceMetadata } from '../types.js';
import { emptyDesignation, fcdoReportDate, splitSanctions, type FcdoDesignation } from './designation.js';

/** Columns that make a header row the FCDO full layout (compared by `columnKey`). */
const REQUIRED = ['Unique ID', 'Name 6', 'Name type'] as const;
/** The party type column: "Designation Type" today, "Individual, Entity, Ship" in older exports. */
const TYPE_COLUMNS = ['Designation Type', 'Individual, Entity, Ship'] as const;

/** A header cell compared without case, BOM or spacing differences: "Name Type" = "Name type". */
export function columnKey(cell: string): string {
  return cell.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function isReportDateLine(cells: readonly string[]): boolean {
  return /^\s*\uFEFF?\s*report date\b/i.test(cells[0] ?? '');
}

export function looksLikeFcdoHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(columnKey));
  return REQUIRED.every((c) => keys.has(columnKey(c))) && TYPE_COLUMNS.some((c) => keys.has(columnKey(c)));
}

export interface GroupOptions {
  /** Every data row must have exactly as many cells as the header (CSV: true; spreadsheets drop trailing empty cells). */
  strictColumnCount: boolean;
  /** Rows allowed before the header ("Report Date: …" and, in spreadsheets, a title row). */
  maxPreamble: number;
  onMetadata?: (meta: SourceMetadata) => void;
}

/**
 * Rows (cells + line) → designations in order of first appearance. E_FORMAT when the header is not
 * the FCDO layout, E_PARSE when a row has no Unique ID or (strictly) the wrong number of cells,
 * E_EMPTY when there is no header at all.
 */
export async function groupFcdoRows(rows: AsyncIterable<CellRow | CellRow[]>, file: string, opts: GroupOptions): Promise<FcdoDesignation[]> {
  let header: string[] | undefined;
  let columns: Columns | undefined;
  let preamble = 0;
  const groups = new Map<string, Group>();
  for await (const item of rows) {
    for (const { fields, line } of Array.isArray(item) ? item : [item]) {
      if (!header) {
        if (looksLikeFcdoHeader(fields)) {
          header = fields.map((h) => h.replace(/^\uFEFF/, '').trim());
          columns = new Columns(header);
          continue;
        }
        if (++preamble > opts.maxPreamble) {
          throw new CribaError('E_FORMAT', 'not the FCDO UK Sanctions List: expected a "Report Date" line, then a header naming Unique ID, Name 6, Name type and Designation Type', { file, line });
        }
        if (isReportDateLine(fields)) {
          const publishedAt = fcdoReportDate(fields[0]);
          if (publishedAt) opts.onMetadata?.({ publishedAt });
        }
        continue;
      }
      if (opts.strictColumnCount && fields.length !== header.length) {
        throw new CribaError('E_PARSE', `row has ${fields.length} columns where the header has ${header.length}`, { file, line });
      }
      const uniqueId = columns!.get(fields, 'Unique ID');
      if (!uniqueId) throw new CribaError('E_PARSE', 'row without Unique ID', { file, line, field: 'Unique ID' });
      let group = groups.get(uniqueId);
      if (!group) {
        group = { designation: emptyDesignation(uniqueId, {}), raw: new Map(), rows: 0 };
        group.designation.line = line;
        groups.set(uniqueId, group);
      }
      addRow(group, fields, header, columns!);
    }
  }
  if (!header) throw new CribaError('E_EMPTY', 'file has no header row', { file });
  return [...groups.values()].map(finish);
}

/** Stream UK-Sanctions-List.csv into designations (strict UTF-8, strict column count). */
export function readFcdoCsv(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): Promise<FcdoDesignation[]> {
  return groupFcdoRows(readCsvBatches(path, displayName), displayName, { strictColumnCount: true, maxPreamble: 1, ...(onMetadata ? { onMetadata } : {}) });
}


interface Group {
  designation: FcdoDesignation;
  /** Distinct values per source column, for SourceRef.raw. */
  raw: Map<string, string[]>;
  rows: number;
}

/** Column positions by `columnKey`; the first of several spellings that is present wins. */
class Columns {
  private readonly index = new Map<string, number>();
  constructor(header: readonly string[]) {
    header.forEach((h, i) => {
      const key = columnKey(h);
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
  }
  get(fields: readonly string[], ...names: string[]): string | undefined {
    for (const name of names) {
      const i = this.index.get(columnKey(name));
      if (i === undefined) continue;
      const v = fields[i]?.trim();
      if (v) return v;
    }
    return undefined;
  }
}

function push(list: string[], value: string | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

function addRow(group: Group, fields: readonly string[], header: readonly string[], c: Columns): void {
  const d = group.designation;
  group.rows++;
  header.forEach((h, i) => {
    const v = fields[i]?.trim();
    if (!h || !v) return;
    const values = group.raw.get(h);
    if (!values) group.raw.set(h, [v]);
    else if (!values.includes(v)) values.push(v);
  });
  const get = (...names: string[]) => c.get(fields, ...names);
  const first = <K extends keyof FcdoDesignation>(key: K, ...names: string[]) => {
    if (d[key] === undefined) {
      const v = get(...names);
      if (v !== undefined) (d as unknown as Record<string, unknown>)[key] = v;
    }
  };
  first('lastUpdated', 'Last Updated');
  first('dateDesignated', 'Date Designated');
  first('ofsiGroupId', 'OFSI Group ID');
  first('unReferenceNumber', 'UN Reference Number');
  first('regimeName', 'Regime Name');
  first('type', ...TYPE_COLUMNS);
  first('designationSource', 'Designation source');
  first('otherInformation', 'Other Information');
  first('statementOfReasons', 'UK Statement of Reasons');
  if (!d.sanctionsImposed.length) d.sanctionsImposed = splitSanctions(get('Sanctions Imposed'));

  const parts = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'].map((n) => get(n) ?? '');
  if (parts.some(Boolean)) {
    const nameType = get('Name type');
    const aliasStrength = get('Alias strength');
    const same = d.names.some((n) => n.parts.join('\u0000') === parts.join('\u0000') && n.nameType === nameType && n.aliasStrength === aliasStrength);
    if (!same) d.names.push({ parts, ...(nameType ? { nameType } : {}), ...(aliasStrength ? { aliasStrength } : {}) });
  }
  push(d.titles, get('Title'));
  const nonLatin = get('Name non-latin script');
  if (nonLatin && !d.nonLatinNames.some((n) => n.name === nonLatin)) {
    const scriptType = get('Non-latin script type');
    const language = get('Non-latin script language');
    d.nonLatinNames.push({ name: nonLatin, ...(scriptType ? { scriptType } : {}), ...(language ? { language } : {}) });
  }

  const lines = ['Address Line 1', 'Address Line 2', 'Address Line 3', 'Address Line 4', 'Address Line 5', 'Address Line 6'].map((n) => get(n)).filter((l): l is string => !!l);
  const postalCode = get('Address Postal Code');
  const country = get('Address Country');
  if (lines.length || postalCode || country) {
    const address = { lines, ...(postalCode ? { postalCode } : {}), ...(country ? { country } : {}) };
    const key = JSON.stringify(address);
    if (!d.addresses.some((a) => JSON.stringify(a) === key)) d.addresses.push(address);
  }
  push(d.phoneNumbers, get('Phone number'));
  push(d.websites, get('Website'));
  push(d.emailAddresses, get('Email address'));

  push(d.dobs, get('D.O.B', 'DOB'));
  push(d.nationalities, get('Nationality(/ies)', 'Nationality'));
  push(d.positions, get('Position'));
  push(d.genders, get('Gender'));
  const town = get('Town of birth');
  const birthCountry = get('Country of birth');
  if ((town || birthCountry) && !d.birthPlaces.some((p) => p.town === town && p.country === birthCountry)) {
    d.birthPlaces.push({ ...(town ? { town } : {}), ...(birthCountry ? { country: birthCountry } : {}) });
  }
  addDocument(d.passports, get('Passport number'), get('Passport additional information'));
  addDocument(d.nationalIdentifiers, get('National Identifier number'), get('National Identifier additional information'));

  push(d.entityTypes, get('Type of entity'));
  push(d.subsidiaries, get('Subsidiaries'));
  push(d.parentCompanies, get('Parent company'));
  push(d.businessRegistrationNumbers, get('Business registration number (s)', 'Business registration number(s)', 'Business registration number'));

  push(d.imoNumbers, get('IMO number'));
  push(d.currentOwnerOperators, get('Current owner/operator (s)', 'Current owner/operator(s)'));
  push(d.previousOwnerOperators, get('Previous owner/operator (s)', 'Previous owner/operator(s)'));
  push(d.currentFlags, get('Current believed flag of ship'));
  push(d.previousFlags, get('Previous flags'));
  push(d.shipTypes, get('Type of ship'));
  push(d.tonnages, get('Tonnage of ship'));
  push(d.lengths, get('Length of ship'));
  push(d.yearsBuilt, get('Year Built'));
  push(d.hullIdentificationNumbers, get('Hull identification number (HIN)'));
}

function addDocument(list: { number: string; info?: string }[], number: string | undefined, info: string | undefined): void {
  if (!number || list.some((x) => x.number === number && x.info === info)) return;
  list.push({ number, ...(info ? { info } : {}) });
}

/** The group's designation with its raw record: each column's distinct values (one value → a string). */
function finish(group: Group): FcdoDesignation {
  const raw: Record<string, unknown> = {};
  for (const [column, values] of group.raw) raw[column] = values.length === 1 ? values[0] : values;
  raw.rows = group.rows;
  group.designation.raw = raw;
  return group.designation;
}
