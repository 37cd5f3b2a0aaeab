/**
 * Identifiers: passports, national ids, tax ids, registration numbers, IMO/MMSI numbers, call signs,
 * aircraft serials, crypto wallets. An exact identifier match is the strongest evidence screening
 * has, so values are kept as given and compared through `identifierKey`.
 */

export type IdentifierType =
  | 'passport'
  | 'national-id'
  | 'cedula'
  | 'tax-id'
  | 'registration'
  | 'driving-licence'
  | 'ssn'
  | 'imo'
  | 'mmsi'
  | 'call-sign'
  | 'aircraft-serial'
  | 'aircraft-tail'
  | 'swift-bic'
  | 'crypto-wallet'
  | 'un-reference'
  | 'other';

export interface Identifier {
  type: IdentifierType;
  value: string;
  /** ISO 3166-1 alpha-2 of the issuing country. */
  country?: string;
  /** The label as the source writes it: "Passport", "NIT #", "Digital Currency Address - XBT". */
  label?: string;
  /** Issue / expiry and other notes: "expires 11 Aug 2020". */
  note?: string;
}

/**
 * The comparable form of an identifier value: upper case, letters and digits only.
 * "A-0405 6212" and "a04056212" both become "A04056212".
 */
export function identifierKey(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}
