/**
 * Remarks mining for OFAC's legacy files. OFAC packs everything its CSV columns have no room for
 * into one free-text Remarks field: "DOB 08 Feb 1989; POB San Salvador, El Salvador; nationality
 * El Salvador; Gender Male; Passport A04056212 (El Salvador) expires 11 Aug 2020; a.k.a. 'EL
 * HIELERO'; Linked To: MS-13." This module splits it into fragments at "; " and reads each one
 * into typed facts. Pure: text in, facts out. A fragment nobody understood is returned in
 * `unparsed`, so the caller can warn and count — nothing is dropped silently.
 *
 * Order of the pipeline per fragment: strip "alt." and wrapping parentheses → by first word:
 * quoted names (a.k.a./f.k.a./n.k.a., all weak), Linked To, DOB, POB, nationality, citizen, Gender,
 * digital currency → identifiers by label (data/remarks-labels.ts) → vessel / aircraft facts →
 * kept-as-text properties → family relations ("wife of X") → party memberships ("HAMAS - Gaza")
 * → any "<label> <value> (<country>)" → titles and positions → unparsed.
 * The XML mappers call `mineFragment` for their id and feature elements, so all formats agree.
 */
import { countryCode } from '../../model/country.js';
import { parseDate, type PartialDate } from '../../model/date.js';
import type { AircraftFacts, Gender, Relation, VesselFacts } from '../../model/entity.js';
import type { Identifier, IdentifierType } from '../../model/identifier.js';
import type { Name } from '../../model/name.js';
import { IDENTIFIER_LABELS } from './data/remarks-labels.js';

export interface RemarksFacts {
  birthDates: PartialDate[];
  birthPlaces: string[];
  nationalities: string[];
  citizenships: string[];
  gender?: Gender;
  identifiers: Identifier[];
  /** Quoted names (a.k.a. 'X', f.k.a. 'X', n.k.a. 'X'): OFAC's weak aliases, kind `weak`. */
  names: Name[];
  relations: Relation[];
  positions: string[];
  /** Other facts kept as text, keyed by FtM-style property name (website, email, phone…). */
  properties: Record<string, string[]>;
  vessel: VesselFacts;
  aircraft: AircraftFacts;
  /** Fragments that were not understood, as written (without "alt."). */
  unparsed: string[];
}

export function emptyFacts(): RemarksFacts {
  return {
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    identifiers: [],
    names: [],
    relations: [],
    positions: [],
    properties: {},
    vessel: {},
    aircraft: {},
    unparsed: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Splitting

/** Last words after which a final "." belongs to the name, not to the sentence: "S.A.", "LTD.". */
const ABBREVIATION = /^(?:(?:[A-Z]{1,4}\.)+[A-Z]{1,4}|LTD|INC|CO|CORP|JR|SR|BHD|PTE|PVT|LLC|S\.A)$/i;

/** Does the last fragment name a party ("Linked To: CIMEX, S.A") whose last word is an abbreviation? */
function endsWithAbbreviation(text: string): boolean {
  const lastFragment = text.slice(text.lastIndexOf('; ') + 1).trimStart();
  if (!lastFragment.startsWith('Linked To:')) return false;
  const cut = Math.max(text.lastIndexOf(' '), text.lastIndexOf(','));
  return ABBREVIATION.test(text.slice(cut + 1));
}

/**
 * Split Remarks into fragments at "; ". The closing period of the whole field is dropped unless
 * it ends an abbreviation ("Linked To: CIMEX, S.A.").
 */
export function splitRemarks(remarks: string): string[] {
  let text = remarks.trim();
  if (text.endsWith('.') && !text.endsWith('..')) {
    const cut = text.slice(0, -1);
    if (!endsWithAbbreviation(cut)) text = cut;
  }
  const out: string[] = [];
  for (const part of text.split(/;\s*/)) {
    const p = part.trim();
    if (p) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables, compiled once

interface LabelEntry {
  label: string;
  type: IdentifierType;
}

/** Identifier labels grouped by first word, longest first, so lookup is one map hit + few tests. */
const LABELS_BY_FIRST_WORD = (() => {
  const map = new Map<string, LabelEntry[]>();
  for (const line of IDENTIFIER_LABELS.split('\n')) {
    const bar = line.lastIndexOf('|');
    if (bar < 0) continue;
    const label = line.slice(0, bar).trim();
    const type = line.slice(bar + 1).trim() as IdentifierType;
    if (!label) continue;
    const first = label.split(' ')[0]!;
    const list = map.get(first) ?? [];
    list.push({ label, type });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.label.length - a.label.length);
  return map;
})();

/**
 * Fragments kept as text: [first words it may start with (lower case, no colon), prefix, property
 * key]. The prefix is cut off the value unless it is a lookahead (then the whole fragment is kept).
 */
const PROPERTY_PREFIXES: ReadonlyArray<readonly [readonly string[], RegExp, string]> = [
  [['website'], /^Website\s+/i, 'website'],
  [['email'], /^Email Address\s+/i, 'email'],
  [['email', 'e-mail'], /^E-?mail(?::\s*|\s+)/i, 'email'],
  [['http', 'https', 'www'], /^(?=\S+ \(website\)$)/i, 'website'],
  [['phone', 'telephone', 'tel', 'tel.'], /^(?:Phone Number|Telephone:?|Tel\.?:?|Phone:?)\s+/i, 'phone'],
  [['fax'], /^Fax:?\s+/i, 'fax'],
  [['secondary'], /^Secondary sanctions risk:\s*/i, 'secondarySanctionsRisk'],
  [['additional'], /^Additional Sanctions Information -\s*/i, 'additionalSanctionsInformation'],
  [['transactions'], /^Transactions Prohibited For Persons Owned or Controlled By U\.S\. Financial Institutions:\s*/i, 'transactionsProhibited'],
  [['organization'], /^Organization Established Date\s+/i, 'incorporationDate'],
  [['organization'], /^Organization Type:\s*/i, 'organizationType'],
  [['target'], /^Target Type\s+/i, 'targetType'],
  [['executive'], /^(?=Executive Order \d+ )/i, 'directive'],
  [['listing'], /^(?=Listing Date \()/i, 'listingDate'],
  [['effective'], /^(?=Effective Date \()/i, 'effectiveDate'],
  [['caatsa'], /^(?=CAATSA Section)/i, 'caatsa'],
  [['ifca'], /^(?=IFCA Determination)/i, 'ifca'],
  [['equity', 'isin', 'issuer'], /^(?=(?:Equity Ticker|ISIN|Issuer Name)\b)/i, 'securities'],
  [['purchase/sales'], /^(?=Purchase\/Sales For Divestment Date)/i, 'divestmentDate'],
  [['for'], /^For more information(?: on directives)?, please (?:visit|reference) the following link:\s*/i, 'sourceUrl'],
  [['and', 'all'], /^(?=(?:and )?all (?:offices|branches|other locations) worldwide$)/i, 'branches'],
  [['icty', 'arrested', 'in', 'at', 'former'], /^(?=ICTY indictee|arrested \d|in custody|at large|Former (?:President|Prime Minister)\b)/i, 'status'],
  [['chinese'], /^Chinese Commercial Code\s+/i, 'chineseCommercialCode'],
  [['ethnicity'], /^ethnicity\s+/i, 'ethnicity'],
  [['tribe'], /^Tribe:\s*/i, 'tribe'],
  [['other'], /^Other Vessel Call Sign\s+/i, 'otherCallSign'],
  [['also', 'operations'], /^(?=(?:Also )?operations in\b)/i, 'operations'],
  [['nationality'], /^Nationality of Registration\s+/i, 'registrationCountry'],
  [['subject'], /^(?=Subject to Directive)/i, 'directive'],
  [['sanctions'], /^(?=Sanctions Risk:)/i, 'secondarySanctionsRisk'],
];

/** The property patterns by first word, in table order. */
const PROPERTIES_BY_HEAD = (() => {
  const map = new Map<string, (readonly [RegExp, string])[]>();
  for (const [heads, re, key] of PROPERTY_PREFIXES) {
    for (const h of heads) map.set(h, [...(map.get(h) ?? []), [re, key] as const]);
  }
  return map;
})();

/** First words of the vessel and aircraft facts below: other fragments skip those patterns. */
const FACT_HEADS = new Set(['vessel', 'former', 'other', 'aircraft', 'previous']);

/** Words that make an otherwise unlabelled fragment a title or position ("Minister of Defense"). */
const POSITION_WORDS =
  /\b(?:member|president|vice[- ]president|minister|director|chairman|chairperson|chairwoman|governor|deputy|ambassador|commander|head|chief|general|colonel|major|brigadier|lieutenant|captain|admiral|secretary|advis[eo]r|judge|prosecutor|senator|mayor|officer|official|representative|leader|manager|founder|owner|speaker|spokesman|spokesperson|emir|commissioner|assistant|attorney|consul|envoy|executive|ceo|financier|treasurer|professor|chancellor|governor|king|prince|princess|sheikh|mufti|imam|inspector|superintendent|delegate|deputy|agent|coordinator|facilitator|militant|operative|commandant|marshal|sergeant|chair|board|employee|magistrate|rector|constituent|doctor|dr|haji|hajji|maulana|mawlawi|mullah|hojjatoleslam|ayatollah|engineer|scientist|physicist|cleric|pilot|priest|bishop|colonel|warlord|businessman|businesswoman|shaykh|maulawi|ustad|lt|col|ombudsman|figure)\b/i;

/**
 * A bare party acronym, optionally with a district: "HAMAS - Hebron", "PFLP" (how OFAC's NS-PLC
 * list records Palestinian Legislative Council members): membership of that party.
 */
const PARTY_MEMBERSHIP = /^([A-Z][A-Z-]{2,9})(?: - ([A-Z][\w' .-]+))?$/;

/** "wife of X", "son of X": a family relation, the role as OFAC words it. */
const FAMILY = /^((?:half-|step-)?(?:wife|husband|son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|son-in-law|daughter-in-law|brother-in-law|sister-in-law|father-in-law|mother-in-law|spouse)) of\s+(.+)$/i;

// ---------------------------------------------------------------------------------------------
// Fragment readers

const ALT = /^alt\.\s+/i;
const NAME_FRAGMENT = /^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+['‘’"](.*?)(['‘’"])?$/i;
const LINKED_TO = /^Linked To:\s*(.+)$/i;
const DOB = /^DOB\s+(.+)$/i;
const POB = /^POB\s+(.+)$/i;
const NATIONALITY = /^nationality\s+(?!of Registration)(.+)$/i;
const CITIZEN = /^citizen(?:ship)?\s+(.+)$/i;
const GENDER = /^Gender\s+(Male|Female)$/i;
const WALLET = /^Digital Currency Address - ([A-Z0-9]+)\s+(\S+)$/i;
const VESSEL_FACT = /^(Vessel Year of Build|Vessel Type|Other Vessel Type|Vessel Flag|Former Vessel Flag|Vessel Call Sign|Vessel Owner|Vessel Tonnage|Vessel Gross Registered Tonnage|Vessel GRT)\s+(.+)$/i;
const AIRCRAFT_FACT = /^(Aircraft Model|Aircraft Operator|Aircraft Manufacture Date|Aircraft Mode S Transponder Code|Previous Aircraft Operator)\s+(.+)$/i;
/** "<value> (<paren>)… issued <date> expires <date>" after an identifier label. */
const ID_TAIL = /^(.*?)((?:\s*\([^()]*\))*)((?:\s+(?:issued|expires|expired|issue date|expiration date|valid until)\s+.+)?)$/i;
const PARENS = /\(([^()]*)\)/g;
/** Fallback: an unknown label, a value with a digit, and a country in parentheses. */
const GENERIC_ID = /^([A-Z][A-Za-z.'#/&-]*(?:\s+[A-Za-z.'#/&()-]+){0,7}?)\s+((?=[^\s(]*\d)[^\s(]+(?:\s+[^\s(]+)?)\s*\(([^()]+)\)(.*)$/;

function stripPossibly(text: string): string {
  return text.replace(/^possibly\s+/i, '').trim();
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Properties whose values are addresses: a sentence's closing "." is not part of them. */
const ADDRESS_PROPERTIES = new Set(['website', 'email', 'sourceUrl']);

function addProperty(facts: RemarksFacts, key: string, value: string): void {
  const v = ADDRESS_PROPERTIES.has(key) ? value.replace(/\s*\(website\)$/i, '').replace(/\.+$/, '') : value;
  (facts.properties[key] ??= []).push(v);
}

const WORD_END = /[\s:]/;

/** A fragment's first word, lower case, cut at a space or a colon: "Email:x@y" → "email". */
function firstWord(fragment: string): string {
  // search, not exec: no match array per fragment
  const end = fragment.search(WORD_END);
  return (end < 0 ? fragment : fragment.slice(0, end)).toLowerCase();
}

/** Parse the label's remainder into an identifier; undefined if no value is left. */
function identifierFrom(label: string, type: IdentifierType, rest: string): Identifier | undefined {
  const m = ID_TAIL.exec(rest.trim());
  if (!m) return undefined;
  const value = m[1]!.trim();
  if (!value) return undefined;
  const id: Identifier = { type, value, label };
  const notes: string[] = [];
  for (const p of m[2]!.matchAll(PARENS)) {
    const inner = p[1]!.trim();
    const code = id.country === undefined ? countryCode(inner) : undefined;
    if (code) id.country = code;
    else if (inner) notes.push(inner);
  }
  const dates = m[3]!.trim();
  if (dates) notes.push(dates);
  if (notes.length) id.note = notes.join('; ');
  return id;
}

function matchLabel(fragment: string): LabelEntry | undefined {
  const space = fragment.indexOf(' ');
  const first = space < 0 ? fragment : fragment.slice(0, space);
  const candidates = LABELS_BY_FIRST_WORD.get(first);
  if (!candidates) return undefined;
  for (const c of candidates) {
    if (fragment.length > c.label.length && fragment.startsWith(c.label) && fragment[c.label.length] === ' ') return c;
  }
  return undefined;
}

/**
 * Read one fragment ("Passport A04056212 (El Salvador) expires 11 Aug 2020") into `facts`.
 * Returns false when the fragment was not understood. The XML mappers feed their id and feature
 * elements through here too, so every format reads a fact the same way.
 */
export function mineFragment(raw: string, facts: RemarksFacts): boolean {
  let fragment = raw.replace(ALT, '');
  // the XML formats wrap some remarks in parentheses: "(Linked To: HAMAS)"
  if (fragment.startsWith('(') && fragment.endsWith(')') && fragment.indexOf('(', 1) < 0) fragment = fragment.slice(1, -1).trim();
  let m: RegExpExecArray | null;
  // Dispatch on the first word: most fragments are recognised by it, without trying every pattern.
  const head = firstWord(fragment);

  switch (head) {
    case 'a.k.a.':
    case 'f.k.a.':
    case 'n.k.a.':
      if ((m = NAME_FRAGMENT.exec(fragment))) {
        const full = m[2]!.trim();
        if (!full || !m[3]) return false; // unclosed quote: Remarks cut off at OFAC's 1,000 characters
        // Quoted names in Remarks are OFAC's weak aliases, whatever their tag (a.k.a., f.k.a., n.k.a.).
        facts.names.push({ full, kind: 'weak' });
        return true;
      }
      return false;
    case 'linked':
      if ((m = LINKED_TO.exec(fragment))) {
        facts.relations.push({ kind: 'linked', name: m[1]!.trim() });
        return true;
      }
      break;
    case 'dob':
      if ((m = DOB.exec(fragment))) {
        const date = parseDate(m[1]!);
        if (!date) return false;
        facts.birthDates.push(date);
        return true;
      }
      break;
    case 'pob':
      if ((m = POB.exec(fragment))) {
        pushUnique(facts.birthPlaces, m[1]!.trim());
        return true;
      }
      break;
    case 'nationality':
      if ((m = NATIONALITY.exec(fragment))) {
        const code = countryCode(stripPossibly(m[1]!));
        if (!code) return false;
        pushUnique(facts.nationalities, code);
        return true;
      }
      break;
    case 'citizen':
    case 'citizenship':
      if ((m = CITIZEN.exec(fragment))) {
        const code = countryCode(stripPossibly(m[1]!));
        if (!code) return false;
        pushUnique(facts.citizenships, code);
        return true;
      }
      break;
    case 'gender':
      if ((m = GENDER.exec(fragment))) {
        facts.gender = m[1]!.toLowerCase() === 'male' ? 'male' : 'female';
        return true;
      }
      break;
    case 'digital':
      if ((m = WALLET.exec(fragment))) {
        facts.identifiers.push({ type: 'crypto-wallet', value: m[2]!, label: `Digital Currency Address - ${m[1]!.toUpperCase()}` });
        return true;
      }
      break;
  }
  // Identifier labels are one map lookup; no label is a prefix of a fact or property below.
  const label = matchLabel(fragment);
  if (label) {
    const id = identifierFrom(label.label, label.type, fragment.slice(label.label.length));
    if (!id) return false;
    facts.identifiers.push(id);
    if (id.type === 'aircraft-serial') {
      // the manufacturer's serial number (MSN) is the aircraft's serial; a construction number only stands in for it
      if (label.label.includes('(MSN)')) facts.aircraft.serialNumber = id.value;
      else facts.aircraft.serialNumber ??= id.value;
    }
    if (id.type === 'aircraft-tail' && !label.label.startsWith('Previous')) facts.aircraft.tailNumber ??= id.value;
    return true;
  }
  if (FACT_HEADS.has(head)) {
    if ((m = VESSEL_FACT.exec(fragment))) {
      readVesselFact(m[1]!.toLowerCase(), m[2]!.trim(), facts);
      return true;
    }
    if ((m = AIRCRAFT_FACT.exec(fragment))) {
      readAircraftFact(m[1]!.toLowerCase(), m[2]!.trim(), facts);
      return true;
    }
  }
  for (const [re, key] of PROPERTIES_BY_HEAD.get(head) ?? []) {
    const p = re.exec(fragment);
    if (p) {
      const value = fragment.slice(p[0].length).trim();
      if (!value) return false;
      addProperty(facts, key, value);
      return true;
    }
  }
  if ((m = FAMILY.exec(fragment))) {
    facts.relations.push({ kind: 'family', name: m[2]!.trim(), role: m[1]!.toLowerCase() });
    return true;
  }
  if ((m = PARTY_MEMBERSHIP.exec(fragment))) {
    facts.relations.push({ kind: 'membership', name: m[1]!, ...(m[2] ? { role: `member for ${m[2]}` } : {}) });
    return true;
  }
  if ((m = GENERIC_ID.exec(fragment)) && countryCode(m[3]!)) {
    const id = identifierFrom(m[1]!, 'other', fragment.slice(m[1]!.length));
    if (id) {
      facts.identifiers.push(id);
      return true;
    }
  }
  if (POSITION_WORDS.test(fragment) && !/\d{4}/.test(fragment)) {
    pushUnique(facts.positions, fragment);
    return true;
  }
  return false;
}

function readVesselFact(label: string, value: string, facts: RemarksFacts): void {
  const v = facts.vessel;
  switch (label) {
    case 'vessel year of build':
      v.buildYear ??= value;
      break;
    case 'vessel type':
      v.type ??= value;
      break;
    case 'vessel flag':
      v.flag ??= countryCode(value) ?? value;
      break;
    case 'other vessel type':
      addProperty(facts, 'otherVesselType', value);
      break;
    case 'former vessel flag':
      addProperty(facts, 'pastFlags', countryCode(value) ?? value);
      break;
    case 'vessel call sign':
      v.callSign ??= value;
      break;
    case 'vessel owner':
      v.owner ??= value;
      break;
    case 'vessel gross registered tonnage':
    case 'vessel grt':
      v.grossRegisteredTonnage ??= value;
      break;
    default:
      v.tonnage ??= value;
  }
}

function readAircraftFact(label: string, value: string, facts: RemarksFacts): void {
  const a = facts.aircraft;
  switch (label) {
    case 'aircraft model':
      a.model ??= value;
      break;
    case 'aircraft operator':
      a.operator ??= value;
      break;
    case 'aircraft manufacture date':
      a.manufactureDate ??= parseDate(value)?.value ?? value;
      break;
    case 'previous aircraft operator':
      addProperty(facts, 'pastOperators', value);
      break;
    default:
      addProperty(facts, 'modeSTransponderCode', value);
  }
}

/**
 * Mine one Remarks text. `facts` may be passed to accumulate into (e.g. Remarks plus its
 * spill-over); fragments not understood end up in `facts.unparsed`.
 */
export function mineRemarks(remarks: string | undefined, facts: RemarksFacts = emptyFacts()): RemarksFacts {
  if (!remarks) return facts;
  for (const fragment of splitRemarks(remarks)) {
    if (!mineFragment(fragment, facts)) facts.unparsed.push(fragment.replace(ALT, ''));
  }
  return facts;
}
