/**
 * OFAC legacy CSV record → Entity (pure). Ids are `<list>:<ent_num>`, e.g. `ofac-sdn:33950`.
 */
import { emptyEntity, type Address, type Entity } from '../../model/entity.js';
import type { ReadContext } from '../types.js';
import type { AddCsvRow, SdnCsvRecord } from './csv-reader.js';
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

  if (schema === 'Vessel' || row.Call_Sign || row.Vess_type || row.Vess_flag || row.Vess_owner || row.Tonnage || row.GRT) {
    const vessel = {
      ...(row.Call_Sign ? { callSign: row.Call_Sign } : {}),
      ...(row.Vess_type ? { type: row.Vess_type } : {}),
      ...(row.Vess_flag ? { flag: addCountry(entity.countries, row.Vess_flag) ?? row.Vess_flag } : {}),
      ...(row.Vess_owner ? { owner: row.Vess_owner } : {}),
      ...(row.Tonnage ? { tonnage: row.Tonnage } : {}),
      ...(row.GRT ? { grossRegisteredTonnage: row.GRT } : {}),
    };
    if (Object.keys(vessel).length) entity.vessel = vessel;
  }

  const remarks = row.Remarks;
  if (remarks) {
    entity.remarks = remarks;
    const facts = mineRemarks(remarks, emptyFacts());
    mergeRemarksFacts(entity, facts, ctx, { file: record.file, line: record.line, record: row.ent_num });
  }

  entity.sources.push({
    list: ctx.list,
    sourceId: row.ent_num,
    ...(entity.programs.length ? { programs: [...entity.programs] } : {}),
    raw: {
      ...row,
      ...(record.addresses.length ? { addresses: record.addresses } : {}),
      ...(record.aliases.length ? { aliases: record.aliases } : {}),
    },
  });
  return entity;
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
