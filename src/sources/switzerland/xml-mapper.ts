/**
 * SECO target → Entity (pure). A target is an <individual>, <entity> or <object> (vessels,
 * aircraft) with one or more <identity> elements (the main one first); each identity holds
 * <name>s made of typed <name-part>s, nationalities, dates of birth (day-month-year),
 * places of birth and identification documents.
 */
import { CribaError } from '../../errors.js';
import { countryCode } from '../../model/country.js';
import type { PartialDate } from '../../model/date.js';
import { emptyEntity, type Entity, type Schema } from '../../model/entity.js';
import type { Name, NameKind, NameParts } from '../../model/name.js';
import { addCountry, addIdentifier, addName, addUnique, clean, identifierTypeOf } from '../common/mapper-helpers.js';
import { childEl, childEls, childText, elementToRaw, type XmlElement } from '../common/xml-records.js';
import type { ReadContext } from '../types.js';
import type { SecoTarget } from './xml-reader.js';

const PART_TAGS: Record<string, keyof NameParts> = {
  'given-name': 'given',
  'further-given-name': 'middle',
  'family-name': 'family',
  'maiden-name': 'family',
  'father-name': 'patronymic',
  'grand-father-name': 'patronymic',
  'mother-name': 'matronymic',
  title: 'title',
  suffix: 'suffix',
};

export function mapSecoTarget(target: SecoTarget, ctx: ReadContext, file: string): Entity | undefined {
  const el = target.element;
  const ssid = el.attrs.ssid;
  if (!ssid) throw new CribaError('E_PARSE', 'target without ssid', { file, field: 'ssid' });
  const modifications = childEls(el, 'modification');
  if (modifications.at(-1)?.attrs['modification-type'] === 'de-listed') return undefined;
  const subject = childEl(el, 'individual') ?? childEl(el, 'entity') ?? childEl(el, 'object');
  if (!subject) throw new CribaError('E_PARSE', `target ${ssid} has no individual, entity or object`, { file });
  const entity = emptyEntity(`${ctx.list}:${ssid}`, schemaOf(subject));
  const sex = subject.attrs.sex;
  if (sex === 'male' || sex === 'female') entity.gender = sex;

  const identities = childEls(subject, 'identity').sort((a, b) => Number(b.attrs.main === 'true') - Number(a.attrs.main === 'true'));
  for (const identity of identities) {
    const main = identity.attrs.main === 'true';
    for (const n of childEls(identity, 'name')) {
      const name = secoName(n, main, entity.schema === 'Person');
      if (name) addName(entity.names, name);
    }
    for (const nat of childEls(identity, 'nationality')) addCountry(entity.nationalities, countryOf(childEl(nat, 'country')));
    for (const d of childEls(identity, 'day-month-year')) {
      const date = secoDate(d);
      if (date && !entity.birthDates.some((x) => x.value === date.value)) entity.birthDates.push(date);
    }
    for (const p of childEls(identity, 'place-of-birth')) {
      const c = childEl(p, 'country');
      addUnique(entity.birthPlaces, clean([childText(p, 'location'), childText(p, 'area'), c?.text].filter(Boolean).join(', ')));
    }
    for (const doc of childEls(identity, 'identification-document')) {
      const value = clean(childText(doc, 'number'));
      if (!value) continue;
      const label = doc.attrs['document-type'] ?? 'identification document';
      const country = countryOf(childEl(doc, 'issuer')) ?? countryOf(childEl(doc, 'country'));
      addIdentifier(entity.identifiers, { type: identifierTypeOf(label), value, ...(country ? { country } : {}), label });
    }
    for (const a of childEls(identity, 'address')) {
      const c = childEl(a, 'country');
      const full = clean([childText(a, 'address-details'), childText(a, 'zip-code'), childText(a, 'location'), childText(a, 'area'), c?.text].filter(Boolean).join(', '));
      if (!full) continue;
      const code = countryOf(c);
      if (!entity.addresses.some((x) => x.full === full)) entity.addresses.push({ full, ...(code ? { country: code } : {}) });
      addUnique(entity.countries, code);
    }
  }
  for (const p of target.programs) addUnique(entity.programs, p);
  const listed = modifications.find((m) => m.attrs['modification-type'] === 'listed');
  const listedOn = listed?.attrs['enactment-date'] ?? listed?.attrs['effective-date'] ?? listed?.attrs['publication-date'];
  const justification = childEls(subject, 'justification').map((j) => j.text).filter(Boolean).join(' ');
  if (justification) entity.remarks = justification;
  entity.sources.push({
    list: ctx.list,
    sourceId: ssid,
    programs: [...target.programs],
    ...(listedOn ? { listedOn } : {}),
    raw: elementToRaw(el),
  });
  return entity;
}

function schemaOf(subject: XmlElement): Schema {
  if (subject.name === 'individual') return 'Person';
  if (subject.name === 'entity') return 'Organization';
  const type = subject.attrs['object-type']?.toLowerCase();
  return type === 'vessel' ? 'Vessel' : type === 'aircraft' ? 'Aircraft' : 'LegalEntity';
}

function secoName(n: XmlElement, mainIdentity: boolean, isPerson: boolean): Name | undefined {
  const parts = childEls(n, 'name-part').sort((a, b) => Number(a.attrs.order ?? 0) - Number(b.attrs.order ?? 0));
  const values = parts.map((p) => ({ type: p.attrs['name-part-type'] ?? 'whole-name', value: clean(childText(p, 'value')) })).filter((p) => p.value);
  if (values.length === 0) return undefined;
  const full = values.map((v) => v.value).join(' ');
  const type = n.attrs['name-type'];
  let kind: NameKind = type === 'primary-name' && mainIdentity ? 'primary' : type === 'formerly-known-as' ? 'former' : 'alias';
  if (kind === 'alias' && n.attrs.quality === 'low') kind = 'weak';
  if (type === 'original-script-name' || (n.attrs.script && n.attrs.script !== 'Latn')) kind = 'native';
  const name: Name = { full, kind };
  if (isPerson) {
    const np: NameParts = {};
    for (const v of values) {
      const tag = PART_TAGS[v.type];
      if (tag) np[tag] = np[tag] ? `${np[tag]} ${v.value}` : v.value;
    }
    if (Object.keys(np).length) name.parts = np;
  }
  if (n.attrs.lang) name.lang = n.attrs.lang;
  return name;
}

function secoDate(d: XmlElement): PartialDate | undefined {
  const { year, month, day } = d.attrs;
  if (!year) return undefined;
  const pad = (s: string) => s.padStart(2, '0');
  const value = month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : year;
  return d.attrs.quality === 'approximately' ? { value, circa: true } : { value };
}

function countryOf(c: XmlElement | undefined): string | undefined {
  if (!c) return undefined;
  const iso = c.attrs['iso-code'];
  return (iso && countryCode(iso)) ?? (c.text ? countryCode(c.text) : undefined);
}
