/**
 * UN consolidated list record → Entity (pure). The UN reference number (e.g. "QDi.001") is the
 * record's source id and is also kept as a `un-reference` identifier, because the EU, UK and others
 * cite it: the merge step joins listings on it.
 */
import { CribaError } from '../../errors.js';
import { parseDate, type PartialDate } from '../../model/date.js';
import { emptyEntity, type Entity, type Gender } from '../../model/entity.js';
import type { Name, NameKind, NameParts } from '../../model/name.js';
import { childEls, childText, childTexts, elementToRaw, type XmlElement } from '../common/xml-records.js';
import { addCountry, addIdentifier, addName, addUnique, buildAddress, clean, identifierTypeOf } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { UnRecord } from './xml-reader.js';
import { countryCode } from '../../model/country.js';

const DOCUMENT_LABEL_PREFIX = /^\s*(?:national identi(?:fication|ty)(?: card)? number|alien registration number|passport(?: number| no\.?)?)\s*:?\s*(?=\S*\d)/i;

export function mapUnRecord(record: UnRecord, ctx: ReadContext, file: string): Entity {
  const el = record.element;
  const reference = childText(el, 'REFERENCE_NUMBER');
  const sourceId = reference ?? childText(el, 'DATAID');
  if (!sourceId) throw new CribaError('E_PARSE', `UN ${record.kind} without REFERENCE_NUMBER or DATAID`, { file, field: 'REFERENCE_NUMBER' });
  const isPerson = record.kind === 'INDIVIDUAL';
  const entity = emptyEntity(`${ctx.list}:${sourceId}`, isPerson ? 'Person' : 'Organization');

  const primary = primaryName(el, isPerson);
  if (!isPerson && primary?.full.includes(' ; ')) {
    // a few entities carry two names in FIRST_NAME: "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)"
    primary.full.split(' ; ').forEach((full, i) => addName(entity.names, { full: full.trim(), kind: i === 0 ? 'primary' : 'alias' }));
  } else addName(entity.names, primary);
  const original = clean(childText(el, 'NAME_ORIGINAL_SCRIPT'));
  if (original) addName(entity.names, { full: original, kind: 'native' });
  for (const alias of childEls(el, isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const full = clean(childText(alias, 'ALIAS_NAME'));
    if (full) addName(entity.names, { full, kind: aliasKind(childText(alias, 'QUALITY')) });
    // an alias may carry its own birth facts
    const dob = childText(alias, 'DATE_OF_BIRTH');
    const parsed = dob ? parseDate(dob) : undefined;
    if (parsed) addDate(entity.birthDates, parsed);
    const pob = [childText(alias, 'CITY_OF_BIRTH'), childText(alias, 'COUNTRY_OF_BIRTH')].filter(Boolean).join(', ');
    addUnique(entity.birthPlaces, clean(pob));
  }

  const program = childText(el, 'UN_LIST_TYPE');
  if (program) entity.programs.push(program);
  if (reference) addIdentifier(entity.identifiers, { type: 'un-reference', value: reference, label: 'UN reference number' });

  const gender = childText(el, 'GENDER')?.toLowerCase();
  if (gender === 'male' || gender === 'female') entity.gender = gender as Gender;
  for (const n of childEls(el, 'NATIONALITY')) for (const v of childTexts(n, 'VALUE')) addCountry(entity.nationalities, v);
  for (const d of childEls(el, 'DESIGNATION')) for (const v of childTexts(d, 'VALUE')) addUnique(entity.positions, clean(v));

  for (const a of childEls(el, isPerson ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    const address = buildAddress({
      street: childText(a, 'STREET'),
      city: childText(a, 'CITY'),
      region: childText(a, 'STATE_PROVINCE'),
      postalCode: childText(a, 'ZIP_CODE'),
      countryName: childText(a, 'COUNTRY'),
    });
    if (address && !entity.addresses.some((x) => x.full === address.full)) entity.addresses.push(address);
    if (address?.country) addUnique(entity.countries, address.country);
  }
  for (const d of childEls(el, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const date = unBirthDate(d);
    if (date) addDate(entity.birthDates, date);
  }
  for (const p of childEls(el, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    addUnique(entity.birthPlaces, clean([childText(p, 'CITY'), childText(p, 'STATE_PROVINCE'), childText(p, 'COUNTRY')].filter(Boolean).join(', ')));
  }
  for (const doc of childEls(el, 'INDIVIDUAL_DOCUMENT')) {
    // some NUMBER cells repeat the document type: "national identification number 55252"
    const value = clean(childText(doc, 'NUMBER')?.replace(DOCUMENT_LABEL_PREFIX, ''));
    if (!value) continue;
    const label = [childText(doc, 'TYPE_OF_DOCUMENT'), childText(doc, 'TYPE_OF_DOCUMENT2')].filter(Boolean).join(' / ');
    const countryName = childText(doc, 'ISSUING_COUNTRY') ?? childText(doc, 'COUNTRY_OF_ISSUE');
    const country = countryName ? countryCode(countryName) : undefined;
    const note = [childText(doc, 'DATE_OF_ISSUE') && `issued ${childText(doc, 'DATE_OF_ISSUE')}`, childText(doc, 'CITY_OF_ISSUE'), childText(doc, 'NOTE')]
      .filter(Boolean)
      .join('; ');
    addIdentifier(entity.identifiers, {
      type: identifierTypeOf(label || 'other'),
      value,
      ...(country ? { country } : {}),
      ...(label ? { label } : {}),
      ...(note ? { note } : {}),
    });
  }
  const remarks = clean(childText(el, 'COMMENTS1'));
  if (remarks) entity.remarks = remarks;

  const listedOn = childText(el, 'LISTED_ON');
  entity.sources.push({
    list: ctx.list,
    sourceId,
    ...(program ? { programs: [program] } : {}),
    ...(listedOn ? { listedOn } : {}),
    raw: elementToRaw(el),
  });
  return entity;
}

function primaryName(el: XmlElement, isPerson: boolean): Name | undefined {
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((f) => clean(childText(el, f)));
  const present = parts.filter((p): p is string => !!p);
  if (present.length === 0) return undefined;
  const full = present.join(' ');
  if (!isPerson) return { full, kind: 'primary' };
  // UN name parts are positional, not tagged: the first is the given name, the last the family
  // (or father's) name, the ones between middle names.
  const nameParts: NameParts = {};
  const title = childEls(el, 'TITLE').flatMap((t) => childTexts(t, 'VALUE'));
  if (present.length === 1) nameParts.given = present[0];
  else {
    nameParts.given = present[0];
    nameParts.family = present.at(-1);
    if (present.length > 2) nameParts.middle = present.slice(1, -1).join(' ');
  }
  if (title.length) nameParts.title = title.join('; ');
  return { full, kind: 'primary', parts: nameParts };
}

function aliasKind(quality: string | undefined): NameKind {
  switch (quality?.trim().toLowerCase()) {
    case 'low':
      return 'weak';
    case 'f.k.a.':
      return 'former';
    default:
      return 'alias';
  }
}

/** UN DOB: EXACT (DATE or YEAR), APPROXIMATELY (circa), BETWEEN (FROM_YEAR..TO_YEAR). */
export function unBirthDate(d: XmlElement): PartialDate | undefined {
  const type = childText(d, 'TYPE_OF_DATE')?.toUpperCase();
  const from = childText(d, 'FROM_YEAR');
  const to = childText(d, 'TO_YEAR');
  if (from && to) return from === to ? { value: from } : { value: from, to, ...(type === 'APPROXIMATELY' ? { circa: true } : {}) };
  const text = childText(d, 'DATE') ?? childText(d, 'YEAR') ?? from ?? to;
  const parsed = text ? parseDate(text.slice(0, 10)) : undefined;
  if (!parsed) return undefined;
  return type === 'APPROXIMATELY' ? { ...parsed, circa: true } : parsed;
}

function addDate(list: PartialDate[], date: PartialDate): void {
  if (!list.some((d) => d.value === date.value && d.to === date.to && !!d.circa === !!date.circa)) list.push(date);
}
