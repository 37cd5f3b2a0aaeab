/**
 * The public shapes of matching: a query, a prepared candidate, and a result that explains itself.
 * These shapes appear in the CLI's and the API's JSON output: keep them stable.
 */
import type { Entity, Gender, NameParts, Schema } from '../model/index.js';
import type { LegalForm, NameKindHint, NameRole, TokenKind } from '../normalize/index.js';

/** What a user screens: a name, and any qualifiers they know. */
export interface ScreenQuery {
  name: string;
  /** Restrict or weigh by entity type. `Organization` matches Company and LegalEntity too. */
  schema?: Schema;
  /** ISO partial date: `1989`, `1989-02`, `1989-02-08`. */
  birthDate?: string;
  /** ISO 3166-1 alpha-2 codes (nationality, citizenship, residence or jurisdiction). */
  countries?: string[];
  /** Identifier values (passport, national id, IMO…); compared by `identifierKey`. */
  identifiers?: string[];
  gender?: Gender;
  /** The name's parts when the user knows them (given, family…): roles sharpen the comparison. */
  nameParts?: NameParts;
}

/** How one query name part relates to one listed name part. */
export type PartHow =
  | 'exact'
  | 'typo'
  | 'phonetic'
  | 'transliterated'
  | 'initial'
  | 'legal-form'
  | 'glued'
  | 'nickname'
  | 'unmatched-query'
  | 'unmatched-candidate';

export interface PartMatch {
  /** Query part as folded, or empty for an unmatched candidate part. */
  query: string;
  /** Candidate part as folded, or empty for an unmatched query part. */
  candidate: string;
  how: PartHow;
  /** Similarity of the two parts in [0,1]. */
  score: number;
  /** Why the score is lower than `how` suggests, e.g. "roles differ: given vs patronymic". */
  note?: string;
}

/** One feature's contribution: the name score, or what a qualifier added or removed. */
export interface FeatureContribution {
  feature: string;
  /** Signed change to the score (the name feature carries the name score itself). */
  delta: number;
  /** One line a reviewer can read: "DOB 1989-02 matches 1989-02-08". */
  detail: string;
}

export interface Explanation {
  /** The listed name variant that scored best, as the list writes it. */
  matchedName: string;
  matchedNameKind: string;
  nameScore: number;
  alignment: PartMatch[];
  features: FeatureContribution[];
}

export interface MatchResult {
  /** Final score in [0,1]. */
  score: number;
  explanation: Explanation;
}

/** One name part as the matcher compares it, everything precomputed at prepare time. */
export interface PreparedPart {
  /** Folded text (canonical form for legal forms and particles). */
  text: string;
  kind: TokenKind;
  role: NameRole;
  /** A family name: said so by the source, or the last word of a person's name without roles. */
  family: boolean;
  /** Weight of the part in the name score (see name-score.ts). */
  weight: number;
  /** spellingKey(text): transliteration-scheme and spelling variants coincide. */
  spelling: string;
  /** letterMask(text): which letters occur, to rule out a typo pair before the edit distance. */
  mask: number;
  /** The letters of the text in alphabetical order (scrambled-letter check). */
  anagram: string;
  /** The text with runs of one letter collapsed ("joonng" → "jong"): repeated keystrokes. */
  squeezed: string;
  /** consonantKey(text): used when either side comes from a script without vowels. */
  consonants: string;
  /** Transliterated from a script without written vowels (Arabic, Hebrew, Thai). */
  vowelless: boolean;
  /**
   * The word starts with a vowel: for Latin words its first letter; for vowelless words, an
   * initial vowel carrier in the original script (alef with hamza, ayin). A vowelless word with a
   * vowel onset only matches Latin words that start with a vowel ("`ly" = "Ali", not "Lee").
   */
  vowelOnset: boolean;
  transliterated: boolean;
  /** Double Metaphone primary and alternate codes. */
  metaphone: string;
  metaphoneAlt: string;
  /** Nickname group ids ("n:benjamin") and spelling group ids ("e:muhammad"). */
  groups: readonly string[];
  /** Set for legal forms (always present, maybe undefined: one object shape for every part). */
  legalForm: LegalForm | undefined;
}

/**
 * Retrieval contract (for src/index). A candidate name can give a name score above 0.6 — so a
 * final score above 0.68 without an identifier match — only if at least one query part pairs with
 * one of its parts in one of these ways:
 *   (a) the two tokens are within `typoBudget(min(length))` edits of each other (optimal string
 *       alignment distance; equal tokens included);
 *   (b) a query key equals a candidate key (`retrievalKeys` in prepare.ts: spelling keys, squeezed forms,
 *       consonant keys of words and of glued words, name groups, acronyms, legal-form families);
 *   (c) a query token is within `typoBudget` of a candidate glued form (`retrievalKeys`), or a
 *       query glued form is within it of a candidate token (glued or split words).
 * A name whose pairs are all of other kinds (same Double Metaphone code, scrambled letters,
 * final-vowel variants, initials) is capped at 0.6 (name-score.ts). The name score is
 * Σ sim·w(pair) / (Σ w(pair) + costs of unmatched parts) × penalties ≤ 1, with sim ≤ 1,
 * w(pair) = (Σ query weights + Σ candidate weights in the pair) / 2 (an initial pair: the
 * initial's weight) and an unmatched query part costing its `PreparedPart.weight` (a generic
 * word twice that; a repeated part or a legal form nothing; an initial 0.5 or 4). Qualifiers add at most `maxQualifierLift(query)`; an identifier match
 * adds IDENTIFIER_LIFT (retrieve entities sharing an identifier by id).
 */
/** A name prepared once at load (candidate side) or once per query (query side). */
export interface PreparedName {
  /** Index into entity.names. */
  index: number;
  /** The normalized tokens the name comparison uses (parts[i].text). */
  tokens: string[];
  /** Per token, parallel to `tokens`. */
  parts: PreparedPart[];
  /** Person, organisation, vessel or unknown: decides which name rules apply. */
  nameKind: NameKindHint;
  /** A weak alias of the entity (entity.names[index].kind): scored a little lower (matcher.ts). */
  weak: boolean;
  /**
   * Only when two of its parts have the same text: per part, the first part with its text and the
   * next one after it with its text (-1: none). A repeated part costs nothing when unmatched
   * (name-score.ts); long names repeat words ("al", "de"), and scanning them per part was quadratic.
   */
  repeats: PartRepeats | undefined;
}

export interface PartRepeats {
  first: Int32Array;
  next: Int32Array;
}

export interface PreparedEntity {
  entity: Entity;
  names: PreparedName[];
  /** identifierKey of every identifier. */
  identifierKeys: string[];
}

export interface PreparedQuery {
  query: ScreenQuery;
  tokens: string[];
  identifierKeys: string[];
  /** The query name prepared like a candidate name (`tokens` are its tokens). */
  name: PreparedName;
  /**
   * Other readings of the query name, each compared like `name` (the best counts): the pieces of
   * "A/B", the Korean reading of a name in Hanja. Usually empty.
   */
  variants: PreparedName[];
}
