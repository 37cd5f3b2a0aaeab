/**
 * OFAC Advanced XML <DistinctParty> → Entity (pure, given the lookup tables the reader collected).
 * Features and identity documents become the Remarks fragments OFAC prints for them and go through
 * the shared fragment reader, as in the other XML formats; birth dates are read from their date
 * periods, countries from the file's own ISO codes.
 */
import { countryCode } from '../../model/country.js';
import type { PartialDate } from '../../model/date.js';
import { emptyEntity, type Address, type Entity, type Schema } from '../../model/entity.js';
import type { Name, NameParts } from '../../model/name.js';
import { childEl, childEls, childText, elementToRaw, type XmlElement } from '../common/xml-records.js';
import type { ReadContext } from '../types.js';
import { ymd, type AdvancedLocation, type AdvancedTables } from './advanced-xml-reader.js';
import { addName, addUnique, aliasKind, mergeRemarksFacts } from './entity-builder.js';
import { emptyFacts, type RemarksFacts } from './remarks.js';
import { addressFromParts, mineOrKeep } from './xml-fragments.js';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A reference value's text ("FeatureType" 8 → "Birthdate"). */
function ref(t: AdvancedTables, set: string, id: string | undefined): XmlElement | undefined {
  return id === undefined ? undefined : t.refs.get(set)?.get(id);
}
const refText = (t: AdvancedTables, set: string, id: string | undefined) => ref(t, set, id)?.text || undefined;

/** ISO code and name of a Country reference (ISO2 attribute; none for "undetermined"). */
function country(t: AdvancedTables, id: string | undefined): { code?: string; name?: string } {
  const c = ref(t, 'Country', id);
  if (!c) return {};
  return { code: c.attrs.ISO2 || countryCode(c.text), name: c.text || undefined };
}

function locationCountry(t: AdvancedTables, loc: AdvancedLocation): { code?: string; name?: string } {
  if (loc.countryId) return country(t, loc.countryId);
  const area = ref(t, 'AreaCode', loc.areaCodeId);
  if (!area) return {};
  return { code: area.text || undefined, name: area.attrs.Description };
}

/** "2020-08-11" → "11 Aug 2020", as OFAC prints dates in Remarks. */
export function ofacDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Trim a full start date to the precision a period implies ("1962-01-01" as a start → "1962"). */
function trimStart(y: number, m: number, d: number): string {
  if (m === 1 && d === 1) return String(y);
  const mm = String(m).padStart(2, '0');
  return d === 1 ? `${y}-${mm}` : `${y}-${mm}-${String(d).padStart(2, '0')}`;
}
function trimEnd(y: number, m: number, d: number): string {
  if (m === 12 && d === 31) return String(y);
  const mm = String(m).padStart(2, '0');
  return d === lastDay(y, m) ? `${y}-${mm}` : `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/**
 * A <DatePeriod> as a partial date: 1962-01-01…1962-12-31 is "1962", 1986-05-01…1986-05-31 is
 * "1986-05", 1960-01-01…1962-12-31 is "1960 to 1962"; Approximate="true" is circa.
 */
export function periodToDate(period: XmlElement): PartialDate | undefined {
  const start = childEl(period, 'Start');
  const end = childEl(period, 'End');
  const from = ymd(childEl(start ?? period, 'From') ?? start);
  const to = ymd(childEl(end ?? period, 'To') ?? childEl(end ?? period, 'From') ?? end) ?? from;
  if (!from || !to) return undefined;
  const circa = start?.attrs.Approximate === 'true' || end?.attrs.Approximate === 'true';
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number) as [number, number?, number?];
  const [ty, tm = 12, td = lastDay(ty!, tm)] = to.split('-').map(Number) as [number, number?, number?];
  let value: string;
  let until: string | undefined;
  if (from === to) value = from;
  else {
    value = trimStart(fy, fm, fd);
    const e = trimEnd(ty!, tm, td);
    const sameYear = fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31;
    const sameMonth = fy === ty && fm === tm && fd === 1 && td === lastDay(ty!, tm);
    if (!sameYear && !sameMonth) until = e;
    else if (sameMonth) value = e;
  }
  return { value, ...(until ? { to: until } : {}), ...(circa ? { circa } : {}) };
}

function schemaOf(t: AdvancedTables, profile: XmlElement): Schema {
  const sub = ref(t, 'PartySubType', profile.attrs.PartySubTypeID);
  const subText = sub?.text.toLowerCase();
  if (subText === 'vessel') return 'Vessel';
  if (subText === 'aircraft') return 'Aircraft';
  const type = refText(t, 'PartyType', sub?.attrs.PartyTypeID)?.toLowerCase();
  return type === 'individual' ? 'Person' : 'Organization';
}

const GIVEN_TYPES = new Set(['first name', 'middle name', 'patronymic', 'matronymic']);
const FAMILY_TYPES = new Set(['last name', 'maiden name']);

function mapNames(t: AdvancedTables, identity: XmlElement, entity: Entity): void {
  const partType = new Map<string, string>();
  for (const m of childEls(childEl(identity, 'NamePartGroups') ?? identity, 'MasterNamePartGroup')) {
    for (const g of childEls(m, 'NamePartGroup')) partType.set(g.attrs.ID ?? '', refText(t, 'NamePartType', g.attrs.NamePartTypeID)?.toLowerCase() ?? '');
  }
  for (const alias of childEls(identity, 'Alias')) {
    const primary = alias.attrs.Primary === 'true';
    const weak = alias.attrs.LowQuality === 'true';
    const kind = primary ? 'primary' : weak ? 'weak' : aliasKind(refText(t, 'AliasType', alias.attrs.AliasTypeID));
    for (const doc of childEls(alias, 'DocumentedName')) {
      const family: string[] = [];
      const given: string[] = [];
      const all: string[] = [];
      let script: string | undefined;
      for (const part of childEls(doc, 'DocumentedNamePart')) {
        const v = childEl(part, 'NamePartValue');
        if (!v?.text) continue;
        script ??= ref(t, 'Script', v.attrs.ScriptID)?.attrs.ScriptCode;
        const type = partType.get(v.attrs.NamePartGroupID ?? '') ?? '';
        if (FAMILY_TYPES.has(type)) family.push(v.text);
        else if (GIVEN_TYPES.has(type)) given.push(v.text);
        all.push(v.text);
      }
      if (!all.length) continue;
      const isPerson = entity.schema === 'Person';
      const full = isPerson && family.length && given.length && family.length + given.length === all.length ? `${family.join(' ')}, ${given.join(' ')}` : all.join(' ');
      const name: Name = { full, kind };
      const latin = !script || script.toLowerCase() === 'latin';
      if (!latin) {
        if (primary) name.kind = 'native';
        name.lang = script!.slice(0, 4);
      }
      if (isPerson && family.length && given.length) name.parts = { family: family.join(' '), given: given.join(' ') } satisfies NameParts;
      if (name.kind === 'primary' && entity.names.some((n) => n.kind === 'primary')) name.kind = 'alias';
      addName(entity, name);
    }
  }
  entity.names.sort((a, b) => Number(b.kind === 'primary') - Number(a.kind === 'primary'));
}

function mapLocation(t: AdvancedTables, loc: AdvancedLocation): Address | undefined {
  const parts = new Map<string, string[]>();
  for (const p of loc.parts) {
    const type = refText(t, 'LocPartType', p.typeId)?.toUpperCase() ?? '';
    parts.set(type, [...(parts.get(type) ?? []), p.value]);
  }
  const c = locationCountry(t, loc);
  return addressFromParts(parts, c.code ? { name: c.name, code: c.code } : {});
}

/** Feature types whose Remarks form is not "<type> <value>". */
const FEATURE_PREFIX: Record<string, string> = { 'place of birth': 'POB' };

function mapFeature(t: AdvancedTables, feature: XmlElement, entity: Entity, facts: RemarksFacts): void {
  const type = refText(t, 'FeatureType', feature.attrs.FeatureTypeID) ?? '';
  const lower = type.toLowerCase();
  for (const version of childEls(feature, 'FeatureVersion')) {
    const period = childEl(version, 'DatePeriod');
    const detail = childEl(version, 'VersionDetail');
    const location = childEl(version, 'VersionLocation');
    if (lower === 'birthdate' && period) {
      const date = periodToDate(period);
      if (date) facts.birthDates.push(date);
      else facts.unparsed.push(`${type} (date period not understood)`);
      continue;
    }
    if (location) {
      const loc = t.locations.get(location.attrs.LocationID ?? '');
      if (!loc) continue;
      if (lower === 'location') {
        const address = mapLocation(t, loc);
        if (address) entity.addresses.push(address);
        addUnique(entity.countries, address?.country);
        continue;
      }
      const c = locationCountry(t, loc);
      if (lower === 'nationality country') addUnique(facts.nationalities, c.code);
      else if (lower === 'citizenship country') addUnique(facts.citizenships, c.code);
      else if (c.name || loc.parts.length) {
        const value = [...loc.parts.map((p) => p.value), c.name].filter(Boolean).join(', ');
        mineOrKeep(`${type} ${value}`, facts);
      }
      continue;
    }
    // a DATE feature has an empty <VersionDetail> beside its <DatePeriod>: the period is the value
    const detailValue = detail ? refText(t, 'DetailReference', detail.attrs.DetailReferenceID) ?? (detail.text || undefined) : undefined;
    const periodValue = period ? periodToDate(period)?.value : undefined;
    const value = detailValue ?? (periodValue ? ofacDate(periodValue) : undefined);
    if (!value) continue;
    mineOrKeep(`${FEATURE_PREFIX[lower] ?? type} ${value}`, facts);
  }
}

/** Map one party; programs and relationships are added by `completeAdvancedEntity`. */
export function mapAdvancedParty(party: XmlElement, t: AdvancedTables, ctx: ReadContext): { entity: Entity; profileIds: string[] } {
  const uid = party.attrs.FixedRef ?? '';
  const profiles = childEls(party, 'Profile');
  const entity = emptyEntity(`${ctx.list}:${uid}`, profiles[0] ? schemaOf(t, profiles[0]) : 'Organization');
  const facts = emptyFacts();
  for (const profile of profiles) {
    const identities = childEls(profile, 'Identity').sort((a, b) => Number(b.attrs.Primary === 'true') - Number(a.attrs.Primary === 'true'));
    for (const identity of identities) {
      mapNames(t, identity, entity);
      for (const doc of t.documents.get(identity.attrs.ID ?? '') ?? []) {
        const type = refText(t, 'IDRegDocType', doc.typeId);
        if (!type || !doc.number) continue;
        let fragment = `${type} ${doc.number}`;
        const issuer = country(t, doc.issuedByCountryId);
        if (issuer.name) fragment += ` (${issuer.name})`;
        for (const d of doc.dates) {
          const kind = refText(t, 'IDRegDocDateType', d.typeId)?.toLowerCase();
          fragment += kind?.startsWith('expir') ? ` expires ${ofacDate(d.date)}` : ` issued ${ofacDate(d.date)}`;
        }
        mineOrKeep(fragment, facts);
      }
    }
    for (const feature of childEls(profile, 'Feature')) mapFeature(t, feature, entity, facts);
  }
  const comment = childText(party, 'Comment');
  if (comment) entity.remarks = comment;
  mergeRemarksFacts(entity, facts, ctx, { file: t.file, record: uid });
  entity.sources.push({ list: ctx.list, sourceId: uid, raw: elementToRaw(party) });
  return { entity, profileIds: profiles.map((p) => p.attrs.ID ?? '') };
}

/** Add programs, listing date and relationships, known only once the whole file is read. */
export function completeAdvancedEntity(entity: Entity, profileIds: string[], t: AdvancedTables, ctx: ReadContext, byProfile: Map<string, Entity>): void {
  const dates: string[] = [];
  for (const pid of profileIds) {
    for (const entry of t.entries.get(pid) ?? []) {
      for (const m of entry.measures) {
        if (m.comment && refText(t, 'SanctionsType', m.typeId)?.toLowerCase() === 'program') addUnique(entity.programs, m.comment);
      }
      dates.push(...entry.dates);
      const listName = refText(t, 'List', entry.listId);
      if (listName) addUnique(((entity.properties ??= {}).sanctionsLists ??= []), listName);
    }
  }
  const source = entity.sources[0]!;
  if (entity.programs.length) source.programs = [...entity.programs];
  const listedOn = dates.sort()[0];
  if (listedOn) source.listedOn = listedOn;
  for (const r of profileIds.flatMap((pid) => t.relationshipsFrom.get(pid) ?? [])) {
    const other = byProfile.get(r.to);
    if (!other) continue;
    entity.relations.push({
      kind: 'linked',
      name: other.names[0]?.full ?? other.id,
      id: other.id,
      ...(refText(t, 'RelationType', r.typeId) ? { role: `${refText(t, 'RelationType', r.typeId)}${r.former ? ' (former)' : ''}` } : {}),
      direction: 'to',
    });
  }
  void ctx;
}
