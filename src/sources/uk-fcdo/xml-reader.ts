/**
 * Reader of the FCDO UK Sanctions List XML (`UK-Sanctions-List.xml`): root `<Designations>`, a
 * `<DateGenerated>` (dd/mm/yyyy, the publication date, reported through `onMetadata`), then one
 * `<Designation>` per UniqueID:
 *
 *   LastUpdated, DateDesignated, UniqueID, OFSIGroupID, UNReferenceNumber,
 *   Names/Name (Name1…Name6, NameType, AliasStrength),
 *   NonLatinNames/NonLatinName (NameNonLatinScript, NonLatinScriptType, NonLatinScriptLanguage),
 *   RegimeName, IndividualEntityShip, DesignationSource, SanctionsImposed ("a|b"),
 *   SanctionsImposedIndicators, OtherInformation, UKStatementofReasons,
 *   Addresses/Address (AddressLine1…6, AddressPostalCode, AddressCountry),
 *   PhoneNumbers/PhoneNumber, EmailAddresses/EmailAddress, Websites/Website,
 *   IndividualDetails/Individual (DOBs/DOB, Nationalities/Nationality, Positions/Position,
 *     Genders/Gender, Titles/Title, BirthDetails/Location (TownOfBirth, CountryOfBirth),
 *     PassportDetails/Passport (PassportNumber, PassportAdditionalInformation),
 *     NationalIdentifierDetails/NationalIdentifier (NationalIdentifierNumber, …AdditionalInformation)),
 *   EntityDetails/Entity (TypeOfEntities, BusinessRegistrationNumbers, ParentCompanies, Subsidiaries),
 *   ShipDetails/Ship (IMONumbers/IMONumber, CurrentOwnerOperators, PreviousOwnerOperators,
 *     CurrentBelievedFlagOfShips, PreviousFlags, TypeOfShip, TonnageOfShip, LengthOfShip, YearBuilt,
 *     HullIdentificationNumbers).
 *
 * Built from the published description and open-source readers of the file (designation.ts names
 * them), not from an official sample. Repeated facts are read by their item element wherever it
 * sits under the designation, so a wrapper spelt differently (Passport / PassportDetail,
 * TypeOfShipDetails / TypeOfShips) still reads. Streams one `<Designation>` at a time.
 */
import { CribaError } from '../../errors.js';
import { childEl, childEls, childText, elementToRaw, readXmlRecords, type XmlElement } from '../common/xml-records.js';
import type { SourceMetadata } from '../types.js';
import { emptyDesignation, fcdoReportDate, splitSanctions, type FcdoDesignation, type FcdoDocument } from './designation.js';

export const FCDO_XML_ROOT = 'Designations';

export async function* readFcdoXml(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): AsyncGenerator<FcdoDesignation> {
  const records = readXmlRecords(path, displayName, {
    roots: [FCDO_XML_ROOT],
    isRecord: (name, ancestors) => ancestors.length === 1 && (name === 'Designation' || name === 'DateGenerated'),
  });
  let ordinal = 0;
  for await (const el of records) {
    if (el.name === 'DateGenerated') {
      const publishedAt = fcdoReportDate(el.text);
      if (publishedAt) onMetadata?.({ publishedAt });
      continue;
    }
    ordinal++;
    yield designationOf(el, ordinal, displayName);
  }
}

/** One `<Designation>` element → the designation as the file states it. */
export function designationOf(el: XmlElement, ordinal: number, file: string): FcdoDesignation {
  const uniqueId = childText(el, 'UniqueID');
  if (!uniqueId) throw new CribaError('E_PARSE', `<Designation> number ${ordinal} has no <UniqueID>`, { file, field: 'UniqueID' });
  const d = emptyDesignation(uniqueId, elementToRaw(el));
  const text = (name: string) => childText(el, name);
  const set = <K extends keyof FcdoDesignation>(key: K, value: FcdoDesignation[K] | undefined) => {
    if (value !== undefined) d[key] = value;
  };
  set('lastUpdated', text('LastUpdated'));
  set('dateDesignated', text('DateDesignated'));
  set('ofsiGroupId', text('OFSIGroupID'));
  set('unReferenceNumber', text('UNReferenceNumber'));
  set('regimeName', text('RegimeName'));
  set('type', text('IndividualEntityShip'));
  set('designationSource', text('DesignationSource'));
  set('otherInformation', text('OtherInformation'));
  set('statementOfReasons', text('UKStatementofReasons') ?? text('UKStatementOfReasons'));
  d.sanctionsImposed = splitSanctions(text('SanctionsImposed'));

  for (const n of descendants(el, 'Name').filter((x) => x.children.length > 0)) {
    d.names.push({
      parts: ['Name1', 'Name2', 'Name3', 'Name4', 'Name5', 'Name6'].map((p) => childText(n, p) ?? ''),
      ...optional('nameType', childText(n, 'NameType')),
      ...optional('aliasStrength', childText(n, 'AliasStrength')),
    });
  }
  for (const n of descendants(el, 'NonLatinName')) {
    const name = childText(n, 'NameNonLatinScript');
    if (!name) continue;
    d.nonLatinNames.push({ name, ...optional('scriptType', childText(n, 'NonLatinScriptType')), ...optional('language', childText(n, 'NonLatinScriptLanguage')) });
  }
  for (const a of descendants(el, 'Address')) {
    const lines = ['AddressLine1', 'AddressLine2', 'AddressLine3', 'AddressLine4', 'AddressLine5', 'AddressLine6'].map((l) => childText(a, l)).filter((l): l is string => !!l);
    const postalCode = childText(a, 'AddressPostalCode');
    const country = childText(a, 'AddressCountry');
    if (lines.length || postalCode || country) d.addresses.push({ lines, ...optional('postalCode', postalCode), ...optional('country', country) });
  }
  d.phoneNumbers = leafTexts(el, 'PhoneNumber');
  d.emailAddresses = leafTexts(el, 'EmailAddress');
  d.websites = leafTexts(el, 'Website');
  // titles sit with the individual's details (or, in some readers' view, at the designation level)
  d.titles = leafTexts(el, 'Title');

  const individual = childEl(el, 'IndividualDetails');
  if (individual) {
    d.dobs = leafTexts(individual, 'DOB');
    d.nationalities = leafTexts(individual, 'Nationality');
    d.positions = leafTexts(individual, 'Position');
    d.genders = leafTexts(individual, 'Gender');
    for (const loc of descendants(individual, 'Location')) {
      const town = childText(loc, 'TownOfBirth');
      const country = childText(loc, 'CountryOfBirth');
      if (town || country) d.birthPlaces.push({ ...optional('town', town), ...optional('country', country) });
    }
    d.passports = documents(individual, 'PassportNumber', 'PassportAdditionalInformation');
    d.nationalIdentifiers = documents(individual, 'NationalIdentifierNumber', 'NationalIdentifierAdditionalInformation');
  }
  const entity = childEl(el, 'EntityDetails');
  if (entity) {
    d.entityTypes = leafTexts(entity, 'TypeOfEntity');
    d.businessRegistrationNumbers = leafTexts(entity, 'BusinessRegistrationNumber');
    d.parentCompanies = leafTexts(entity, 'ParentCompany');
    d.subsidiaries = leafTexts(entity, 'Subsidiary');
  }
  const ship = childEl(el, 'ShipDetails');
  if (ship) {
    d.imoNumbers = leafTexts(ship, 'IMONumber');
    d.currentOwnerOperators = leafTexts(ship, 'CurrentOwnerOperator');
    d.previousOwnerOperators = leafTexts(ship, 'PreviousOwnerOperator');
    d.currentFlags = leafTexts(ship, 'CurrentBelievedFlagOfShip');
    d.previousFlags = leafTexts(ship, 'PreviousFlag');
    d.shipTypes = leafTexts(ship, 'TypeOfShip');
    d.tonnages = leafTexts(ship, 'TonnageOfShip');
    d.lengths = leafTexts(ship, 'LengthOfShip');
    d.yearsBuilt = leafTexts(ship, 'YearBuilt');
    d.hullIdentificationNumbers = leafTexts(ship, 'HullIdentificationNumber');
  }
  return d;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

/** Every element with this name below `el`, in document order. */
function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** The texts of every text-only element with this name below `el`, empty ones and repeats dropped. */
function leafTexts(el: XmlElement, name: string): string[] {
  const out: string[] = [];
  for (const e of descendants(el, name)) if (e.children.length === 0 && e.text && !out.includes(e.text)) out.push(e.text);
  return out;
}

/** Documents: any element below `el` holding a `numberTag` child (Passport, PassportDetail…). */
function documents(el: XmlElement, numberTag: string, infoTag: string): FcdoDocument[] {
  const out: FcdoDocument[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      const number = childEls(c, numberTag)[0]?.text;
      if (number) {
        const info = childText(c, infoTag);
        if (!out.some((x) => x.number === number && x.info === info)) out.push({ number, ...(info ? { info } : {}) });
      } else walk(c);
    }
  };
  walk(el);
  return out;
}
