/**
 * EU FSF sanction entity → Entity (pure), for both the XML and the CSV export. The first strong
 * name alias is the primary name; `strong="false"` aliases are weak; names in a non-Latin script
 * are native. Countries come as ISO codes ("00" means unknown).
 */
import { countryCode } from '../../model/country.js';
import type { PartialDate } from '../../model/date.js';
import { parseDate } from '../../model/date.js';
import { emptyEntity, type Entity } from '../../model/entity.js';
import type { Name, NameParts } from '../../model/name.js';
import { addIdentifier, addName, addUnique, buildAddress, clean, identifierTypeOf } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { FsfBirthdate, FsfNameAlias, FsfSanctionEntity } from './fsf-record.js';

const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hangul}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function mapFsfEntity(r: FsfSanctionEntity, ctx: ReadContext): Entity {
  const isPerson = r.subjectType?.toLowerCase() === 'person' || r.subjectType === 'P';
  const entity = emptyEntity(`${ctx.list}:${r.logicalId}`, isPerson ? 'Person' : 'Organization');

  const primaryIndex = Math.max(0, r.nameAliases.findIndex((n) => n.strong !== 'false' && !NON_LATIN.test(n.wholeName ?? '')));
  const ordered = [r.nameAliases[primaryIndex], ...r.nameAliases.filter((_, i) => i !== primaryIndex)].filter((n): n is FsfNameAlias => !!n);
  ordered.forEach((alias, i) => addName(entity.names, fsfName(alias, i === 0, isPerson)));
  for (const alias of r.nameAliases) {
    const g = alias.gender?.toUpperCase();
    if (isPerson && !entity.gender && (g === 'M' || g === 'F')) entity.gender = g === 'M' ? 'male' : 'female';
    addUnique(entity.positions, clean(alias.function));
  }
  for (const b of r.birthdates) {
    const date = fsfBirthDate(b);
    if (date && !entity.birthDates.some((d) => d.value === date.value && d.to === date.to)) entity.birthDates.push(date);
    addUnique(entity.birthPlaces, clean([b.place, b.city, b.region, b.countryDescription && b.countryIso2Code !== '00' ? b.countryDescription : undefined].filter(Boolean).join(', ')));
  }
  for (const c of r.citizenships) addUnique(entity.nationalities, country(c.countryIso2Code, c.countryDescription));
  for (const id of r.identifications) {
    const value = clean(id.number ?? id.latinNumber);
    if (!value) continue;
    const label = clean([id.identificationTypeDescription, id.identificationTypeCode && `(${id.identificationTypeCode})`].filter(Boolean).join(' '));
    const c = country(id.countryIso2Code, id.countryDescription);
    const note = [id.knownFalse === 'true' ? 'known false' : undefined, id.knownExpired === 'true' ? 'known expired' : undefined, id.issuedBy && `issued by ${id.issuedBy}`, id.issueDate && `issued ${id.issueDate}`, id.remark]
      .filter(Boolean)
      .join('; ');
    addIdentifier(entity.identifiers, {
      type: identifierTypeOf(`${id.identificationTypeCode ?? ''} ${id.identificationTypeDescription ?? ''}`),
      value,
      ...(c ? { country: c } : {}),
      ...(label ? { label } : {}),
      ...(note ? { note } : {}),
    });
  }
  for (const a of r.addresses) {
    const address = buildAddress({
      extra: [a.place ?? '', a.poBox ? `PO Box ${a.poBox}` : ''],
      street: a.street,
      city: a.city,
      region: a.region,
      postalCode: a.zipCode,
      countryName: a.countryIso2Code !== '00' ? a.countryDescription : undefined,
    });
    if (!address) continue;
    const c = country(a.countryIso2Code, a.countryDescription);
    if (c) address.country = c;
    if (!entity.addresses.some((x) => x.full === address.full)) entity.addresses.push(address);
    addUnique(entity.countries, c);
  }
  for (const p of r.programmes) addUnique(entity.programs, p);
  if (r.unitedNationId && /^[A-Z]{2}[ie]\.\d{3}$/.test(r.unitedNationId.trim())) {
    addIdentifier(entity.identifiers, { type: 'un-reference', value: r.unitedNationId.trim(), label: 'unitedNationId' });
  }
  if (r.euReferenceNumber) addIdentifier(entity.identifiers, { type: 'other', value: r.euReferenceNumber, label: 'EU reference number' });
  const remarks = r.remarks.map((x) => clean(x)).filter(Boolean).join(' ');
  if (remarks) entity.remarks = remarks;
  entity.sources.push({
    list: ctx.list,
    sourceId: r.logicalId,
    programs: [...entity.programs],
    ...(r.designationDate ? { listedOn: r.designationDate.slice(0, 10) } : {}),
    raw: r.raw,
  });
  return entity;
}

function fsfName(alias: FsfNameAlias, primary: boolean, isPerson: boolean): Name | undefined {
  const full = clean(alias.wholeName) ?? clean([alias.firstName, alias.middleName, alias.lastName].filter(Boolean).join(' '));
  if (!full) return undefined;
  const kind = primary ? 'primary' : NON_LATIN.test(full) ? 'native' : alias.strong === 'false' ? 'weak' : 'alias';
  const name: Name = { full, kind };
  if (isPerson) {
    const parts: NameParts = {};
    if (alias.firstName) parts.given = alias.firstName;
    if (alias.middleName) parts.middle = alias.middleName;
    if (alias.lastName) parts.family = alias.lastName;
    if (alias.title) parts.title = alias.title;
    if (Object.keys(parts).length) name.parts = parts;
  }
  if (alias.nameLanguage) name.lang = alias.nameLanguage.toLowerCase();
  return name;
}

/** birthdate="1965-12-12", or year (+ monthOfYear, dayOfMonth), or yearRangeFrom..yearRangeTo; circa="true". */
export function fsfBirthDate(b: FsfBirthdate): PartialDate | undefined {
  const circa = b.circa === 'true' ? { circa: true } : {};
  if (b.birthdate) {
    const d = parseDate(b.birthdate.slice(0, 10));
    if (d) return { ...d, ...circa };
  }
  if (b.yearRangeFrom && b.yearRangeTo) return { value: b.yearRangeFrom, to: b.yearRangeTo, ...circa };
  const year = b.year ?? b.yearRangeFrom ?? b.yearRangeTo;
  if (!year) return undefined;
  const pad = (s: string) => s.padStart(2, '0');
  const text = b.monthOfYear ? (b.dayOfMonth ? `${year}-${pad(b.monthOfYear)}-${pad(b.dayOfMonth)}` : `${year}-${pad(b.monthOfYear)}`) : year;
  const d = parseDate(text);
  return d ? { ...d, ...circa } : undefined;
}

function country(iso2: string | undefined, description: string | undefined): string | undefined {
  if (iso2 && /^[A-Za-z]{2}$/.test(iso2) && iso2 !== '00') return countryCode(iso2) ?? iso2.toUpperCase();
  return description ? countryCode(description) : undefined;
}
