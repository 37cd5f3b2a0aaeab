/**
 * Countries as ISO 3166-1 alpha-2 codes. Lists name countries in their own ways ("Korea, North",
 * "Burma", "Congo, Democratic Republic of the", "Iranian"); `countryCode` turns any of these, and
 * alpha-2/alpha-3 codes, into the upper-case alpha-2 code the entity model stores. Reach for it
 * whenever a source field or Remarks fragment names a country. The table is hand-edited in
 * `data/countries.ts`; the lookup maps are built once when the module loads.
 */
import { COUNTRY_TABLE } from './data/countries.js';

interface CountryRow {
  alpha2: string;
  alpha3: string;
  name: string;
  others: string[];
}

/**
 * The comparable form of a country name: accents stripped, lower case, punctuation to spaces, the
 * word "the" dropped ("Bahamas, The", "The Gambia"), spaces squashed.
 */
export function countryKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && w !== 'the')
    .join(' ');
}

function parseTable(table: string): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const line of table.split('\n')) {
    const cols = line.split('|').map((c) => c.trim());
    if (cols.length < 3 || !cols[0]) continue;
    rows.push({ alpha2: cols[0]!, alpha3: cols[1]!, name: cols[2]!, others: cols.slice(3).filter(Boolean) });
  }
  return rows;
}

const ROWS = parseTable(COUNTRY_TABLE);
const BY_KEY = new Map<string, string>();
const NAME_BY_CODE = new Map<string, string>();

for (const row of ROWS) {
  NAME_BY_CODE.set(row.alpha2, row.name);
  for (const n of [row.name, ...row.others]) {
    const key = countryKey(n);
    if (key && !BY_KEY.has(key)) BY_KEY.set(key, row.alpha2);
  }
}
// Codes after names, so a name always wins over a code that happens to spell it.
for (const row of ROWS) {
  for (const code of [row.alpha2, row.alpha3]) {
    const key = code.toLowerCase();
    if (!BY_KEY.has(key)) BY_KEY.set(key, row.alpha2);
  }
}

/**
 * ISO 3166-1 alpha-2 code (upper case) of a country name, demonym or code; undefined when the text
 * names no country criba knows (e.g. "undetermined", "Region: Kafia Kingi").
 * `countryCode("Korea, North")` → "KP"; `countryCode("salvadoran")` → "SV"; `countryCode("SLV")` → "SV".
 */
export function countryCode(name: string): string | undefined {
  if (!name) return undefined;
  // fast path: most names are already a key once lower-cased ("el salvador")
  return BY_KEY.get(name.toLowerCase()) ?? BY_KEY.get(countryKey(name));
}

/** English short name of an alpha-2 (or alpha-3) code: "KP" → "North Korea". */
export function countryName(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (c.length === 2) return NAME_BY_CODE.get(c);
  const alpha2 = c.length === 3 ? BY_KEY.get(c.toLowerCase()) : undefined;
  return alpha2 ? NAME_BY_CODE.get(alpha2) : undefined;
}

/** Every country in the table, for tests and documentation: alpha-2, alpha-3, name, other names. */
export function countryTable(): readonly Readonly<CountryRow>[] {
  return ROWS;
}
