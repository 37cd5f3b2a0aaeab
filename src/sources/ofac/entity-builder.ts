/**
 * Shared steps of every OFAC mapper (CSV, sdnList XML, Advanced XML, Enhanced XML), so the same
 * listing read from any format gives the same Entity: schema from OFAC's type, name parts for
 * individuals, Remarks facts merged in, countries deduplicated.
 */
import type { Entity, Schema } from '../../model/entity.js';
import type { Name, NameKind } from '../../model/name.js';
import { splitListOrderName } from '../../model/name.js';
import { addCountry } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { RemarksFacts } from './remarks.js';

/** OFAC's SDN_Type / sdnType / party type → schema. Anything else (`-0-`, "Entity") is an organisation. */
export function schemaOfSdnType(type: string | undefined): Schema {
  switch (type?.trim().toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'vessel':
      return 'Vessel';
    case 'aircraft':
      return 'Aircraft';
    default:
      return 'Organization';
  }
}

/** A name as OFAC writes it; individuals' "FAMILY, Given" names get parts. */
export function ofacName(full: string, kind: NameKind, schema: Schema): Name {
  const name: Name = { full, kind };
  if (schema === 'Person') {
    const parts = splitListOrderName(full);
    if (parts) name.parts = parts;
  }
  return name;
}

/** Alternate-name type (aka / fka / nka, "a.k.a.", "f.k.a.", "n.k.a.") → name kind. */
export function aliasKind(altType: string | undefined): NameKind {
  const t = (altType ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return t === 'fka' ? 'former' : 'alias';
}

export function addName(entity: Entity, name: Name): void {
  if (!entity.names.some((n) => n.full === name.full && n.kind === name.kind)) entity.names.push(name);
}

export function addUnique<T>(list: T[], value: T | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}

// the shared step, re-exported so OFAC's mappers take every entity-building step from here
export { addCountry };

/** Merge facts mined from Remarks into the entity and report what stayed unparsed. */
export function mergeRemarksFacts(
  entity: Entity,
  facts: RemarksFacts,
  ctx: ReadContext,
  where: { file: string; line?: number; record: string },
): void {
  // loops rather than spread pushes and Object.entries: this runs once per listing with Remarks
  for (const d of facts.birthDates) entity.birthDates.push(d);
  for (const p of facts.birthPlaces) addUnique(entity.birthPlaces, p);
  for (const c of facts.nationalities) addUnique(entity.nationalities, c);
  for (const c of facts.citizenships) addUnique(entity.citizenships, c);
  if (facts.gender) entity.gender ??= facts.gender;
  for (const id of facts.identifiers) entity.identifiers.push(id);
  for (const n of facts.names) addName(entity, entity.schema === 'Person' ? ofacName(n.full, n.kind, 'Person') : n);
  for (const r of facts.relations) entity.relations.push(r);
  for (const p of facts.positions) addUnique(entity.positions, p);
  for (const key in facts.properties) {
    const props = (entity.properties ??= {});
    const list = (props[key] ??= []);
    for (const v of facts.properties[key]!) addUnique(list, v);
  }
  if (hasFields(facts.vessel)) entity.vessel = { ...facts.vessel, ...entity.vessel };
  // a flag given as a fact (XML features, Remarks) ties the vessel to that country, as the CSV column does
  if (facts.vessel.flag && /^[A-Z]{2}$/.test(facts.vessel.flag)) addUnique(entity.countries, facts.vessel.flag);
  // so does the country where a company, vessel or aircraft is registered ("Nationality of Registration")
  const registered = facts.properties.registrationCountry;
  if (registered) for (const c of registered) addCountry(entity.countries, c);
  if (hasFields(facts.aircraft)) entity.aircraft = { ...facts.aircraft, ...entity.aircraft };
  for (const fragment of facts.unparsed) {
    ctx.onWarning?.({ file: where.file, line: where.line, record: where.record, message: `Remarks fragment not understood: ${fragment}` });
  }
}

/** Whether an object of optional fields has any set (Object.keys without the array). */
function hasFields(facts: object): boolean {
  for (const _ in facts) return true;
  return false;
}
