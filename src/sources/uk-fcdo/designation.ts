/**
 * One designation of the FCDO UK Sanctions List as its full exports describe it, whichever file it
 * came from: the XML (`<Designations><Designation>…`) and the CSV (one row per combination of a
 * designation's repeated facts) are both read into this shape, named after the XML elements, so
 * one mapper (designation-mapper.ts) turns either into the same Entity.
 *
 * Layout source (no official sample is held in this repository): the FCDO's format notes on gov.uk
 * ("UK Sanctions List: change to the list's format", Feb 2022: Name 1–6 with a Name type of Primary
 * name / Primary name variation / Alias, alias strength, passport and national identifier details)
 * and the element and column names that public open-source readers of
 * https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml and .csv use (OpenSanctions'
 * gb_fcdo_sanctions crawler and others). Where those readers disagree (PassportDetails/Passport vs
 * PassportDetails/PassportDetail) both spellings are read.
 */
import { isIsoPartial, type PartialDate } from '../../model/date.js';
import { isoCalendarDate } from '../common/calendar-dates.js';

export interface FcdoName {
  /** Name1 … Name6 (CSV "Name 1" … "Name 6"); Name6 is the family name or an entity's whole name. */
  parts: string[];
  /** "Primary Name", "Primary Name Variation", "Alias". */
  nameType?: string;
  /** "Good quality", "Low quality" (UN designations mostly). */
  aliasStrength?: string;
}

export interface FcdoNonLatinName {
  name: string;
  /** NonLatinScriptType, e.g. "Cyrillic", "Arabic". */
  scriptType?: string;
  /** NonLatinScriptLanguage, e.g. "Russian". */
  language?: string;
}

export interface FcdoAddress {
  /** AddressLine1 … AddressLine6, empty lines dropped. */
  lines: string[];
  postalCode?: string;
  country?: string;
}

export interface FcdoDocument {
  number: string;
  /** PassportAdditionalInformation / NationalIdentifierAdditionalInformation: free text. */
  info?: string;
}

export interface FcdoBirthPlace {
  town?: string;
  country?: string;
}

export interface FcdoDesignation {
  uniqueId: string;
  /** Line of the record (CSV: its first row); undefined where the reader cannot tell (XML). */
  line?: number;
  lastUpdated?: string;
  dateDesignated?: string;
  ofsiGroupId?: string;
  unReferenceNumber?: string;
  regimeName?: string;
  /** IndividualEntityShip / "Designation Type": Individual, Entity or Ship. */
  type?: string;
  designationSource?: string;
  /** SanctionsImposed, split on "|": "Asset freeze", "Travel Ban"… */
  sanctionsImposed: string[];
  otherInformation?: string;
  statementOfReasons?: string;
  names: FcdoName[];
  /** Titles of an individual ("Dr", "General"); they go with each of its names. */
  titles: string[];
  nonLatinNames: FcdoNonLatinName[];
  addresses: FcdoAddress[];
  phoneNumbers: string[];
  emailAddresses: string[];
  websites: string[];
  // individuals
  dobs: string[];
  nationalities: string[];
  positions: string[];
  genders: string[];
  birthPlaces: FcdoBirthPlace[];
  passports: FcdoDocument[];
  nationalIdentifiers: FcdoDocument[];
  // entities
  entityTypes: string[];
  businessRegistrationNumbers: string[];
  parentCompanies: string[];
  subsidiaries: string[];
  // ships
  imoNumbers: string[];
  currentOwnerOperators: string[];
  previousOwnerOperators: string[];
  currentFlags: string[];
  previousFlags: string[];
  shipTypes: string[];
  tonnages: string[];
  lengths: string[];
  yearsBuilt: string[];
  hullIdentificationNumbers: string[];
  /** The source record as the file names it, for SourceRef.raw. */
  raw: Record<string, unknown>;
}

export function emptyDesignation(uniqueId: string, raw: Record<string, unknown>): FcdoDesignation {
  return {
    uniqueId,
    sanctionsImposed: [],
    names: [],
    titles: [],
    nonLatinNames: [],
    addresses: [],
    phoneNumbers: [],
    emailAddresses: [],
    websites: [],
    dobs: [],
    nationalities: [],
    positions: [],
    genders: [],
    birthPlaces: [],
    passports: [],
    nationalIdentifiers: [],
    entityTypes: [],
    businessRegistrationNumbers: [],
    parentCompanies: [],
    subsidiaries: [],
    imoNumbers: [],
    currentOwnerOperators: [],
    previousOwnerOperators: [],
    currentFlags: [],
    previousFlags: [],
    shipTypes: [],
    tonnages: [],
    lengths: [],
    yearsBuilt: [],
    hullIdentificationNumbers: [],
    raw,
  };
}

/** "Asset freeze|Travel Ban" → ["Asset freeze", "Travel Ban"] (line breaks separate too). */
export function splitSanctions(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[|\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * An FCDO date of birth at the precision it states. The list spells an unknown component out
 * rather than omitting it: "dd/mm/1962" is a year, "dd/07/1978" a month, "00/00/1975" a year,
 * "12/03/1970" a day. Anything else ("15/08/19yy", a year with no day or month placeholder that is
 * not four digits, an impossible date) is undefined: the caller reports it.
 */
export function fcdoDob(text: string): PartialDate | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return { value: t };
  const m = /^(\d{1,2}|dd|00)\/(\d{1,2}|mm|00)\/(\d{4})$/i.exec(t);
  if (!m) return undefined;
  const [, d, mo, y] = m;
  const known = (x: string) => /^\d+$/.test(x) && Number(x) !== 0;
  let value: string;
  if (!known(mo!)) {
    // a day without a month says nothing more than the year
    value = y!;
  } else if (!known(d!)) value = `${y}-${mo!.padStart(2, '0')}`;
  else value = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isIsoPartial(value) ? { value } : undefined;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * The publication date an FCDO file states: the XML's `<DateGenerated>` ("07/09/2026") or the
 * CSV's first line ("Report Date: 24-Jun-2026"; "24/06/2026", "24-06-2026" and an ISO date or
 * date-time read too) → ISO date; undefined for any other spelling.
 */
export function fcdoReportDate(text: string | undefined): string | undefined {
  const t = (text ?? '').replace(/^\s*report date\s*:?\s*/i, '').trim();
  let m = /^(\d{1,2})[-/ ]([A-Za-z]{3})[A-Za-z]*[-/ ](\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    const value = month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : undefined;
    return value && isIsoPartial(value) ? value : undefined;
  }
  m = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(t);
  if (m) {
    const value = `${m[3]}-${m[2]}-${m[1]}`;
    return isIsoPartial(value) ? value : undefined;
  }
  const iso = isoCalendarDate(t);
  return iso && isIsoPartial(iso) ? iso : undefined;
}
