/**
 * Reader of the EU Financial Sanctions File CSV 1.1 (csvFullSanctionsList_1_1): semicolon
 * separated, a header row of `Section_Field` columns (Entity_LogicalId, NameAlias_WholeName,
 * BirthDate_BirthDate, Identification_Number, Citizenship_CountryIso2Code, Address_City…), and one
 * row per sub-record: the Entity_* columns repeat on every row of an entity, and each row carries
 * at most one name alias, address, birth date, identification and citizenship, each with its own
 * `<Section>_LogicalId`. Rows are grouped by Entity_LogicalId and sub-records de-duplicated by their
 * logical ids. Assumptions are documented in docs/lists.md (we had no full EU CSV to test against).
 */
import { CribaError } from '../../errors.js';
import { readCsvBatches } from '../common/csv.js';
import { keyedRows } from '../common/keyed-rows.js';
import type { FsfSanctionEntity } from './fsf-record.js';

/** CSV column suffix → record field, per section (the CSV's names for the XML attributes). */
const SECTIONS = {
  NameAlias: { WholeName: 'wholeName', FirstName: 'firstName', MiddleName: 'middleName', LastName: 'lastName', Title: 'title', Function: 'function', Gender: 'gender', NameLanguage: 'nameLanguage', Strong: 'strong' },
  BirthDate: { BirthDate: 'birthdate', Day: 'dayOfMonth', Month: 'monthOfYear', Year: 'year', YearRangeFrom: 'yearRangeFrom', YearRangeTo: 'yearRangeTo', Circa: 'circa', City: 'city', Place: 'place', Region: 'region', CountryIso2Code: 'countryIso2Code', CountryDescription: 'countryDescription' },
  Identification: { Number: 'number', LatinNumber: 'latinNumber', TypeCode: 'identificationTypeCode', TypeDescription: 'identificationTypeDescription', CountryIso2Code: 'countryIso2Code', CountryDescription: 'countryDescription', IssuedBy: 'issuedBy', IssuedDate: 'issueDate', KnownFalse: 'knownFalse', KnownExpired: 'knownExpired', Remark: 'remark' },
  Citizenship: { CountryIso2Code: 'countryIso2Code', CountryDescription: 'countryDescription' },
  Address: { Street: 'street', City: 'city', ZipCode: 'zipCode', Region: 'region', Place: 'place', PoBox: 'poBox', CountryIso2Code: 'countryIso2Code', CountryDescription: 'countryDescription' },
} as const;

export const FSF_CSV_REQUIRED = ['Entity_LogicalId', 'NameAlias_WholeName'] as const;

export function looksLikeFsfCsv(header: readonly string[]): boolean {
  return FSF_CSV_REQUIRED.every((c) => header.includes(c));
}

export async function readFsfCsv(path: string, displayName: string): Promise<FsfSanctionEntity[]> {
  const byId = new Map<string, { record: FsfSanctionEntity; seen: Set<string> }>();
  const rows = keyedRows(readCsvBatches(path, displayName, { delimiter: ';' }), displayName, {
    checkHeader(header, line) {
      if (!looksLikeFsfCsv(header)) {
        throw new CribaError('E_FORMAT', 'not the EU FSF CSV: the header has no Entity_LogicalId / NameAlias_WholeName columns', { file: displayName, line });
      }
    },
  });
  for await (const { row, line } of rows) {
    const id = row.Entity_LogicalId;
    if (!id) throw new CribaError('E_PARSE', 'row without Entity_LogicalId', { file: displayName, line, field: 'Entity_LogicalId' });
    let entry = byId.get(id);
    if (!entry) {
      entry = { record: newRecord(id, row, line), seen: new Set() };
      byId.set(id, entry);
    }
    (entry.record.raw.rows as Record<string, string>[]).push(row);
    if (row.Entity_Regulation_Programme && !entry.record.programmes.includes(row.Entity_Regulation_Programme)) entry.record.programmes.push(row.Entity_Regulation_Programme);
    addSection(entry, row, 'NameAlias', entry.record.nameAliases);
    addSection(entry, row, 'BirthDate', entry.record.birthdates);
    addSection(entry, row, 'Identification', entry.record.identifications);
    addSection(entry, row, 'Citizenship', entry.record.citizenships);
    addSection(entry, row, 'Address', entry.record.addresses);
  }
  return [...byId.values()].map((e) => e.record);
}

function newRecord(id: string, row: Record<string, string>, line: number): FsfSanctionEntity {
  return {
    logicalId: id,
    ...(row.Entity_EU_ReferenceNumber ? { euReferenceNumber: row.Entity_EU_ReferenceNumber } : {}),
    ...(row.Entity_UnitedNationId ? { unitedNationId: row.Entity_UnitedNationId } : {}),
    ...(row.Entity_DesignationDate ? { designationDate: row.Entity_DesignationDate } : {}),
    ...(row.Entity_SubjectType ? { subjectType: row.Entity_SubjectType } : {}),
    programmes: [],
    remarks: row.Entity_Remark ? [row.Entity_Remark] : [],
    nameAliases: [],
    birthdates: [],
    citizenships: [],
    identifications: [],
    addresses: [],
    raw: { rows: [] },
    line,
  };
}

/** Add the row's sub-record of one section, once per `<Section>_LogicalId` (or per content). */
function addSection(entry: { seen: Set<string> }, row: Record<string, string>, section: keyof typeof SECTIONS, into: unknown[]): void {
  const out: Record<string, string> = {};
  for (const [suffix, field] of Object.entries(SECTIONS[section])) {
    const v = row[`${section}_${suffix}`];
    if (v) out[field] = v;
  }
  if (Object.keys(out).length === 0) return;
  const key = `${section}:${row[`${section}_LogicalId`] ?? JSON.stringify(out)}`;
  if (entry.seen.has(key)) return;
  entry.seen.add(key);
  into.push(out);
}
