/**
 * Names of a listed party. A party has one primary name and any number of other names; each name
 * keeps the parts the source gives (given, family…), because comparing "LUNA MEZA, Osiris" part by
 * part is more precise than comparing one string.
 */

/**
 * - `primary`: the name the list records the party under.
 * - `alias`: a strong alias ("a.k.a." in OFAC's alt.csv).
 * - `weak`: a low-quality alias (OFAC's "a.k.a. 'EL HIELERO'" in Remarks, UN "Low quality").
 * - `former`: "f.k.a." / formerly known as.
 * - `native`: the primary name in its original script (e.g. Cyrillic, Arabic).
 */
export type NameKind = 'primary' | 'alias' | 'weak' | 'former' | 'native';

/** Name part tags, following FtM's name properties. */
export interface NameParts {
  given?: string;
  middle?: string;
  /** Family name(s). Hispanic double surnames stay together here: "LUNA MEZA". */
  family?: string;
  patronymic?: string;
  matronymic?: string;
  title?: string;
  suffix?: string;
}

export interface Name {
  /** The name as one string, in natural or list order as the source writes it. */
  full: string;
  kind: NameKind;
  parts?: NameParts;
  /** ISO 639 language or ISO 15924 script code when the source says, e.g. `ru`, `ar`, `Cyrl`. */
  lang?: string;
}

/**
 * Split OFAC-style "FAMILY NAMES, Given names" into parts. Names without exactly one comma are
 * returned whole, because organisations ("CIMEX, S.A.") use commas too: callers only use this for
 * individuals.
 */
export function splitListOrderName(full: string): NameParts | undefined {
  const comma = full.indexOf(',');
  if (comma < 0 || full.indexOf(',', comma + 1) >= 0) return undefined;
  const family = full.slice(0, comma).trim();
  const given = full.slice(comma + 1).trim();
  if (!family || !given) return undefined;
  return { family, given };
}
