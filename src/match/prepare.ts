/**
 * Preparation: everything about a name that does not depend on the other side is computed once —
 * on the list side when the index is built, on the query side once per query. Comparison then only
 * reads these arrays.
 */
import { doubleMetaphone } from 'double-metaphone';
import { identifierKey, type Entity, type NameParts, type Schema } from '../model/index.js';
import {
  analyzeName,
  koreanReadingOfHanja,
  consonantKey,
  nicknameGroups,
  spellingGroups,
  spellingKey,
  squeeze,
  type NameKindHint,
  type NameRole,
  type NameToken,
  type TokenKind,
} from '../normalize/index.js';
import { letterMask } from './letter-mask.js';
import { PHONETIC_MIN_LENGTH } from './part-similarity.js';
import type { PartRepeats, PreparedEntity, PreparedName, PreparedPart, PreparedQuery, ScreenQuery } from './types.js';

/**
 * How much a part of each kind counts, relative to a distinctive word of the same length.
 * Particles, titles and stopwords carry almost no identity; generic organisation words
 * ("Industries", "Bank") and legal forms some; numbers a fixed, high amount because "Victory 3" is
 * not "Victory"; initials a little, because they are short on information.
 */
export const KIND_FACTOR: Record<TokenKind, number> = {
  word: 1,
  particle: 0.3,
  honorific: 0.1,
  stopword: 0.1,
  generic: 0.5,
  'legal-form': 0.4,
  number: 1,
  initial: 1,
};
const NUMBER_WEIGHT = 4;
const NO_GROUPS: readonly string[] = Object.freeze([]);
/** Arabic or Hebrew names spelt in Latin letters are about half again as long as their consonants. */
const VOWELLESS_LENGTH_FACTOR = 1.5;
const INITIAL_WEIGHT = 1.5;
/** Family names identify more than given names (many people share a first name). */
const FAMILY_FACTOR = 1.25;
/** Bracketed words ("Deutsche Bank (Schweiz) AG") are qualifiers more than name. */
const BRACKET_FACTOR = 0.3;

/** Weight of a distinctive word of this length: longer words carry more information. */
export function lengthWeight(length: number): number {
  return Math.min(12, Math.max(2, length));
}

export function nameKindOf(schema: Schema | undefined): NameKindHint {
  if (!schema || schema === 'LegalEntity') return 'unknown';
  if (schema === 'Person') return 'person';
  if (schema === 'Vessel' || schema === 'Aircraft') return 'vessel';
  return 'organization';
}

/**
 * What preparation computed before, kept by the caller (an index keeps one for its lifetime): list
 * names repeat the same words thousands of times ("Mohammed", "Company"). The features of a word
 * depend only on its text and kind, so they are computed once per distinct word, and equal parts
 * become one shared object. Entries are never stale (pure functions of their key); past
 * `maxWords` the cache starts afresh, so query traffic cannot grow it without bound. (Whole names
 * are not cached: on all lists, names repeated across lists did not pay for the lookups, and a
 * million distinct names would fill memory.)
 */
export class PrepareCache {
  readonly #words = new Map<TokenKind, Map<string, WordFeatures>>();
  #size = 0;
  readonly #maxWords: number;

  constructor(maxWords = 200_000) {
    this.#maxWords = maxWords;
  }

  word(text: string, kind: TokenKind): WordFeatures {
    let byText = this.#words.get(kind);
    if (!byText) this.#words.set(kind, (byText = new Map()));
    let found = byText.get(text);
    if (!found) {
      if (++this.#size > this.#maxWords) {
        this.#words.clear();
        this.#size = 1;
        this.#words.set(kind, (byText = new Map()));
      }
      byText.set(text, (found = wordFeatures(text, kind)));
    }
    return found;
  }
}

/** The features of a part that follow from its text and kind alone. */
interface WordFeatures {
  spelling: string;
  squeezed: string;
  mask: number;
  anagram: string;
  consonants: string;
  /** Whether a Latin word starts with a vowel (vowelless words carry their own). */
  latinVowelOnset: boolean;
  metaphone: string;
  metaphoneAlt: string;
  groups: readonly string[];
  /** The prepared parts made of this word so far, by `variantOf` (PrepareCache only). */
  parts?: Map<number, PreparedPart>;
}

const ROLE_NUMBER: Record<NameRole, number> = { unknown: 0, given: 1, family: 2, patronymic: 3 };

/** Everything besides text and kind a prepared part depends on, as one small number. */
function variantOf(t: NameToken, family: boolean): number {
  return ROLE_NUMBER[t.role] * 32 + (family ? 16 : 0) + (t.vowelless ? 8 : 0) + (t.vowelless && t.vowelOnset ? 4 : 0) + (t.transliterated ? 2 : 0) + (t.bracketed ? 1 : 0);
}

function wordFeatures(text: string, kind: TokenKind): WordFeatures {
  const groups = kind === 'word' ? groupKeys(text) : NO_GROUPS;
  // only words long enough for a phonetic match need a code (part-similarity.ts)
  const [metaphone, metaphoneAlt] = (kind === 'word' || kind === 'generic') && text.length >= PHONETIC_MIN_LENGTH ? doubleMetaphone(text) : ['', ''];
  return {
    spelling: spellingKey(text),
    squeezed: squeeze(text),
    mask: letterMask(text),
    anagram: text.length >= 5 ? sortedCodeUnits(text) : text,
    consonants: kind === 'word' ? consonantKey(text) : '',
    latinVowelOnset: /^[aeiou]/.test(text),
    metaphone,
    metaphoneAlt,
    groups,
  };
}

/** The keys of the spelling-variant ("e:") and nickname ("n:") groups of a word; most words have none. */
function groupKeys(text: string): readonly string[] {
  const spellings = spellingGroups(text);
  const nicknames = nicknameGroups(text);
  if (spellings.length === 0 && nicknames.length === 0) return NO_GROUPS;
  const keys: string[] = [];
  for (let i = 0; i < spellings.length; i++) keys.push(`e:${spellings[i]!}`);
  for (let i = 0; i < nicknames.length; i++) keys.push(`n:${nicknames[i]!}`);
  return keys;
}

/**
 * The UTF-16 code units of `text` in ascending order: `text.split('').sort().join('')` without an
 * array of one-letter strings (an insertion sort of char codes; words are short). Four times as
 * fast, and it was the costliest line of the word features.
 */
function sortedCodeUnits(text: string): string {
  const n = text.length;
  if (n > 64) return text.split('').sort().join('');
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let j = i;
    while (j > 0 && codes[j - 1]! > c) {
      codes[j] = codes[j - 1]!;
      j--;
    }
    codes[j] = c;
  }
  return String.fromCharCode(...codes);
}

/** Prepare one name for comparison. */
export function prepareName(full: string, index: number, kind: NameKindHint, parts?: NameParts, cache?: PrepareCache): PreparedName {
  const tokens = analyzeName(full, parts ? { kind, parts } : { kind });
  return fromTokens(tokens, index, kind, cache);
}

function fromTokens(tokens: readonly NameToken[], index: number, kind: NameKindHint, cache: PrepareCache | undefined): PreparedName {
  const hasRoles = tokens.some((t) => t.role !== 'unknown');
  let presumedFamily = -1;
  if (!hasRoles && kind !== 'organization' && kind !== 'vessel') {
    let words = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind === 'word') {
        words++;
        presumedFamily = i;
      }
    }
    if (words < 2) presumedFamily = -1;
  }
  const parts: PreparedPart[] = tokens.map((t, i) => preparePart(t, t.role === 'family' || i === presumedFamily, cache));
  return { index, tokens: parts.map((p) => p.text), parts, nameKind: kind, weak: false, repeats: partRepeats(parts) };
}

function partRepeats(parts: readonly PreparedPart[]): PartRepeats | undefined {
  let first: Int32Array | undefined;
  let next: Int32Array | undefined;
  for (let i = 1; i < parts.length; i++) {
    // the latest earlier part with this text: parts before it are linked to it already
    for (let j = i - 1; j >= 0; j--) {
      if (parts[i]!.text !== parts[j]!.text) continue;
      if (!first || !next) {
        first = Int32Array.from(parts, (_, k) => k);
        next = new Int32Array(parts.length).fill(-1);
      }
      first[i] = first[j]!;
      next[j] = i;
      break;
    }
  }
  return first && next ? { first, next } : undefined;
}

/**
 * The exact-lookup keys and glued forms of a name, as the retrieval contract (types.ts) states
 * them: keys prefixed by kind (`s:` spelling, `q:` squeezed, `c:` consonants, `g:` name groups,
 * `a:` acronyms, `l:` legal-form families), and concatenations of 2 and 3 adjacent tokens ("van der
 * bilt" → "vanderbilt"). The index derives its own structures from the parts; this spells the
 * contract out for its tests.
 */
export function retrievalKeys(name: PreparedName): { keys: string[]; glued: string[] } {
  const parts = name.parts;
  const keys = new Set<string>();
  for (const p of parts) {
    if (p.kind === 'honorific' || p.kind === 'stopword' || p.kind === 'initial' || p.kind === 'particle') continue;
    keys.add(`s:${p.spelling}`);
    // every part, so that "ee" (squeezed "e") and "e" share one
    keys.add(`q:${p.squeezed}`);
    if (p.consonants) keys.add(`c:${p.consonants}`);
    for (const g of p.groups) keys.add(`g:${g}`);
    if (p.legalForm) keys.add(`l:${p.legalForm.family}`);
    if (p.kind === 'word' && p.text.length >= 2 && p.text.length <= 6) keys.add(`a:${p.text}`);
  }
  for (const acronym of acronymKeys(parts)) keys.add(`a:${acronym}`);
  const glued: string[] = [];
  const gluable = parts.filter((p) => p.kind !== 'honorific' && p.kind !== 'stopword');
  for (let i = 0; i < gluable.length; i++) {
    if (i + 1 < gluable.length) glued.push(gluable[i]!.text + gluable[i + 1]!.text);
    if (i + 2 < gluable.length) glued.push(gluable[i]!.text + gluable[i + 1]!.text + gluable[i + 2]!.text);
  }
  // joins compared by consonants ("bd llh" = "Abdullah", name-score.ts findGlued) need their keys too
  for (const g of glued) {
    const consonants = consonantKey(g);
    if (consonants.length >= 3) keys.add(`c:${consonants}`);
  }
  return { keys: [...keys], glued };
}

/**
 * The acronyms a word of the other name can stand for (name-score.ts, findAcronym): the initials of
 * every run of 2–6 consecutive distinctive or generic words, stopwords and particles skipped.
 */
function acronymKeys(parts: readonly PreparedPart[]): string[] {
  const out: string[] = [];
  let letters = '';
  const flush = () => {
    for (let i = 0; i < letters.length; i++) for (let k = 2; k <= 6 && i + k <= letters.length; k++) out.push(letters.slice(i, i + k));
    letters = '';
  };
  for (const p of parts) {
    if (p.kind === 'stopword' || p.kind === 'particle') continue;
    if (p.kind === 'word' || p.kind === 'generic') letters += p.text[0];
    else flush();
  }
  flush();
  return out;
}

function preparePart(t: NameToken, family: boolean, cache: PrepareCache | undefined): PreparedPart {
  const f = cache ? cache.word(t.text, t.kind) : wordFeatures(t.text, t.kind);
  if (!cache) return makePart(t, family, f);
  // with a cache, equal parts are one object: names of a large list repeat the same parts over and
  // over, and sharing them divides the memory of prepared names several times
  const variant = variantOf(t, family);
  f.parts ??= new Map();
  const found = f.parts.get(variant);
  if (found && found.legalForm === t.legalForm) return found;
  const part = makePart(t, family, f);
  if (!found) f.parts.set(variant, part);
  return part;
}

function makePart(t: NameToken, family: boolean, f: WordFeatures): PreparedPart {
  // a word written without vowels is longer than its transliteration: weigh it as the full word
  const length = t.vowelless ? Math.round(t.text.length * VOWELLESS_LENGTH_FACTOR) : t.text.length;
  let weight = t.kind === 'number' ? NUMBER_WEIGHT : t.kind === 'initial' ? INITIAL_WEIGHT : lengthWeight(length) * KIND_FACTOR[t.kind];
  if (family && t.kind === 'word') weight *= FAMILY_FACTOR;
  if (t.bracketed) weight *= BRACKET_FACTOR;
  // every part has the same fields in the same order (legalForm included): the comparison's
  // property reads then stay monomorphic
  return {
    text: t.text,
    kind: t.kind,
    role: t.role,
    family: family && t.kind === 'word',
    weight,
    spelling: f.spelling,
    squeezed: f.squeezed,
    mask: f.mask,
    anagram: f.anagram,
    consonants: f.consonants,
    vowelless: t.vowelless,
    vowelOnset: t.vowelless ? t.vowelOnset : f.latinVowelOnset,
    transliterated: t.transliterated,
    metaphone: f.metaphone,
    metaphoneAlt: f.metaphoneAlt,
    groups: f.groups,
    legalForm: t.legalForm,
  };
}

/** "Al-Qa'ida/Islamic Army": a slash between words separates alternative names. */
function alternatives(full: string, kind: NameKindHint): string[] {
  const out = [full];
  if (full.includes('/') && /\p{L}\s*\/\s*\p{L}/u.test(full)) {
    const pieces = full.split('/').map((p) => p.trim()).filter((p) => /\p{L}{2}/u.test(p));
    if (pieces.length > 1) out.push(...pieces);
  }
  // "金正恩": a Korean name in Hanja also reads as Korean (Kim Jong Un), not only as Chinese
  if (kind === 'person' || kind === 'unknown') {
    const korean = koreanReadingOfHanja(full);
    if (korean) out.push(korean);
  }
  return out;
}

export function prepareEntity(entity: Entity, cache?: PrepareCache): PreparedEntity {
  const kind = nameKindOf(entity.schema);
  const names: PreparedName[] = [];
  entity.names.forEach((n, index) => {
    for (const variant of alternatives(n.full, kind)) {
      const prepared = prepareName(variant, index, kind, variant === n.full ? n.parts : undefined, cache);
      // kept on the prepared name: scoring then need not reach back into the entity
      prepared.weak = n.kind === 'weak';
      if (prepared.tokens.length > 0) names.push(prepared);
    }
  });
  return {
    entity,
    names,
    identifierKeys: entity.identifiers.map((i) => identifierKey(i.value)).filter(Boolean),
  };
}

export function prepareQuery(query: ScreenQuery, cache?: PrepareCache): PreparedQuery {
  const kind = nameKindOf(query.schema);
  const name = prepareName(query.name, 0, kind, query.nameParts, cache);
  const variants: PreparedName[] = [];
  for (const variant of alternatives(query.name, kind).slice(1)) {
    const prepared = prepareName(variant, 0, kind, undefined, cache);
    if (prepared.tokens.length > 0) variants.push(prepared);
  }
  return {
    query,
    tokens: name.tokens,
    identifierKeys: (query.identifiers ?? []).map(identifierKey).filter(Boolean),
    name,
    variants,
  };
}
