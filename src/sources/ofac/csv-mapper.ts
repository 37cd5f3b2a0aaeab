/**
 * OFAC legacy CSV record → Entity (pure). Ids are `<list>:<ent_num>`, e.g. `ofac-sdn:33950`.
 */
import { emptyEntity, type Address, type Entity, type SourceRef, type VesselFacts } from '../../model/entity.js';
import type { ReadContext } from '../types.js';
import type { AddCsvRow, SdnCsvRecord, SdnCsvRow } from './csv-reader.js';
import { addCountry, addName, aliasKind, mergeRemarksFacts, ofacName, schemaOfSdnType } from './entity-builder.js';
import { splitPrograms } from './programs.js';
import { emptyFacts, mineRemarks } from './remarks.js';

export function mapSdnCsvRecord(record: SdnCsvRecord, ctx: ReadContext): Entity {
  const { row } = record;
  const schema = schemaOfSdnType(row.SDN_Type);
  const entity = emptyEntity(`${ctx.list}:${row.ent_num}`, schema);

  if (row.SDN_Name) entity.names.push(ofacName(row.SDN_Name, 'primary', schema));
  for (const alt of record.aliases) {
    if (alt.alt_name) addName(entity, ofacName(alt.alt_name, aliasKind(alt.alt_type), schema));
  }

  entity.programs = splitPrograms(row.Program);
  if (row.Title) entity.positions.push(row.Title);

  for (const add of record.addresses) {
    const address = mapAddress(add);
    if (address) entity.addresses.push(address);
    addCountry(entity.countries, add.Country);
  }

  if (row.Call_Sign || row.Vess_type || row.Vess_flag || row.Vess_owner || row.Tonnage || row.GRT) entity.vessel = vesselOf(row, entity.countries);

  const remarks = row.Remarks;
  if (remarks) {
    entity.remarks = remarks;
    const facts = mineRemarks(remarks, emptyFacts());
    mergeRemarksFacts(entity, facts, ctx, { file: record.file, line: record.line, record: row.ent_num });
  }

  // fields set one by one rather than spread from conditional literals: same objects, same key
  // order, without a throw-away object per optional field (15,000 records on the SDN list)
  const raw: Record<string, unknown> = { ...row };
  if (record.addresses.length) raw.addresses = record.addresses;
  if (record.aliases.length) raw.aliases = record.aliases;
  const source: SourceRef = { list: ctx.list, sourceId: row.ent_num };
  if (entity.programs.length) source.programs = entity.programs.slice();
  source.raw = raw;
  entity.sources.push(source);
  return entity;
}

/** The vessel columns that are filled (the flag as an ISO code when it names a country, which joins `countries`). */
function vesselOf(row: SdnCsvRow, countries: string[]): VesselFacts {
  const vessel: VesselFacts = {};
  if (row.Call_Sign) vessel.callSign = row.Call_Sign;
  if (row.Vess_type) vessel.type = row.Vess_type;
  if (row.Vess_flag) vessel.flag = addCountry(countries, row.Vess_flag) ?? row.Vess_flag;
  if (row.Vess_owner) vessel.owner = row.Vess_owner;
  if (row.Tonnage) vessel.tonnage = row.Tonnage;
  if (row.GRT) vessel.grossRegisteredTonnage = row.GRT;
  return vessel;
}

function mapAddress(add: AddCsvRow): Address | undefined {
  const parts = [add.Address, add['City/State/Province/Postal Code'], add.Country].filter((p): p is string => !!p);
  if (!parts.length) return undefined;
  const address: Address = { full: parts.join(', ') };
  if (add.Address) address.street = add.Address;
  if (add['City/State/Province/Postal Code']) address.city = add['City/State/Province/Postal Code'];
  if (add.Country) {
    const code = addCountry([], add.Country);
    if (code) address.country = code;
  }
  return address;
}
