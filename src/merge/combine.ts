/**
 * Build one merged entity from its members: every name, fact and source of every member, without
 * duplicates. The first member's primary name stays primary; other members' primary names become
 * aliases. Each member's SourceRefs are kept as they are, so `list:sourceId` still finds the record.
 */
import { createHash } from 'node:crypto';
import type { PartialDate } from '../model/date.js';
import { emptyEntity, type Entity, type Schema } from '../model/entity.js';
import type { Name } from '../model/name.js';

/** `criba:` + the first 16 hex digits of sha256 over the sorted member ids: stable across runs. */
export function mergedId(memberIds: readonly string[]): string {
  const hash = createHash('sha256').update([...memberIds].sort().join('\n')).digest('hex');
  return `criba:${hash.slice(0, 16)}`;
}

const SCHEMA_RANK: Record<Schema, number> = { Person: 5, Vessel: 5, Aircraft: 5, Company: 4, Organization: 3, LegalEntity: 1 };

export function combineEntities(members: readonly Entity[]): Entity {
  const schema = members.map((m) => m.schema).reduce((a, b) => (SCHEMA_RANK[b] > SCHEMA_RANK[a] ? b : a));
  const merged = emptyEntity(mergedId(members.map((m) => m.id)), schema);
  const names = new Map<string, Name>();
  members.forEach((m, i) => {
    for (const n of m.names) {
      if (names.has(n.full)) continue;
      names.set(n.full, i > 0 && n.kind === 'primary' ? { ...n, kind: 'alias' } : { ...n });
    }
  });
  merged.names = [...names.values()];
  for (const m of members) {
    for (const d of m.birthDates) addDate(merged.birthDates, d);
    unique(merged.birthPlaces, m.birthPlaces);
    unique(merged.nationalities, m.nationalities);
    unique(merged.citizenships, m.citizenships);
    unique(merged.countries, m.countries);
    unique(merged.programs, m.programs);
    unique(merged.positions, m.positions);
    merged.gender ??= m.gender;
    for (const id of m.identifiers) {
      if (!merged.identifiers.some((x) => x.type === id.type && x.value === id.value && x.country === id.country)) merged.identifiers.push({ ...id });
    }
    for (const a of m.addresses) if (!merged.addresses.some((x) => x.full === a.full)) merged.addresses.push({ ...a });
    for (const r of m.relations) {
      if (!merged.relations.some((x) => x.kind === r.kind && x.name === r.name && x.id === r.id && x.direction === r.direction)) merged.relations.push({ ...r });
    }
    if (m.vessel) merged.vessel = { ...m.vessel, ...merged.vessel };
    if (m.aircraft) merged.aircraft = { ...m.aircraft, ...merged.aircraft };
    for (const [k, values] of Object.entries(m.properties ?? {})) {
      merged.properties ??= {};
      unique((merged.properties[k] ??= []), values);
    }
    merged.sources.push(...m.sources);
  }
  const remarks = [...new Set(members.map((m) => m.remarks).filter((r): r is string => !!r))];
  if (remarks.length) merged.remarks = remarks.join('\n');
  return merged;
}

function unique<T>(into: T[], values: readonly T[]): void {
  for (const v of values) if (!into.includes(v)) into.push(v);
}

function addDate(list: PartialDate[], d: PartialDate): void {
  if (!list.some((x) => x.value === d.value && x.to === d.to && !!x.circa === !!d.circa)) list.push({ ...d });
}
