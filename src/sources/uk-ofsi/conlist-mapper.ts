/**
 * One OFSI ConList group (all rows of one Group ID) → Entity (pure). Each row is a name variant
 * ("Primary name", "Primary name variation", "AKA", "FKA"); the other columns repeat or add facts
 * (several DOBs, passports, addresses), which are collected without duplicates.
 */
import { countryCode } from '../../model/country.js';
import type { PartialDate } from '../../model/date.js';
import { emptyEntity, type Entity, type Schema } from '../../model/entity.js';
import type { Name, NameKind, NameParts } from '../../model/name.js';
import { addCountry, addIdentifier, addName, addUnique, buildAddress, clean, identifierTypeOf, schemaOfUkType } from '../common/mapper-helpers.js';
import { dayMonthYear } from '../common/calendar-dates.js';
import type { ReadContext } from '../types.js';
import type { ConListGroup, ConListRow } from './conlist-rows.js';

const KIND_ORDER: Record<NameKind, number> = { primary: 0, alias: 1, weak: 2, former: 3, native: 4 };

export function mapConListGroup(group: ConListGroup, ctx: ReadContext): Entity {
  const first = group.rows[0]!;
  const schema = schemaOfUkType(first['Group Type']);
  const entity = emptyEntity(`${ctx.list}:${group.groupId}`, schema);
  const names: Name[] = [];
  for (const row of group.rows) {
    const name = rowName(row, schema);
    if (name) addName(names, name);
    const native = clean(row['Name Non-Latin Script']);
    if (native) addName(names, { full: native, kind: 'native', ...(row['Non-Latin Script Language'] ? { lang: row['Non-Latin Script Language'] } : {}) });
  }
  // a group without a "Primary name" row (a few have only variations): its first alias stands in
  if (!names.some((n) => n.kind === 'primary')) {
    const stand = names.find((n) => n.kind === 'alias') ?? names.find((n) => n.kind !== 'native');
    if (stand) stand.kind = 'primary';
  }
  // primary first, then the other kinds, keeping the file's order within a kind
  entity.names = names.map((n, i) => ({ n, i })).sort((a, b) => KIND_ORDER[a.n.kind] - KIND_ORDER[b.n.kind] || a.i - b.i).map((x) => x.n);

  for (const row of group.rows) {
    const dob = row.DOB ? conListDob(row.DOB) : undefined;
    if (dob && !entity.birthDates.some((d) => d.value === dob.value)) entity.birthDates.push(dob);
    addUnique(entity.birthPlaces, clean([row['Town of Birth'], row['Country of Birth']].filter(Boolean).join(', ')));
    for (const n of numbered(row.Nationality)) addCountry(entity.nationalities, n);
    for (const p of numbered(row.Position)) addUnique(entity.positions, clean(p));
    addDocuments(entity, row['Passport Number'], row['Passport Details'], 'passport');
    addDocuments(entity, row['National Identification Number'], row['National Identification Details'] ?? row['NI Details'], 'national-id');
    const address = buildAddress({
      extra: ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6'].map((k) => row[k] ?? ''),
      postalCode: row['Post/Zip Code'],
      countryName: row.Country,
    });
    if (address && !entity.addresses.some((a) => a.full === address.full)) entity.addresses.push(address);
    if (address?.country) addUnique(entity.countries, address.country);
    addUnique(entity.programs, row.Regime);
    const info = row['Other Information'];
    if (info) {
      entity.remarks ??= info;
      const un = /\(UN Ref\):\s*([A-Z]{2}[ie]\.\d{3})/.exec(info)?.[1];
      if (un) addIdentifier(entity.identifiers, { type: 'un-reference', value: un, label: 'UN Ref' });
      const ukRef = /\(UK Sanctions List Ref\):\s*([A-Z]{2,4}\d{3,5})/.exec(info)?.[1];
      if (ukRef) addIdentifier(entity.identifiers, { type: 'other', value: ukRef, label: 'UK Sanctions List Ref' });
      const imo = /\(IMO number\):\s*(\d{7})/.exec(info)?.[1];
      if (imo) addIdentifier(entity.identifiers, { type: 'imo', value: imo, label: 'IMO number' });
    }
  }
  addIdentifier(entity.identifiers, { type: 'other', value: group.groupId, label: 'OFSI Group ID' });

  const listedOn = dayMonthYear(first['Listed On']);
  const designated = dayMonthYear(first['UK Sanctions List Date Designated']);
  entity.sources.push({
    list: ctx.list,
    sourceId: group.groupId,
    programs: [...entity.programs],
    ...((listedOn ?? designated) ? { listedOn: (listedOn ?? designated)! } : {}),
    raw: { rows: group.rows },
  });
  return entity;
}


/** Name 1–5 are given and middle names, Name 6 the family name (or an entity's whole name). */
function rowName(row: ConListRow, schema: Schema): Name | undefined {
  const given = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'].map((k) => clean(row[k])).filter((x): x is string => !!x);
  const family = clean(row['Name 6']);
  const full = [...given, family].filter(Boolean).join(' ');
  if (!full) return undefined;
  const name: Name = { full, kind: nameKind(row['Alias Type'], row['Alias Quality']) };
  if (schema === 'Person') {
    const parts: NameParts = {};
    if (given[0]) parts.given = given[0];
    if (given.length > 1) parts.middle = given.slice(1).join(' ');
    if (family) parts.family = family;
    const title = clean(row.Title);
    if (title) parts.title = title;
    name.parts = parts;
  }
  return name;
}

function nameKind(aliasType: string | undefined, quality: string | undefined): NameKind {
  const t = aliasType?.toLowerCase() ?? '';
  if (t === 'primary name') return 'primary';
  if (t === 'fka') return 'former';
  if (quality?.toLowerCase().startsWith('low')) return 'weak';
  return 'alias';
}

/** "dd/mm/yyyy" with 00 for unknown day or month ("00/00/1994", "10/00/1983"), or a bare year. */
export function conListDob(text: string): PartialDate | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return { value: t };
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  if (!m) return undefined;
  const [, d, mo, y] = m;
  if (mo === '00') return { value: y! };
  if (d === '00') return { value: `${y}-${mo}` };
  return { value: `${y}-${mo}-${d}` };
}


/** "(1) A (2) B" → ["A", "B"]; text without numbering → [text]. */
export function numbered(text: string | undefined): string[] {
  if (!text) return [];
  const parts = text.split(/\(\d+\)/).map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts : [text.trim()];
}

/** Numbers and details are numbered alike: "(1) 111222 (2) X00012345" / "(1) Testland number (2) British passport number". */
function addDocuments(entity: Entity, numbers: string | undefined, details: string | undefined, type: 'passport' | 'national-id'): void {
  const values = numbered(numbers);
  const notes = numbered(details);
  values.forEach((value, i) => {
    const note = values.length === notes.length ? notes[i] : details;
    const country = note ? countryOfDetails(note) : undefined;
    addIdentifier(entity.identifiers, {
      type: note && type === 'national-id' ? narrowType(note, type) : type,
      value: value.replace(/[.;,]$/, ''),
      ...(country ? { country } : {}),
      label: type === 'passport' ? 'Passport Number' : 'National Identification Number',
      ...(note ? { note } : {}),
    });
  });
}

function narrowType(note: string, fallback: 'national-id') {
  const t = identifierTypeOf(note);
  return t === 'other' ? fallback : t;
}

/** The issuing country from "Tunisia number. Issued on…", "British passport number", "Issued in Iran". */
function countryOfDetails(note: string): string | undefined {
  const head = note.split(/[.;,(]| number| passport| national| issued| id\b/i)[0]?.trim();
  const fromHead = head ? countryCode(head) : undefined;
  if (fromHead) return fromHead;
  const issued = /issued (?:in|by) ([A-Z][\w' -]+?)(?:[.;,(]|$| on )/i.exec(note)?.[1];
  return issued ? countryCode(issued.trim()) : undefined;
}
