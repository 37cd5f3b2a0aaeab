/**
 * The entity model: one listed party (person, organisation, vessel, aircraft) as criba holds it.
 *
 * It is FollowTheMoney-compatible in spirit: every entity has an `id`, a `schema` and typed facts
 * that map one-to-one onto FtM properties (see `ftm.ts`), so OpenSanctions data maps in without
 * loss and criba's snapshots can be exported back as FtM JSON lines.
 *
 * Entities are plain JSON data (no classes, no Dates): a snapshot is a file of one JSON entity per
 * line, and the content hash of a snapshot is the hash of those lines.
 */
import type { PartialDate } from './date.js';
import type { Identifier } from './identifier.js';
import type { Name } from './name.js';

/** FtM schema names that criba screens. `LegalEntity` is used when a source does not say which. */
export type Schema = 'Person' | 'Organization' | 'Company' | 'LegalEntity' | 'Vessel' | 'Aircraft';

export const SCHEMAS: readonly Schema[] = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Aircraft'];

export type Gender = 'male' | 'female' | 'other';

export interface Address {
  /** The address as one line, as the source gives it. */
  full: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2, upper case; absent when the source names no country we recognise. */
  country?: string;
}

/** Kinds of links between parties. `linked` is OFAC's "Linked To:", the rest follow FtM. */
export type RelationKind =
  | 'linked'
  | 'family'
  | 'associate'
  | 'ownership'
  | 'directorship'
  | 'membership'
  | 'employment'
  | 'other';

export interface Relation {
  kind: RelationKind;
  /** The other party's name, as the source writes it. */
  name: string;
  /** The other party's entity id when the source or a later resolution step knows it. */
  id?: string;
  /** The role as the source words it: "mother", "owner", "director"… */
  role?: string;
  /** Direction: `to` = this entity points to the other (e.g. owns it), `from` = the other points here. */
  direction?: 'to' | 'from';
}

/** Where a fact came from: one record of one official list, in one snapshot. */
export interface SourceRef {
  /** List id from the registry, e.g. `ofac-sdn`, `un-sc`. */
  list: string;
  /** The record's id in that list, e.g. OFAC `ent_num` "33950" or UN "QDi.001". */
  sourceId: string;
  /** Snapshot version the record was read from (set by the snapshot store). */
  snapshot?: string;
  /** Programs / regimes the record lists, e.g. `GLOMAG`, `SDGT`. */
  programs?: string[];
  /** Date the authority listed the party (ISO date or partial). */
  listedOn?: string;
  /** The raw record as the source names its fields, for tracing a hit back to the row. */
  raw?: Record<string, unknown>;
}

/** Facts specific to vessels, as OFAC and others publish them. */
export interface VesselFacts {
  callSign?: string;
  type?: string;
  flag?: string;
  owner?: string;
  tonnage?: string;
  grossRegisteredTonnage?: string;
  buildYear?: string;
}

/** Facts specific to aircraft. */
export interface AircraftFacts {
  model?: string;
  operator?: string;
  manufactureDate?: string;
  serialNumber?: string;
  tailNumber?: string;
}

export interface Entity {
  /** Globally unique id: `<list>:<sourceId>` for single-source entities, e.g. `ofac-sdn:33950`. */
  id: string;
  schema: Schema;
  /** First name is the primary (caption) name. */
  names: Name[];
  birthDates: PartialDate[];
  birthPlaces: string[];
  /** ISO 3166-1 alpha-2 codes. */
  nationalities: string[];
  citizenships: string[];
  /** Countries the entity is tied to otherwise (residence, jurisdiction, list country column). */
  countries: string[];
  gender?: Gender;
  identifiers: Identifier[];
  addresses: Address[];
  /** Programs / sanction regimes across all sources. */
  programs: string[];
  /** Titles and positions, e.g. "Vice Minister of Justice". */
  positions: string[];
  relations: Relation[];
  remarks?: string;
  vessel?: VesselFacts;
  aircraft?: AircraftFacts;
  /** Any other property worth keeping, keyed by FtM property name (`website`, `email`, `phone`…). */
  properties?: Record<string, string[]>;
  sources: SourceRef[];
}

/** A new entity with every list field empty, so mappers only set what they know. */
export function emptyEntity(id: string, schema: Schema): Entity {
  return {
    id,
    schema,
    names: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    countries: [],
    identifiers: [],
    addresses: [],
    programs: [],
    positions: [],
    relations: [],
    sources: [],
  };
}

/** The entity's display name: its first name. */
export function captionOf(entity: Entity): string {
  return entity.names[0]?.full ?? entity.id;
}

/** Lists an entity appears on, deduplicated, in source order. */
export function listsOf(entity: Entity): string[] {
  return [...new Set(entity.sources.map((s) => s.list))];
}

/** Is this schema a legal person (company, organisation, unspecified legal entity)? */
export function isOrganization(schema: Schema): boolean {
  return schema === 'Organization' || schema === 'Company' || schema === 'LegalEntity';
}
