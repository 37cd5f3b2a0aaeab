/**
 * FollowTheMoney (FtM) ↔ Entity. OpenSanctions and other FtM sources publish entities as
 * `{id, schema, properties: {name: [...], birthDate: [...], …}}`; `entityFromFtm` maps the schemas
 * criba screens (Person, Organization, Company, LegalEntity, Vessel, Aircraft) onto the Entity model
 * without loss (properties criba has no field for are kept in `properties`), and `entityToFtm` maps
 * back, so snapshots can be exported as FtM JSON lines.
 *
 * Relationship schemas (Ownership, Family, Directorship…) are separate FtM entities that link two
 * parties; `ftmRelationEnds` turns one into a Relation on each end. Reach for these functions in
 * source adapters and exporters; they do no I/O.
 */
import { countryCode } from './country.js';
import { formatDate, parseDate } from './date.js';
import { emptyEntity, SCHEMAS, type Entity, type Relation, type RelationKind, type Schema } from './entity.js';
import type { Identifier, IdentifierType } from './identifier.js';
import type { Name, NameKind, NameParts } from './name.js';

export interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  datasets?: string[];
  referents?: string[];
  target?: boolean;
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
}

const NAME_KINDS: Record<string, NameKind> = { name: 'primary', alias: 'alias', weakAlias: 'weak', previousName: 'former' };
const NAME_PARTS: Record<string, keyof NameParts> = {
  firstName: 'given',
  secondName: 'middle',
  middleName: 'middle',
  lastName: 'family',
  fatherName: 'patronymic',
  motherName: 'matronymic',
  title: 'title',
  nameSuffix: 'suffix',
};
const IDENTIFIER_PROPS: Record<string, IdentifierType> = {
  passportNumber: 'passport',
  idNumber: 'national-id',
  taxNumber: 'tax-id',
  innCode: 'tax-id',
  vatCode: 'tax-id',
  registrationNumber: 'registration',
  ogrnCode: 'registration',
  imoNumber: 'imo',
  mmsi: 'mmsi',
  swiftBic: 'swift-bic',
  serialNumber: 'aircraft-serial',
  registrationNumberAircraft: 'aircraft-tail',
  callSign: 'call-sign',
};
/** Properties mapped to Entity fields (everything else goes to `properties`). */
const MAPPED = new Set([
  ...Object.keys(NAME_KINDS),
  ...Object.keys(NAME_PARTS),
  ...Object.keys(IDENTIFIER_PROPS),
  'birthDate',
  'birthPlace',
  'nationality',
  'citizenship',
  'country',
  'jurisdiction',
  'mainCountry',
  'gender',
  'address',
  'program',
  'programId',
  'position',
  'notes',
]);

/** Is this FtM schema one criba screens (as opposed to links, sanctions, addresses…)? */
export function isScreenedFtmSchema(schema: string): schema is Schema {
  return (SCHEMAS as readonly string[]).includes(schema);
}

/**
 * An FtM entity of a screened schema → Entity with id `<list>:<ftm id>`; undefined for other
 * schemas. `list` defaults to `opensanctions`.
 */
export function entityFromFtm(obj: FtmEntity, opts: { list?: string } = {}): Entity | undefined {
  if (!isScreenedFtmSchema(obj.schema)) return undefined;
  const list = opts.list ?? 'opensanctions';
  const p = obj.properties ?? {};
  const entity = emptyEntity(`${list}:${obj.id}`, obj.schema);

  const parts: NameParts = {};
  for (const [prop, tag] of Object.entries(NAME_PARTS)) {
    const v = p[prop]?.[0];
    if (v) parts[tag] = parts[tag] ? `${parts[tag]} ${v}` : v;
  }
  const names = (p.name ?? (obj.caption ? [obj.caption] : [])).map((n) => n.trim()).filter(Boolean);
  // name parts belong to the primary name only when there is one name to attach them to
  const partsFit = obj.schema === 'Person' && names.length === 1 && Object.keys(parts).length > 0;
  for (const [prop, kind] of Object.entries(NAME_KINDS)) {
    for (const raw of prop === 'name' ? names : (p[prop] ?? [])) {
      const full = raw.replace(/\s+/g, ' ').trim();
      if (!full || entity.names.some((n) => n.full === full)) continue;
      const name: Name = { full, kind: kind === 'primary' && entity.names.length > 0 ? 'alias' : kind };
      if (partsFit && prop === 'name') name.parts = { ...parts };
      entity.names.push(name);
    }
  }
  for (const d of p.birthDate ?? []) {
    const date = parseDate(d);
    if (date && !entity.birthDates.some((x) => x.value === date.value)) entity.birthDates.push(date);
  }
  entity.birthPlaces.push(...(p.birthPlace ?? []));
  entity.nationalities.push(...codes(p.nationality));
  entity.citizenships.push(...codes(p.citizenship));
  entity.countries.push(...codes([...(p.country ?? []), ...(p.jurisdiction ?? []), ...(p.mainCountry ?? [])]));
  const gender = p.gender?.[0]?.toLowerCase();
  if (gender === 'male' || gender === 'female' || gender === 'other') entity.gender = gender;
  for (const [prop, type] of Object.entries(IDENTIFIER_PROPS)) {
    for (const value of p[prop] ?? []) {
      if (!entity.identifiers.some((i) => i.type === type && i.value === value)) entity.identifiers.push({ type, value, label: prop });
    }
  }
  for (const full of p.address ?? []) entity.addresses.push({ full });
  for (const program of [...(p.programId ?? []), ...(p.program ?? [])]) if (!entity.programs.includes(program)) entity.programs.push(program);
  entity.positions.push(...(p.position ?? []));
  if (p.notes?.length) entity.remarks = p.notes.join(' ');
  const rest: Record<string, string[]> = {};
  for (const [prop, values] of Object.entries(p)) if (!MAPPED.has(prop) && values.length) rest[prop] = [...values];
  if (Object.keys(rest).length) entity.properties = rest;
  return entity;
}

/** The Entity as an FtM entity (id without the list prefix when it has one). */
export function entityToFtm(entity: Entity): FtmEntity {
  const props: Record<string, string[]> = {};
  const add = (prop: string, value: string | undefined) => {
    if (!value) return;
    const list = (props[prop] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  const primary = entity.names.find((n) => n.kind === 'primary') ?? entity.names[0];
  for (const n of entity.names) {
    const prop = n.kind === 'primary' || n.kind === 'native' ? (n === primary ? 'name' : 'alias') : n.kind === 'weak' ? 'weakAlias' : n.kind === 'former' ? 'previousName' : 'alias';
    add(prop, n.full);
  }
  if (primary?.parts) {
    for (const [prop, tag] of Object.entries(NAME_PARTS)) if (prop !== 'secondName') add(prop, primary.parts[tag]);
  }
  for (const d of entity.birthDates) add('birthDate', d.to || d.circa ? formatDate(d) : d.value);
  for (const b of entity.birthPlaces) add('birthPlace', b);
  for (const c of entity.nationalities) add('nationality', c.toLowerCase());
  for (const c of entity.citizenships) add('citizenship', c.toLowerCase());
  for (const c of entity.countries) add('country', c.toLowerCase());
  add('gender', entity.gender);
  for (const id of entity.identifiers) add(ftmIdentifierProp(id), id.value);
  for (const a of entity.addresses) add('address', a.full);
  for (const pr of entity.programs) add('programId', pr);
  for (const pos of entity.positions) add('position', pos);
  add('notes', entity.remarks);
  for (const [prop, values] of Object.entries(entity.properties ?? {})) for (const v of values) add(prop, v);
  const colon = entity.id.indexOf(':');
  return {
    id: colon >= 0 ? entity.id.slice(colon + 1) : entity.id,
    schema: entity.schema,
    ...(primary ? { caption: primary.full } : {}),
    properties: props,
    datasets: [...new Set(entity.sources.map((s) => s.list))],
  };
}

function ftmIdentifierProp(id: Identifier): string {
  if (id.label && IDENTIFIER_PROPS[id.label] === id.type) return id.label;
  switch (id.type) {
    case 'passport':
      return 'passportNumber';
    case 'tax-id':
      return 'taxNumber';
    case 'registration':
      return 'registrationNumber';
    case 'imo':
      return 'imoNumber';
    case 'mmsi':
      return 'mmsi';
    case 'swift-bic':
      return 'swiftBic';
    case 'call-sign':
      return 'callSign';
    default:
      return 'idNumber';
  }
}

function codes(values: string[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    const code = countryCode(v) ?? (/^[a-z]{2}$/i.test(v) ? v.toUpperCase() : undefined);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/** FtM link schemas: which properties hold the two ends, and the relation kind. */
const LINKS: Record<string, { from: string; to: string; kind: RelationKind; role?: string }> = {
  Ownership: { from: 'owner', to: 'asset', kind: 'ownership', role: 'role' },
  Directorship: { from: 'director', to: 'organization', kind: 'directorship', role: 'role' },
  Family: { from: 'person', to: 'relative', kind: 'family', role: 'relationship' },
  Associate: { from: 'person', to: 'associate', kind: 'associate', role: 'relationship' },
  Membership: { from: 'member', to: 'organization', kind: 'membership', role: 'role' },
  Employment: { from: 'employee', to: 'employer', kind: 'employment', role: 'role' },
  Representation: { from: 'agent', to: 'client', kind: 'other', role: 'role' },
  UnknownLink: { from: 'subject', to: 'object', kind: 'other', role: 'role' },
};

export interface FtmRelationEnds {
  fromId: string;
  toId: string;
  kind: RelationKind;
  role?: string;
}

/** A link entity's two ends (FtM ids), or undefined when the schema is not a link. */
export function ftmRelationEnds(obj: FtmEntity): FtmRelationEnds | undefined {
  const link = LINKS[obj.schema];
  if (!link) return undefined;
  const fromId = obj.properties[link.from]?.[0];
  const toId = obj.properties[link.to]?.[0];
  if (!fromId || !toId) return undefined;
  const role = link.role ? obj.properties[link.role]?.[0] : undefined;
  return { fromId, toId, kind: link.kind, ...(role ? { role } : {}) };
}

/** The Relation as seen from one end: `to` from the owner/director/person side, `from` from the other. */
export function relationFor(ends: FtmRelationEnds, side: 'from' | 'to', otherName: string, otherId: string): Relation {
  return { kind: ends.kind, name: otherName, id: otherId, ...(ends.role ? { role: ends.role } : {}), direction: side === 'from' ? 'to' : 'from' };
}

