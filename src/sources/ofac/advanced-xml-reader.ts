/**
 * Reader for OFAC's Advanced XML (SDN_ADVANCED.XML / CONS_ADVANCED.XML; schema sdn_advanced.xsd,
 * the UN "Sanctions 1.0" layout). The file is normalised like a database: reference values
 * (countries, feature types, ID types…) come first and are referred to by id, then locations and
 * identity documents, then the parties, then relationships and sanctions entries (programs).
 *
 * It is streamed with saxes one top-level record at a time (a <Location>, an <IDRegDocument>, a
 * <DistinctParty>…), never a DOM of the file. Reference values, locations and documents are folded
 * into compact lookup tables (`AdvancedTables`) as they pass; each <DistinctParty> is handed to the
 * caller as soon as it is complete, so the caller can map it and drop its element tree. Programs
 * and relationships only come after all parties: the caller completes its entities from
 * `tables.entries` and `tables.relationshipsFrom` once the generator is done.
 */
import { CribaError } from '../../errors.js';
import { childEl, childEls, childText, readXmlRecords, type XmlElement } from '../common/xml-records.js';
import type { SourceFile } from '../types.js';

/** Reference values by set ("Country", "FeatureType"…) and id. */
export type ReferenceValues = Map<string, Map<string, XmlElement>>;

export interface AdvancedLocation {
  countryId?: string;
  areaCodeId?: string;
  /** Location parts by LocPartTypeID, in file order. */
  parts: { typeId: string; value: string }[];
}

export interface AdvancedSanctionsEntry {
  listId?: string;
  /** Program names (SanctionsMeasure comments of type "Program"). */
  measures: { typeId: string; comment?: string }[];
  /** Entry event dates as ISO dates. */
  dates: string[];
}

export interface AdvancedRelationship {
  from: string;
  to: string;
  typeId?: string;
  former: boolean;
}

export interface AdvancedDocument {
  typeId?: string;
  number?: string;
  issuedByCountryId?: string;
  /** Dates by IDRegDocDateTypeID, as ISO partial dates. */
  dates: { typeId: string; date: string }[];
}

export interface AdvancedTables {
  file: string;
  dateOfIssue?: string;
  refs: ReferenceValues;
  locations: Map<string, AdvancedLocation>;
  /** Identity documents by IdentityID. */
  documents: Map<string, AdvancedDocument[]>;
  /** Profile relationships by From-ProfileID. */
  relationshipsFrom: Map<string, AdvancedRelationship[]>;
  /** Sanctions entries by ProfileID. */
  entries: Map<string, AdvancedSanctionsEntry[]>;
}

const SECTIONS = new Set(['ReferenceValueSets', 'Locations', 'IDRegDocuments', 'DistinctParties', 'ProfileRelationships', 'SanctionsEntries']);

/** `<Year>2020</Year><Month>3</Month><Day>17</Day>` → "2020-03-17" (as far as given). */
export function ymd(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const y = childText(el, 'Year');
  if (!y) return undefined;
  const m = childText(el, 'Month');
  const d = childText(el, 'Day');
  const pad = (s: string) => s.padStart(2, '0');
  return m ? (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`) : y;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function emptyTables(file: string): AdvancedTables {
  return { file, refs: new Map(), locations: new Map(), documents: new Map(), relationshipsFrom: new Map(), entries: new Map() };
}

/** Stream the <DistinctParty> elements, filling `out` with everything else on the way. */
export async function* readAdvancedXml(file: SourceFile, out: AdvancedTables): AsyncGenerator<XmlElement> {
  let parties = 0;
  const records = readXmlRecords(file.path, file.name, {
    roots: ['Sanctions'],
    isRecord: (name, ancestors) => (ancestors.length === 1 && name === 'DateOfIssue') || (ancestors.length === 2 && SECTIONS.has(ancestors[1]!)),
  });
  for await (const el of records) {
    switch (el.name) {
      case 'DateOfIssue':
        out.dateOfIssue = ymd(el);
        break;
      case 'Location':
        out.locations.set(el.attrs.ID ?? '', {
          countryId: childEl(el, 'LocationCountry')?.attrs.CountryID,
          areaCodeId: childEl(el, 'LocationAreaCode')?.attrs.AreaCodeID,
          parts: childEls(el, 'LocationPart').flatMap((p) => {
            const values = childEls(p, 'LocationPartValue');
            const value = childText(values.find((v) => v.attrs.Primary === 'true') ?? values[0] ?? p, 'Value');
            return value ? [{ typeId: p.attrs.LocPartTypeID ?? '', value }] : [];
          }),
        });
        break;
      case 'IDRegDocument':
        push(out.documents, el.attrs.IdentityID ?? '', {
          typeId: el.attrs.IDRegDocTypeID,
          number: childText(el, 'IDRegistrationNo'),
          issuedByCountryId: el.attrs['IssuedBy-CountryID'],
          dates: childEls(el, 'DocumentDate').flatMap((d) => {
            const from = ymd(childEl(childEl(childEl(d, 'DatePeriod') ?? d, 'Start') ?? d, 'From'));
            return from ? [{ typeId: d.attrs.IDRegDocDateTypeID ?? '', date: from }] : [];
          }),
        });
        break;
      case 'DistinctParty':
        parties++;
        yield el;
        break;
      case 'ProfileRelationship': {
        const from = el.attrs['From-ProfileID'] ?? '';
        push(out.relationshipsFrom, from, { from, to: el.attrs['To-ProfileID'] ?? '', typeId: el.attrs.RelationTypeID, former: el.attrs.Former === 'true' });
        break;
      }
      case 'SanctionsEntry':
        push(out.entries, el.attrs.ProfileID ?? '', {
          listId: el.attrs.ListID,
          measures: childEls(el, 'SanctionsMeasure').map((m) => ({ typeId: m.attrs.SanctionsTypeID ?? '', comment: childText(m, 'Comment') })),
          dates: childEls(el, 'EntryEvent').flatMap((e) => {
            const d = ymd(childEl(e, 'Date'));
            return d ? [d] : [];
          }),
        });
        break;
      default: {
        // a reference value set, e.g. <CountryValues><Country ID="11033" ISO2="AO">Angola</Country>…
        for (const value of el.children) {
          const set = out.refs.get(value.name) ?? new Map<string, XmlElement>();
          set.set(value.attrs.ID ?? '', value);
          out.refs.set(value.name, set);
        }
      }
    }
  }
  if (parties === 0) throw new CribaError('E_EMPTY', 'no <DistinctParty> in the file', { file: file.name });
}
