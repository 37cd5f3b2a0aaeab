/**
 * The XML formats' typed facts written back as OFAC's own Remarks text, so one fragment reader
 * (remarks.ts) gives the sdnList XML, the Enhanced XML, the Advanced XML and the CSV the same
 * entity: an identity document becomes "Passport A04056212 (El Salvador) issued 01 Jan 2010
 * expires 11 Aug 2020", an address is built from typed parts (ADDRESS1…, CITY, REGION…).
 */
import { countryCode } from '../../model/country.js';
import type { Address } from '../../model/entity.js';
import { buildAddress } from '../common/mapper-helpers.js';
import { mineFragment, type RemarksFacts } from './remarks.js';

export interface DocumentFacts {
  type?: string;
  number?: string;
  /** Issuing country as OFAC names it. */
  country?: string;
  issued?: string;
  expires?: string;
}

/** The Remarks fragment OFAC prints for an identity document; undefined without type or number. */
export function documentFragment(doc: DocumentFacts): string | undefined {
  if (!doc.type || !doc.number) return undefined;
  let out = `${doc.type} ${doc.number}`;
  if (doc.country) out += ` (${doc.country})`;
  if (doc.issued) out += ` issued ${doc.issued}`;
  if (doc.expires) out += ` expires ${doc.expires}`;
  return out;
}

/** Read a fragment into `facts`; what the reader does not understand is kept for a warning. */
export function mineOrKeep(fragment: string | undefined, facts: RemarksFacts): void {
  if (fragment && !mineFragment(fragment, facts)) facts.unparsed.push(fragment);
}

/**
 * An address from the typed parts of the Enhanced and Advanced XML (part type in upper case →
 * values in file order). `country` is the country as the file gives it (name for the full text,
 * ISO code); an address with no country but a REGION part gets the region's code, as the CSV
 * writes these ("Region: Gaza", "Region: Crimea").
 */
export function addressFromParts(parts: ReadonlyMap<string, string[]>, country: { name?: string; code?: string }): Address | undefined {
  const joined = (...types: string[]) => types.flatMap((t) => parts.get(t) ?? []).join(', ') || undefined;
  const address = buildAddress({
    street: joined('ADDRESS1', 'ADDRESS2', 'ADDRESS3'),
    city: joined('CITY'),
    region: joined('STATE/PROVINCE', 'REGION'),
    postalCode: joined('POSTAL CODE'),
    countryName: country.name,
  });
  if (!address) return undefined;
  delete address.country;
  const regionOnly = parts.get('REGION')?.[0];
  const code = country.name || country.code ? country.code : regionOnly ? countryCode(`Region: ${regionOnly}`) : undefined;
  if (code) address.country = code;
  return address;
}
