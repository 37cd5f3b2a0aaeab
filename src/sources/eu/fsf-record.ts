/**
 * One EU FSF sanction entity as the source names its parts (the XML export's element and
 * attribute names; the CSV's `NameAlias_WholeName`… columns map onto the same names). The XML and
 * CSV readers both produce it, so one mapper serves both formats.
 */
export interface FsfNameAlias {
  wholeName?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  title?: string;
  function?: string;
  gender?: string;
  nameLanguage?: string;
  /** "false" marks a weak alias (XML only). */
  strong?: string;
}

export interface FsfBirthdate {
  birthdate?: string;
  dayOfMonth?: string;
  monthOfYear?: string;
  year?: string;
  yearRangeFrom?: string;
  yearRangeTo?: string;
  circa?: string;
  city?: string;
  place?: string;
  region?: string;
  countryIso2Code?: string;
  countryDescription?: string;
}

export interface FsfIdentification {
  number?: string;
  latinNumber?: string;
  identificationTypeCode?: string;
  identificationTypeDescription?: string;
  countryIso2Code?: string;
  countryDescription?: string;
  issuedBy?: string;
  issueDate?: string;
  knownFalse?: string;
  knownExpired?: string;
  remark?: string;
}

export interface FsfAddress {
  street?: string;
  city?: string;
  zipCode?: string;
  region?: string;
  place?: string;
  poBox?: string;
  countryIso2Code?: string;
  countryDescription?: string;
}

export interface FsfCitizenship {
  countryIso2Code?: string;
  countryDescription?: string;
}

export interface FsfSanctionEntity {
  logicalId: string;
  euReferenceNumber?: string;
  unitedNationId?: string;
  designationDate?: string;
  /** subjectType code: `person` or `enterprise`. */
  subjectType?: string;
  programmes: string[];
  remarks: string[];
  nameAliases: FsfNameAlias[];
  birthdates: FsfBirthdate[];
  citizenships: FsfCitizenship[];
  identifications: FsfIdentification[];
  addresses: FsfAddress[];
  /** The record as read (element tree as JSON, or the CSV rows). */
  raw: Record<string, unknown>;
  /** Line of the record's first row / element, for errors. */
  line?: number;
}
