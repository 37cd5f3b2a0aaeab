/**
 * FCDO designation (designation.ts, from the XML or the CSV) → Entity (pure). One entity per
 * UniqueID. The UK Sanctions List reference (UniqueID) and the OFSI Group ID are kept as list
 * references and the UN reference number as a `un-reference` identifier: the merge step joins the
 * designation with the OFSI ConList group and the UN entry of the same party on them.
 */
import { countryCode } from '../../model/country.js';
import type { PartialDate } from '../../model/date.js';
import { emptyEntity, type Entity, type Gender } from '../../model/entity.js';
import type { IdentifierType } from '../../model/identifier.js';
import type { Name, NameKind, NameParts } from '../../model/name.js';
import { dayMonthYear } from '../common/calendar-dates.js';
import { addCountry, addIdentifier, addName, addUnique, buildAddress, clean, identifierTypeOf, schemaOfUkType } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import { fcdoDob, type FcdoDesignation, type FcdoDocument, type FcdoName, type FcdoNonLatinName } from './designation.js';

const KIND_ORDER: Record<NameKind, number> = { primary: 0, alias: 1, weak: 2, former: 3, native: 4 };

export function mapFcdoDesignation(d: FcdoDesignation, ctx: ReadContext, file: string): Entity {
  const schema = schemaOfUkType(d.type);
  const entity = emptyEntity(`${ctx.list}:${d.uniqueId}`, schema);
  const warn = (message: string) => ctx.onWarning?.({ file, ...(d.line !== undefined ? { line: d.line } : {}), record: d.uniqueId, message });

  entity.names = designationNames(d, schema === 'Person');
  if (entity.names.length === 0) warn('designation has no name');
  else if (d.names.filter((n) => n.nameType?.toLowerCase() === 'primary name').length > 1) warn('designation has several "Primary Name" names: the first is kept as primary');

  addIdentifier(entity.identifiers, { type: 'other', value: d.uniqueId, label: 'UK Sanctions List Ref' });
  if (d.ofsiGroupId) addIdentifier(entity.identifiers, { type: 'other', value: d.ofsiGroupId, label: 'OFSI Group ID' });
  if (d.unReferenceNumber) addIdentifier(entity.identifiers, { type: 'un-reference', value: d.unReferenceNumber, label: 'UN Reference Number' });
  addUnique(entity.programs, clean(d.regimeName));

  // individuals
  for (const text of d.dobs) {
    const dob = fcdoDob(text);
    if (dob) addDate(entity.birthDates, dob);
    else warn(`date of birth "${text}" is not a date (kept in the raw record only)`);
  }
  for (const p of d.birthPlaces) addUnique(entity.birthPlaces, clean([p.town, p.country].filter(Boolean).join(', ')));
  for (const n of d.nationalities) {
    if (!addCountry(entity.nationalities, n)) warn(`nationality "${n}" is not a country criba knows`);
  }
  for (const p of d.positions) addUnique(entity.positions, clean(p));
  const gender = d.genders.map((g) => g.trim().toLowerCase()).find((g) => g === 'male' || g === 'female');
  if (gender) entity.gender = gender as Gender;
  for (const doc of d.passports) addDocument(entity, doc, 'passport', 'Passport number');
  for (const doc of d.nationalIdentifiers) addDocument(entity, doc, 'national-id', 'National Identifier number');

  // entities
  for (const value of d.businessRegistrationNumbers) addRegistration(entity, value);
  for (const name of d.parentCompanies) addRelation(entity, name, 'parent company', 'from');
  for (const name of d.subsidiaries) addRelation(entity, name, 'subsidiary', 'to');

  // ships
  for (const imo of d.imoNumbers) {
    // "IMO9562233" and "9562233" are one number: the prefix restates the field
    const value = imo.replace(/^imo\s*(?:number|no\.?)?\s*:?\s*/i, '').trim();
    addIdentifier(entity.identifiers, { type: 'imo', value, label: 'IMO number' });
  }
  for (const hin of d.hullIdentificationNumbers) addIdentifier(entity.identifiers, { type: 'other', value: hin, label: 'Hull identification number (HIN)' });
  for (const name of d.currentOwnerOperators) addRelation(entity, name, 'owner/operator', 'from');
  for (const name of d.previousOwnerOperators) addRelation(entity, name, 'previous owner/operator', 'from');
  if (schema === 'Vessel' || d.imoNumbers.length || d.currentFlags.length || d.shipTypes.length) {
    const flag = d.currentFlags[0];
    const vessel = {
      ...(d.shipTypes.length ? { type: d.shipTypes.join('; ') } : {}),
      ...(flag ? { flag: addCountry(entity.countries, flag) ?? flag } : {}),
      ...(d.currentOwnerOperators.length ? { owner: d.currentOwnerOperators.join('; ') } : {}),
      ...(d.tonnages.length ? { tonnage: d.tonnages.join('; ') } : {}),
      ...(d.yearsBuilt.length ? { buildYear: d.yearsBuilt.join('; ') } : {}),
    };
    if (Object.keys(vessel).length) entity.vessel = vessel;
  }

  for (const a of d.addresses) {
    const address = buildAddress({ extra: a.lines, postalCode: a.postalCode, countryName: a.country });
    if (address && !entity.addresses.some((x) => x.full === address.full)) entity.addresses.push(address);
    if (address?.country) addUnique(entity.countries, address.country);
  }

  const properties: Record<string, string[]> = {};
  const put = (key: string, values: readonly (string | undefined)[]) => {
    const list: string[] = [];
    for (const v of values) addUnique(list, clean(v));
    if (list.length) properties[key] = list;
  };
  put('sanctions', d.sanctionsImposed);
  put('phone', d.phoneNumbers);
  put('email', d.emailAddresses);
  put('website', d.websites);
  put('legalForm', d.entityTypes);
  put('pastFlags', d.previousFlags);
  put('length', d.lengths);
  if (Object.keys(properties).length) entity.properties = properties;
  const remarks = clean(d.otherInformation);
  if (remarks) entity.remarks = remarks;

  const listedOn = dayMonthYear(d.dateDesignated);
  entity.sources.push({
    list: ctx.list,
    sourceId: d.uniqueId,
    programs: [...entity.programs],
    ...(listedOn ? { listedOn } : {}),
    raw: d.raw,
  });
  return entity;
}

/** Every name variant with its kind: primary first, then aliases, weak aliases, native-script names. */
function designationNames(d: FcdoDesignation, isPerson: boolean): Name[] {
  const names: Name[] = [];
  let sawPrimary = false;
  const title = clean(d.titles.join('; '));
  for (const n of d.names) {
    const name = latinName(n, isPerson, title);
    if (!name) continue;
    // a second "Primary Name" (the list has a few) is another name of the party, not a second caption
    if (name.kind === 'primary') {
      if (sawPrimary) name.kind = 'alias';
      sawPrimary = true;
    }
    addName(names, name);
  }
  // no "Primary Name" at all: the first alias stands in, as the OFSI mapper does
  if (!names.some((n) => n.kind === 'primary')) {
    const stand = names.find((n) => n.kind === 'alias') ?? names[0];
    if (stand) stand.kind = 'primary';
  }
  for (const n of d.nonLatinNames) {
    const full = clean(n.name);
    if (!full) continue;
    const lang = nonLatinLang(n);
    addName(names, { full, kind: names.length ? 'native' : 'primary', ...(lang ? { lang } : {}) });
  }
  return names
    .map((n, i) => ({ n, i }))
    .sort((a, b) => KIND_ORDER[a.n.kind] - KIND_ORDER[b.n.kind] || a.i - b.i)
    .map((x) => x.n);
}

/** Name1–5 are given and middle names, Name6 the family name (or an entity's, a ship's or a whole alias's name). */
function latinName(n: FcdoName, isPerson: boolean, title: string | undefined): Name | undefined {
  const given = n.parts.slice(0, 5).map((p) => clean(p)).filter((p): p is string => !!p);
  const family = clean(n.parts[5]);
  const full = [...given, family].filter(Boolean).join(' ');
  if (!full) return undefined;
  const name: Name = { full, kind: nameKind(n) };
  // an alias written whole into Name6 ("Abu Karim") is not a family name: only split names get parts
  if (isPerson && given.length) {
    const parts: NameParts = {};
    if (given[0]) parts.given = given[0];
    if (given.length > 1) parts.middle = given.slice(1).join(' ');
    if (family) parts.family = family;
    if (title) parts.title = title;
    name.parts = parts;
  }
  return name;
}

function nameKind(n: FcdoName): NameKind {
  const type = n.nameType?.trim().toLowerCase() ?? '';
  if (type === 'primary name') return 'primary';
  if (n.aliasStrength?.trim().toLowerCase().startsWith('low')) return 'weak';
  // "Primary Name Variation" (a spelling variant) and "Alias" are both names to screen
  return 'alias';
}

/** ISO 639-1 codes of the languages the list names for its non-Latin names. */
const LANGUAGES: Record<string, string> = {
  arabic: 'ar', armenian: 'hy', belarusian: 'be', bosnian: 'bs', bulgarian: 'bg', chinese: 'zh', farsi: 'fa', georgian: 'ka',
  greek: 'el', hebrew: 'he', japanese: 'ja', korean: 'ko', macedonian: 'mk', pashto: 'ps', persian: 'fa', russian: 'ru',
  serbian: 'sr', tajik: 'tg', turkish: 'tr', ukrainian: 'uk', urdu: 'ur',
};
/** ISO 15924 codes of the scripts it names, used when the language is not stated or not known. */
const SCRIPTS: Record<string, string> = {
  arabic: 'Arab', armenian: 'Armn', chinese: 'Hani', cyrillic: 'Cyrl', georgian: 'Geor', greek: 'Grek', han: 'Hani', hangul: 'Hang',
  hebrew: 'Hebr', korean: 'Hang',
};

function nonLatinLang(n: FcdoNonLatinName): string | undefined {
  const language = n.language?.trim().toLowerCase();
  if (language && LANGUAGES[language]) return LANGUAGES[language];
  const script = n.scriptType?.trim().toLowerCase();
  return script ? SCRIPTS[script] : undefined;
}

function addDate(list: PartialDate[], date: PartialDate): void {
  if (!list.some((d) => d.value === date.value)) list.push(date);
}

/** A passport or national identifier; its free-text details become the note (and give the issuing country when they name one first). */
function addDocument(entity: Entity, doc: FcdoDocument, type: 'passport' | 'national-id', label: string): void {
  const value = clean(doc.number)?.replace(/[.;,]$/, '');
  if (!value) return;
  const note = clean(doc.info);
  const country = note ? issuingCountry(note) : undefined;
  let idType: IdentifierType = type;
  if (type === 'national-id' && note) {
    const t = identifierTypeOf(note);
    if (t !== 'other' && t !== 'passport') idType = t;
  }
  addIdentifier(entity.identifiers, { type: idType, value, ...(country ? { country } : {}), label, ...(note ? { note } : {}) });
}

/** "Afghanistan passport number P…, issued on…" / "Issued in Iran" / "Russia" → ISO code. */
function issuingCountry(note: string): string | undefined {
  const head = note.split(/[.;,(]| number| passport| national| issued| id\b/i)[0]?.trim();
  const fromHead = head ? countryCode(head) : undefined;
  if (fromHead) return fromHead;
  const issued = /issued (?:in|by) ([A-Z][\w' -]+?)(?:[.;,(]|$| on )/i.exec(note)?.[1];
  return issued ? countryCode(issued.trim()) : undefined;
}

/** "INN: 7710137066" → a tax id 7710137066 labelled INN; a bare number → a registration number. */
function addRegistration(entity: Entity, text: string): void {
  const value = clean(text);
  if (!value) return;
  const m = /^([A-Za-z][A-Za-z .()/-]{0,40}?)\s*[:#]\s*([A-Za-z0-9][A-Za-z0-9 ./-]*)$/.exec(value);
  if (m) {
    const t = identifierTypeOf(m[1]!);
    addIdentifier(entity.identifiers, { type: t === 'other' || t === 'national-id' ? 'registration' : t, value: m[2]!.trim(), label: m[1]!.trim() });
  } else addIdentifier(entity.identifiers, { type: 'registration', value, label: 'Business registration number' });
}

function addRelation(entity: Entity, text: string, role: string, direction: 'to' | 'from'): void {
  const name = clean(text);
  if (!name || entity.relations.some((r) => r.name === name && r.role === role)) return;
  entity.relations.push({ kind: 'ownership', name, role, direction });
}
