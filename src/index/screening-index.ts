/**
 * Candidate retrieval and scoring over a set of entities.
 *
 * Everything is precomputed at build: each distinct name part gets an integer id, names are runs
 * of ids in one Int32Array, and each id has a postings list of the names that contain it. A query
 * part is looked up fuzzily (FuzzyTokenIndex: exactly the parts the matcher would pair it with), a
 * score bound (score-bound.ts) decides which query parts can produce candidates on their own, and
 * only names whose bound reaches the threshold are scored by `matchEntity`. The answer is the
 * same as scoring every entity: that is what test/index checks.
 */
import { captionOf, listsOf, type Entity } from '../model/index.js';
import { DEFAULT_THRESHOLD, matchEntity, prepareEntity, prepareQuery } from '../match/index.js';
import type { Explanation, PreparedEntity, PreparedQuery, ScreenQuery } from '../match/index.js';
import { FuzzyTokenIndex, type TokenMatches } from './fuzzy-token-index.js';
import { GrowableInt32Array } from './growable-int-array.js';
import { maxQualifierLift, NameScoreBound, partWeight, ROUNDING_SLACK } from './score-bound.js';

export interface ScreenOptions {
  /** Maximum hits returned. */
  limit?: number;
  /** Minimum score of a hit. */
  threshold?: number;
}

/** One hit: the public JSON shape of a screening result. */
export interface Hit {
  id: string;
  name: string;
  schema: string;
  score: number;
  lists: string[];
  programs: string[];
  /** The records behind the hit, as `list:sourceId`. */
  sourceIds: string[];
  explanation: Explanation;
}

/** Queries with more parts than this are not pruned by the score bound (the bound uses a 31-bit mask). */
const MAX_BOUNDED_PARTS = 31;

export class ScreeningIndex {
  readonly size: number;
  private readonly prepared: PreparedEntity[];
  private readonly byId: Map<string, number>;
  private readonly vocabulary: FuzzyTokenIndex;
  /** Name n is entity nameEntity[n]; its part ids are nameTokens[nameStart[n] .. nameStart[n + 1]). */
  private readonly nameEntity: Int32Array;
  private readonly nameStart: Int32Array;
  private readonly nameTokens: Int32Array;
  /** Names containing token t: tokenNames[tokenStart[t] .. tokenStart[t + 1]). */
  private readonly tokenStart: Int32Array;
  private readonly tokenNames: Int32Array;
  /** Entities carrying an identifier, by identifierKey. */
  private readonly byIdentifier: Map<string, number[]>;
  // per-query scratch space, reused (a query runs start to end without yielding)
  private readonly vocabBits: Uint32Array;
  private readonly nameSeen: Uint32Array;
  private readonly entitySeen: Uint32Array;
  private epoch = 0;

  constructor(entities: Iterable<Entity>) {
    this.prepared = [];
    for (const e of entities) this.prepared.push(prepareEntity(e));
    this.size = this.prepared.length;
    this.byId = new Map();
    this.byIdentifier = new Map();
    const idOf = new Map<string, number>();
    const tokens: string[] = [];
    const nameEntity = new GrowableInt32Array(this.size * 2);
    const nameStart = new GrowableInt32Array(this.size * 2);
    const nameTokens = new GrowableInt32Array(this.size * 6);
    for (let e = 0; e < this.prepared.length; e++) {
      const p = this.prepared[e]!;
      this.byId.set(p.entity.id, e);
      for (const name of p.names) {
        nameEntity.push(e);
        nameStart.push(nameTokens.length);
        for (const t of name.tokens) {
          let id = idOf.get(t);
          if (id === undefined) {
            id = tokens.length;
            idOf.set(t, id);
            tokens.push(t);
          }
          nameTokens.push(id);
        }
      }
      for (const key of new Set(p.identifierKeys)) {
        const list = this.byIdentifier.get(key);
        if (list) list.push(e);
        else this.byIdentifier.set(key, [e]);
      }
    }
    nameStart.push(nameTokens.length);
    this.nameEntity = nameEntity.toArray();
    this.nameStart = nameStart.toArray();
    this.nameTokens = nameTokens.toArray();
    [this.tokenStart, this.tokenNames] = invertPostings(this.nameStart, this.nameTokens, tokens.length);
    this.vocabulary = new FuzzyTokenIndex(tokens);
    this.vocabBits = new Uint32Array(tokens.length);
    this.nameSeen = new Uint32Array(this.nameEntity.length);
    this.entitySeen = new Uint32Array(this.size);
  }

  /** Distinct name parts and names indexed (for statistics). */
  get stats(): { entities: number; names: number; tokens: number } {
    return { entities: this.size, names: this.nameEntity.length, tokens: this.vocabulary.size };
  }

  get(id: string): Entity | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.prepared[i]!.entity;
  }

  screen(query: ScreenQuery, opts: ScreenOptions = {}): Hit[] {
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const q = prepareQuery(query);
    if (q.tokens.length === 0 && q.identifierKeys.length === 0) return [];
    return this.scoreAll(q, this.candidates(q, threshold), threshold, opts.limit ?? 10);
  }

  /** The reference answer: score every entity. Same result as `screen`, slower; for tests and benchmarks. */
  screenExhaustive(query: ScreenQuery, opts: ScreenOptions = {}): Hit[] {
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const q = prepareQuery(query);
    if (q.tokens.length === 0 && q.identifierKeys.length === 0) return [];
    return this.scoreAll(q, allIndexes(this.size), threshold, opts.limit ?? 10);
  }

  /** How many entities the index would score for this query (candidates per query, for benchmarks). */
  candidateCount(query: ScreenQuery, opts: ScreenOptions = {}): number {
    const q = prepareQuery(query);
    if (q.tokens.length === 0 && q.identifierKeys.length === 0) return 0;
    return this.candidates(q, opts.threshold ?? DEFAULT_THRESHOLD).length;
  }

  private scoreAll(q: PreparedQuery, candidates: ArrayLike<number>, threshold: number, limit: number): Hit[] {
    const scored: { p: PreparedEntity; score: number; explanation: Explanation }[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const p = this.prepared[candidates[i]!]!;
      const r = matchEntity(q, p);
      if (r.score >= threshold) scored.push({ p, score: r.score, explanation: r.explanation });
    }
    scored.sort((a, b) => b.score - a.score || (a.p.entity.id < b.p.entity.id ? -1 : a.p.entity.id > b.p.entity.id ? 1 : 0));
    return scored.slice(0, limit).map((s) => toHit(s.p.entity, s.score, s.explanation));
  }

  /** Entity indexes that may score at or above `threshold`: a superset of the true hits. */
  private candidates(q: PreparedQuery, threshold: number): number[] {
    const epoch = this.nextEpoch();
    const out: number[] = [];
    const add = (e: number) => {
      if (this.entitySeen[e] !== epoch) {
        this.entitySeen[e] = epoch;
        out.push(e);
      }
    };
    // an identifier match can lift any name score: entities sharing one are always scored
    for (const key of q.identifierKeys) for (const e of this.byIdentifier.get(key) ?? []) add(e);

    const needed = threshold - maxQualifierLift(q.query) - ROUNDING_SLACK;
    if (needed <= 0) return allIndexes(this.size);
    const parts = q.tokens;
    if (parts.length === 0) return out;
    const matches: TokenMatches[] = parts.map((t) => this.vocabulary.matches(t));
    const bounded = parts.length <= MAX_BOUNDED_PARTS;
    const bound = new NameScoreBound(
      Float64Array.from(parts, (t) => partWeight(t.length)),
      Float64Array.from(matches, (m, i) => (m.ids.length ? (partWeight(parts[i]!.length) + partWeight(m.maxLength)) / 2 : 0)),
    );
    const essential = bounded ? this.essentialParts(matches, bound, needed) : matches.map((m) => m.ids.length > 0);
    if (bounded) for (let i = 0; i < matches.length; i++) for (const id of matches[i]!.ids) this.vocabBits[id]! |= 1 << i;
    const boundOf = memoized(bound, parts.length);
    for (let i = 0; i < matches.length; i++) {
      if (!essential[i]) continue;
      for (const tokenId of matches[i]!.ids) {
        for (let p = this.tokenStart[tokenId]!, end = this.tokenStart[tokenId + 1]!; p < end; p++) {
          const n = this.tokenNames[p]!;
          if (this.nameSeen[n] === epoch) continue;
          this.nameSeen[n] = epoch;
          if (bounded) {
            let mask = 0;
            for (let k = this.nameStart[n]!, kEnd = this.nameStart[n + 1]!; k < kEnd; k++) mask |= this.vocabBits[this.nameTokens[k]!]!;
            if (boundOf(mask) < needed) continue;
          }
          add(this.nameEntity[n]!);
        }
      }
    }
    if (bounded) for (const m of matches) for (const id of m.ids) this.vocabBits[id] = 0;
    return out;
  }

  /**
   * Query parts whose postings must be read. The others, most expensive first, are set aside as
   * long as a name pairing only with set-aside parts stays under the threshold: every name that
   * can reach it then pairs with at least one essential part.
   */
  private essentialParts(matches: TokenMatches[], bound: NameScoreBound, needed: number): boolean[] {
    const cost = matches.map((m) => {
      let c = 0;
      for (const id of m.ids) c += this.tokenStart[id + 1]! - this.tokenStart[id]!;
      return c;
    });
    const order = matches.map((_, i) => i).filter((i) => matches[i]!.ids.length > 0);
    order.sort((a, b) => cost[b]! - cost[a]!);
    const essential = matches.map((m) => m.ids.length > 0);
    let setAside = 0;
    for (const i of order) {
      const next = setAside | (1 << i);
      if (bound.of(next) >= needed) continue;
      setAside = next;
      essential[i] = false;
    }
    return essential;
  }

  private nextEpoch(): number {
    if (++this.epoch === 0xffffffff) {
      this.nameSeen.fill(0);
      this.entitySeen.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }
}

export function toHit(entity: Entity, score: number, explanation: Explanation): Hit {
  return {
    id: entity.id,
    name: captionOf(entity),
    schema: entity.schema,
    score,
    lists: listsOf(entity),
    programs: entity.programs,
    sourceIds: entity.sources.map((s) => `${s.list}:${s.sourceId}`),
    explanation,
  };
}

/** Token → names postings (CSR) from names → tokens; a name is listed once per distinct token. */
function invertPostings(nameStart: Int32Array, nameTokens: Int32Array, tokenCount: number): [Int32Array, Int32Array] {
  const names = nameStart.length - 1;
  const lastName = new Int32Array(tokenCount).fill(-1);
  const counts = new Int32Array(tokenCount + 1);
  for (let n = 0; n < names; n++) {
    for (let k = nameStart[n]!; k < nameStart[n + 1]!; k++) {
      const t = nameTokens[k]!;
      if (lastName[t] !== n) {
        lastName[t] = n;
        counts[t + 1]!++;
      }
    }
  }
  for (let t = 0; t < tokenCount; t++) counts[t + 1]! += counts[t]!;
  const start = counts.slice();
  const fill = counts.slice(0, tokenCount);
  const postings = new Int32Array(start[tokenCount]!);
  lastName.fill(-1);
  for (let n = 0; n < names; n++) {
    for (let k = nameStart[n]!; k < nameStart[n + 1]!; k++) {
      const t = nameTokens[k]!;
      if (lastName[t] !== n) {
        lastName[t] = n;
        postings[fill[t]!++] = n;
      }
    }
  }
  return [start, postings];
}

function allIndexes(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** B(mask) cached per mask when the query is short enough for a table. */
function memoized(bound: NameScoreBound, parts: number): (mask: number) => number {
  if (parts > 12) return (mask) => bound.of(mask);
  const table = new Float64Array(1 << parts).fill(-1);
  return (mask) => {
    let v = table[mask]!;
    if (v < 0) table[mask] = v = bound.of(mask);
    return v;
  };
}
