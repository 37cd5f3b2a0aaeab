/**
 * What a group of entities (a cluster being merged) says about its party, reduced to the facts
 * that can contradict another group: lists, schema, gender, birth dates, and identifiers per type.
 * `conflictBetween` is the merge's safety: two clusters that contradict each other are never merged,
 * whatever evidence links them.
 */
import type { PartialDate } from '../model/date.js';
import type { Entity, Gender, Schema } from '../model/entity.js';
import { identifierKey, type IdentifierType } from '../model/identifier.js';

/** Identifier types a party has one current value of per issuing country: different values conflict. */
const EXCLUSIVE_TYPES: ReadonlySet<IdentifierType> = new Set(['un-reference', 'imo', 'passport', 'national-id']);
const GLOBAL_TYPES: ReadonlySet<IdentifierType> = new Set(['un-reference', 'imo']);

export interface ClusterProfile {
  lists: Set<string>;
  schemas: Set<Schema>;
  genders: Set<Gender>;
  birthDates: PartialDate[];
  /** `type|country` → identifier keys. */
  identifiers: Map<string, Set<string>>;
}

export function profileOf(entity: Entity): ClusterProfile {
  const identifiers = new Map<string, Set<string>>();
  for (const id of entity.identifiers) {
    if (!EXCLUSIVE_TYPES.has(id.type)) continue;
    const country = GLOBAL_TYPES.has(id.type) ? '' : id.country;
    if (country === undefined) continue; // a passport of unknown issuer can contradict nothing
    const slot = `${id.type}|${country}`;
    const set = identifiers.get(slot) ?? new Set<string>();
    set.add(identifierKey(id.value));
    identifiers.set(slot, set);
  }
  return {
    lists: new Set(entity.sources.map((s) => s.list)),
    schemas: new Set([entity.schema]),
    genders: new Set(entity.gender ? [entity.gender] : []),
    birthDates: [...entity.birthDates],
    identifiers,
  };
}

export function combineProfiles(a: ClusterProfile, b: ClusterProfile): ClusterProfile {
  const identifiers = new Map(a.identifiers);
  for (const [slot, keys] of b.identifiers) identifiers.set(slot, new Set([...(identifiers.get(slot) ?? []), ...keys]));
  return {
    lists: new Set([...a.lists, ...b.lists]),
    schemas: new Set([...a.schemas, ...b.schemas]),
    genders: new Set([...a.genders, ...b.genders]),
    birthDates: [...a.birthDates, ...b.birthDates],
    identifiers,
  };
}

/** Why these two clusters cannot be one party, or undefined when nothing contradicts. */
export function conflictBetween(a: ClusterProfile, b: ClusterProfile): string | undefined {
  for (const list of a.lists) if (b.lists.has(list)) return `both listed on ${list} as separate records`;
  if (!schemasCompatible(a.schemas, b.schemas)) return `different kinds of party (${[...a.schemas].join('/')} vs ${[...b.schemas].join('/')})`;
  if (a.genders.size && b.genders.size && ![...a.genders].some((g) => b.genders.has(g))) return `different genders (${[...a.genders]} vs ${[...b.genders]})`;
  if (a.birthDates.length && b.birthDates.length && !a.birthDates.some((x) => b.birthDates.some((y) => datesOverlap(x, y)))) {
    return `birth dates disagree (${a.birthDates.map((d) => d.value).join(', ')} vs ${b.birthDates.map((d) => d.value).join(', ')})`;
  }
  for (const [slot, keys] of a.identifiers) {
    const other = b.identifiers.get(slot);
    if (other && ![...keys].some((k) => [...other].some((o) => sameDocumentNumber(k, o)))) {
      return `different ${slot.replace('|', ' ').trim()} numbers (${[...keys].join(', ')} vs ${[...other].join(', ')})`;
    }
  }
  return undefined;
}

/**
 * Could these two identifier keys be the same document written differently? Lists mistype O for 0
 * ("MO887925" / "M0887925"), and cut or pad numbers ("28642163" / "PROVISIONALPASSPORTNO28642163",
 * "3219222002" / "32192220022181558"). Such pairs are not evidence of two different people; only
 * wholly different numbers are.
 */
export function sameDocumentNumber(a: string, b: string): boolean {
  const fa = a.replace(/O/g, '0').replace(/[IL]/g, '1');
  const fb = b.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (fa === fb) return true;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  return short.length >= 5 && (long.startsWith(short) || long.endsWith(short));
}

const ORG: ReadonlySet<Schema> = new Set(['Organization', 'Company', 'LegalEntity']);

function schemasCompatible(a: Set<Schema>, b: Set<Schema>): boolean {
  const kind = (s: Schema) => (s === 'LegalEntity' ? 'any' : s === 'Person' ? 'person' : ORG.has(s) ? 'org' : s);
  const kinds = new Set([...a, ...b].map(kind).filter((k) => k !== 'any'));
  return kinds.size <= 1;
}

/** Do two partial dates (with ranges and circa) leave room for the same day? */
export function datesOverlap(a: PartialDate, b: PartialDate): boolean {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 <= b1 && b0 <= a1;
}

/** A partial date as an inclusive day span [from, to] in `YYYY-MM-DD` strings; circa widens by a year. */
function span(d: PartialDate): [string, string] {
  const start = d.value;
  const end = d.to ?? d.value;
  let from = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
  let to = end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
  if (d.circa) {
    from = `${Number(from.slice(0, 4)) - 1}${from.slice(4)}`;
    to = `${Number(to.slice(0, 4)) + 1}${to.slice(4)}`;
  }
  return [from, to];
}
