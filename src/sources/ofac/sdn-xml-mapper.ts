/**
 * OFAC `sdnList` XML (SDN.XML, consolidated.xml) <sdnEntry> → Entity (pure).
 *
 * The XML carries in typed elements what the CSV packs into Remarks, but its <idList> still mixes
 * identifiers with other facts ("Gender", "Website", "Secondary sanctions risk:"). Each <id> is
 * rewritten as the Remarks fragment OFAC prints for it ("Passport A04056212 (El Salvador) expires
 * 11 Aug 2020") and read by the same fragment reader as the CSV, so both formats give the same
 * entity.
 */
import { parseDate } from '../../model/date.js';
import { emptyEntity, type Address, type Entity } from '../../model/entity.js';
import { buildAddress } from '../common/mapper-helpers.js';
import { childEl, childEls, childText, elementToRaw, type XmlElement } from '../common/xml-records.js';
import type { ReadContext } from '../types.js';
import { addCountry, addName, addUnique, aliasKind, mergeRemarksFacts, ofacName, schemaOfSdnType } from './entity-builder.js';
import { emptyFacts, mineRemarks } from './remarks.js';
import { documentFragment, mineOrKeep } from './xml-fragments.js';

/** "LAST, First" as the CSV writes it; organisations have only a last name. */
export function sdnXmlName(el: XmlElement): string | undefined {
  const last = childText(el, 'lastName');
  const first = childText(el, 'firstName');
  if (last && first) return `${last}, ${first}`;
  return last ?? first;
}

/** The Remarks fragment OFAC prints for an <id>. */
export function idFragment(id: XmlElement): string | undefined {
  return documentFragment({
    type: childText(id, 'idType'),
    number: childText(id, 'idNumber'),
    country: childText(id, 'idCountry'),
    issued: childText(id, 'issueDate'),
    expires: childText(id, 'expirationDate'),
  });
}

export function mapSdnXmlEntry(entry: XmlElement, ctx: ReadContext, file: string): Entity {
  const uid = childText(entry, 'uid') ?? '';
  const schema = schemaOfSdnType(childText(entry, 'sdnType'));
  const entity = emptyEntity(`${ctx.list}:${uid}`, schema);

  const primary = sdnXmlName(entry);
  if (primary) entity.names.push(ofacName(primary, 'primary', schema));
  for (const aka of childEls(childEl(entry, 'akaList') ?? entry, 'aka')) {
    const full = sdnXmlName(aka);
    if (!full) continue;
    const weak = childText(aka, 'category')?.toLowerCase() === 'weak';
    addName(entity, ofacName(full, weak ? 'weak' : aliasKind(childText(aka, 'type')), schema));
  }

  for (const p of childEls(childEl(entry, 'programList') ?? entry, 'program')) addUnique(entity.programs, p.text || undefined);
  const title = childText(entry, 'title');
  if (title) entity.positions.push(title);

  for (const a of childEls(childEl(entry, 'addressList') ?? entry, 'address')) {
    const address = mapAddress(a);
    if (address) entity.addresses.push(address);
    addCountry(entity.countries, childText(a, 'country'));
  }

  for (const d of childEls(childEl(entry, 'dateOfBirthList') ?? entry, 'dateOfBirthItem')) {
    const text = childText(d, 'dateOfBirth');
    const date = text ? parseDate(text) : undefined;
    if (date) entity.birthDates.push(date);
    else if (text) ctx.onWarning?.({ file, record: uid, message: `date of birth not understood: ${text}` });
  }
  for (const p of childEls(childEl(entry, 'placeOfBirthList') ?? entry, 'placeOfBirthItem')) addUnique(entity.birthPlaces, childText(p, 'placeOfBirth'));
  for (const n of childEls(childEl(entry, 'nationalityList') ?? entry, 'nationality')) addCountry(entity.nationalities, childText(n, 'country'));
  for (const c of childEls(childEl(entry, 'citizenshipList') ?? entry, 'citizenship')) addCountry(entity.citizenships, childText(c, 'country'));

  const vesselInfo = childEl(entry, 'vesselInfo');
  if (vesselInfo) {
    const flag = childText(vesselInfo, 'vesselFlag');
    const vessel = {
      ...(childText(vesselInfo, 'callSign') ? { callSign: childText(vesselInfo, 'callSign') } : {}),
      ...(childText(vesselInfo, 'vesselType') ? { type: childText(vesselInfo, 'vesselType') } : {}),
      ...(flag ? { flag: addCountry(entity.countries, flag) ?? flag } : {}),
      ...(childText(vesselInfo, 'vesselOwner') ? { owner: childText(vesselInfo, 'vesselOwner') } : {}),
      ...(childText(vesselInfo, 'tonnage') ? { tonnage: childText(vesselInfo, 'tonnage') } : {}),
      ...(childText(vesselInfo, 'grossRegisteredTonnage') ? { grossRegisteredTonnage: childText(vesselInfo, 'grossRegisteredTonnage') } : {}),
    };
    if (Object.keys(vessel).length) entity.vessel = vessel;
  }

  const facts = emptyFacts();
  for (const id of childEls(childEl(entry, 'idList') ?? entry, 'id')) mineOrKeep(idFragment(id), facts);
  const remarks = childText(entry, 'remarks');
  if (remarks) {
    entity.remarks = remarks;
    mineRemarks(remarks, facts);
  }
  mergeRemarksFacts(entity, facts, ctx, { file, record: uid });

  entity.sources.push({
    list: ctx.list,
    sourceId: uid,
    ...(entity.programs.length ? { programs: [...entity.programs] } : {}),
    raw: elementToRaw(entry),
  });
  return entity;
}

function mapAddress(a: XmlElement): Address | undefined {
  return buildAddress({
    street: ['address1', 'address2', 'address3'].map((n) => childText(a, n)).filter((x): x is string => !!x).join(', '),
    city: childText(a, 'city'),
    region: childText(a, 'stateOrProvince'),
    postalCode: childText(a, 'postalCode'),
    countryName: childText(a, 'country'),
  });
}
