/**
 * The public shapes of matching: a query, a prepared candidate, and a result that explains itself.
 * These shapes appear in the CLI's and the API's JSON output: keep them stable.
 */
import type { Entity, Gender, Schema } from '../model/index.js';

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

/** A name prepared once at load (candidate side) or once per query (query side). */
export interface PreparedName {
  /** Index into entity.names. */
  index: number;
  tokens: string[];
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
}
