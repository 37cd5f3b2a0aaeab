/**
 * Small steps every list mapper repeats: add a value once, add a name once, turn a country name
 * into its ISO code, label an identifier type from the words a list uses for it.
 */
import { countryCode } from '../../model/country.js';
import type { Address, Schema } from '../../model/entity.js';
import type { Identifier, IdentifierType } from '../../model/identifier.js';
import type { Name } from '../../model/name.js';

export function addUnique<T>(list: T[], value: T | undefined): void {
  if (value !== undefined && value !== '' && !list.includes(value)) list.push(value);
}

/** Add a name unless the same text is already there (a primary name wins over a later alias). */
export function addName(names: Name[], name: Name | undefined): void {
  if (!name || !name.full.trim()) return;
  if (!names.some((n) => n.full === name.full)) names.push(name);
}

/** A country name or code → ISO code added to `list`; returns the code or undefined. */
export function addCountry(list: string[], name: string | undefined): string | undefined {
  if (!name) return undefined;
  const code = countryCode(name);
  addUnique(list, code);
  return code;
}

/** Add an identifier unless the same type + value (+ country) is already there. */
export function addIdentifier(list: Identifier[], id: Identifier): void {
  if (!id.value.trim()) return;
  if (!list.some((x) => x.type === id.type && x.value === id.value && x.country === id.country)) list.push(id);
}

/** Identifier type from how lists label documents: "National passport", "Passport No", "NIN"… */
export function identifierTypeOf(label: string): IdentifierType {
  const l = label.toLowerCase();
  if (/passport|pasaporte|passeport|reisepass/.test(l)) return 'passport';
  if (/\bimo\b/.test(l)) return 'imo';
  if (/\bmmsi\b/.test(l)) return 'mmsi';
  if (/c[ée]dula/.test(l)) return 'cedula';
  if (/\b(tax|vat|inn|tin|nit|fiscal|ruc)\b/.test(l)) return 'tax-id';
  if (/social security|\bssn\b/.test(l)) return 'ssn';
  if (/driv/.test(l)) return 'driving-licence';
  if (/swift|\bbic\b/.test(l)) return 'swift-bic';
  if (/registration|\bregistry|\bogrn\b|company number|business number/.test(l)) return 'registration';
  if (/national|identity|identification|\bid\b|\bnin\b|\bnic\b|personal number|pin\b/.test(l)) return 'national-id';
  return 'other';
}

/** An address from parts; `full` joins the non-empty parts with ", ". Undefined when all are empty. */
export function buildAddress(parts: { street?: string; city?: string; region?: string; postalCode?: string; countryName?: string; extra?: string[] }): Address | undefined {
  const full = [...(parts.extra ?? []), parts.street, parts.city, parts.region, parts.postalCode, parts.countryName]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p)
    .join(', ');
  if (!full) return undefined;
  const address: Address = { full };
  if (parts.street?.trim()) address.street = parts.street.trim();
  if (parts.city?.trim()) address.city = parts.city.trim();
  if (parts.region?.trim()) address.region = parts.region.trim();
  if (parts.postalCode?.trim()) address.postalCode = parts.postalCode.trim();
  const country = parts.countryName ? countryCode(parts.countryName) : undefined;
  if (country) address.country = country;
  return address;
}

/** Collapse runs of whitespace and trim; undefined for empty text. */
export function clean(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** A UK list's party type ("Individual", "Entity", "Ship"; OFSI Group Type, FCDO Type) → schema. */
export function schemaOfUkType(type: string | undefined): Schema {
  switch (type?.toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'ship':
      return 'Vessel';
    default:
      return 'Organization';
  }
}
