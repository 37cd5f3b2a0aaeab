/**
 * Candidate retrieval and scoring over a set of entities.
 *
 * Everything is precomputed at build: each distinct name part (as the matcher sees it) gets an
 * integer id in a PartVocabulary, names are runs of ids in one Int32Array with their weights
 * alongside, each id has a postings list of the names that contain it, and runs of parts (glued
 * words, acronyms) have tables of their own. A query part is looked up fuzzily (exactly the
 * parts the matcher would pair it with), a score bound (score-bound.ts) decides which query parts
 * must produce candidates and which names can still reach the threshold, and only those are
 * scored by `matchEntity`. The answer is the same as scoring every entity: test/index checks it.
 */
import { captionOf, listsOf, type Entity } from '../model/index.js';
import { DEFAULT_THRESHOLD, matchEntity, maxQualifierLift, prepareEntity, prepareQuery, typoBudget } from '../match/index.js';
import type { Explanation, PreparedEntity, PreparedName, PreparedPart, PreparedQuery, ScreenQuery } from '../match/index.js';
import { LRUCache } from 'mnemonist';
import { GrowableInt32Array } from './growable-int-array.js';
import { letterMask, maybeWithinEdits } from './letter-mask.js';
import { acronymRuns, canBeAcronym, canGlue, gluedRuns } from './part-runs.js';
import { gluesTo, PartVocabulary } from './part-vocabulary.js';
import { RunTable } from './run-table.js';
import { leastUnmatchedCandidateCost, leastUnmatchedCost, nameScoreBound, ROUNDING_SLACK } from './score-bound.js';

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

/** Queries with more parts than this are not pruned by the score bound (it uses a 31-bit mask). */
const MAX_BOUNDED_PARTS = 31;
const NO_RUNS: readonly { table: RunTable; entry: number }[] = [];

export class ScreeningIndex {
  readonly size: number;
  private readonly prepared: PreparedEntity[];
  private readonly byId: Map<string, number>;
  private readonly vocabulary = new PartVocabulary();
  /** Name n is entity nameEntity[n]; its part ids are nameParts[nameStart[n] .. nameStart[n + 1]), weights in nameWeights. */
  private readonly nameEntity: Int32Array;
  private readonly nameStart: Int32Array;
  private readonly nameParts: Int32Array;
  private readonly nameWeights: Float32Array;
  /** Least cost of each name part when it stays unmatched (score-bound.ts). */
  private readonly nameCosts: Float32Array;
  /** Names containing part p: partNames[partStart[p] .. partStart[p + 1]). */
  private readonly partStart: Int32Array;
  private readonly partNames: Int32Array;
  /** Runs of adjacent parts of every name: glued words and acronyms. */
  private readonly glued = new RunTable();
  private readonly acronyms = new RunTable();
  /** Entities carrying an identifier, by identifierKey. */
  private readonly byIdentifier: Map<string, number[]>;
  // per-query scratch space, reused (a query runs start to end without yielding)
  private readonly partBits: Uint32Array;
  private readonly nameSeen: Uint32Array;
  private readonly entitySeen: Uint32Array;
  private epoch = 0;
  private readonly runCache = new LRUCache<string, readonly { table: RunTable; entry: number }[]>(50_000);

  constructor(entities: Iterable<Entity>) {
    this.prepared = [];
    for (const e of entities) this.prepared.push(prepareEntity(e));
    this.size = this.prepared.length;
    this.byId = new Map();
    this.byIdentifier = new Map();
    const nameEntity = new GrowableInt32Array(this.size * 2);
    const nameStart = new GrowableInt32Array(this.size * 2);
    const nameParts = new GrowableInt32Array(this.size * 6);
    const nameWeights: number[] = [];
    const nameCosts: number[] = [];
    for (let e = 0; e < this.prepared.length; e++) {
      const p = this.prepared[e]!;
      this.byId.set(p.entity.id, e);
      for (const name of p.names) {
        compact(name, this.vocabulary);
        const n = nameEntity.length;
        nameEntity.push(e);
        nameStart.push(nameParts.length);
        name.parts.forEach((part, i) => {
          nameParts.push(this.vocabulary.add(part));
          nameWeights.push(part.weight);
          nameCosts.push(leastUnmatchedCandidateCost(name.parts, i));
        });
        for (const run of gluedRuns(name.parts)) this.glued.add(run.text, run.vowelless, n, run.weight);
        for (const run of acronymRuns(name.parts)) this.acronyms.add(run.text, false, n, run.weight);
      }
      for (const key of new Set(p.identifierKeys)) {
        const list = this.byIdentifier.get(key);
        if (list) list.push(e);
        else this.byIdentifier.set(key, [e]);
      }
    }
    nameStart.push(nameParts.length);
    this.vocabulary.freeze();
    this.glued.freeze(true);
    this.acronyms.freeze(false);
    this.nameEntity = nameEntity.toArray();
    this.nameStart = nameStart.toArray();
    this.nameParts = nameParts.toArray();
    this.nameWeights = Float32Array.from(nameWeights);
    this.nameCosts = Float32Array.from(nameCosts);
    [this.partStart, this.partNames] = invertPostings(this.nameStart, this.nameParts, this.vocabulary.size);
    this.partBits = new Uint32Array(this.vocabulary.size);
    this.nameSeen = new Uint32Array(this.nameEntity.length);
    this.entitySeen = new Uint32Array(this.size);
  }

  /** Entities, names, distinct parts and runs indexed (for statistics). */
  get stats(): { entities: number; names: number; parts: number; gluedRuns: number; acronymRuns: number } {
    return { entities: this.size, names: this.nameEntity.length, parts: this.vocabulary.size, gluedRuns: this.glued.size, acronymRuns: this.acronyms.size };
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
    const scored: { p: PreparedEntity; score: number; result: ReturnType<typeof matchEntity> }[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const p = this.prepared[candidates[i]!]!;
      const r = matchEntity(q, p);
      if (r.score >= threshold) scored.push({ p, score: r.score, result: r });
    }
    scored.sort((a, b) => b.score - a.score || (a.p.entity.id < b.p.entity.id ? -1 : a.p.entity.id > b.p.entity.id ? 1 : 0));
    // explanations are built only for the hits returned
    return scored.slice(0, limit).map((s) => toHit(s.p.entity, s.score, s.result.explanation));
  }

  /** Entity indexes that may score at or above `threshold`: a superset of the true hits. */
  private candidates(q: PreparedQuery, threshold: number): number[] {
    const epoch = this.nextEpoch();
    const out: number[] = [];
    const addEntity = (e: number) => {
      if (this.entitySeen[e] !== epoch) {
        this.entitySeen[e] = epoch;
        out.push(e);
      }
    };
    // an identifier match can lift any name score: entities sharing one are always scored
    for (const key of q.identifierKeys) for (const e of this.byIdentifier.get(key) ?? []) addEntity(e);

    const needed = threshold - maxQualifierLift(q.query) - ROUNDING_SLACK;
    if (needed <= 0) return allIndexes(this.size);
    const parts = q.name.parts;
    const n = parts.length;
    if (n === 0) return out;
    const bounded = n <= MAX_BOUNDED_PARTS;

    // what each query part pairs with: vocabulary entries (lists shared with the lookup cache), and runs of listed parts
    const entries: (readonly number[])[][] = parts.map(() => []);
    const runHits: { table: RunTable; entry: number }[][] = parts.map(() => []);
    const maxPairWeight = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = parts[i]!;
      const m = this.vocabulary.matches(p);
      if (m.ids.length) entries[i]!.push(m.ids);
      maxPairWeight[i] = m.maxWeight;
      for (const hit of this.runsPairingWith(p)) {
        runHits[i]!.push(hit);
        const t = hit.table;
        for (let k = t.start[hit.entry]!; k < t.start[hit.entry + 1]!; k++) if (t.weights[k]! > maxPairWeight[i]!) maxPairWeight[i] = t.weights[k]!;
      }
    }
    // runs of query parts pairing with one listed part: every member may pair with it
    const memberMatches = (members: number[], ids: readonly number[]) => {
      if (ids.length === 0) return;
      for (const m of members) {
        entries[m]!.push(ids);
        for (const id of ids) {
          const w = this.vocabulary.maxWeight[id]!;
          if (w > maxPairWeight[m]!) maxPairWeight[m] = w;
        }
      }
    };
    for (const run of gluedRuns(parts)) memberMatches(run.members, this.vocabulary.gluedMatches(run.text, run.vowelless));
    for (const run of acronymRuns(parts)) memberMatches(run.members, this.vocabulary.words(run.text));

    const queryWeights = Float64Array.from(parts, (p) => p.weight);
    const costs = Float64Array.from(parts, (_, i) => leastUnmatchedCost(parts, i));
    let totalCost = 0;
    for (const c of costs) totalCost += c;
    const hasMatches = (i: number) => entries[i]!.length > 0 || runHits[i]!.length > 0;
    const eachEntry = (i: number, visit: (id: number) => void) => {
      for (const ids of entries[i]!) for (const id of ids) visit(id);
    };

    // non-essential parts, most expensive first, while names pairing only with them stay under
    const essential = parts.map((_, i) => hasMatches(i));
    if (bounded) {
      const volume = parts.map((_, i) => {
        let v = 0;
        eachEntry(i, (id) => (v += this.partStart[id + 1]! - this.partStart[id]!));
        for (const r of runHits[i]!) v += r.table.start[r.entry + 1]! - r.table.start[r.entry]!;
        return v;
      });
      const order = parts.map((_, i) => i).filter(hasMatches);
      order.sort((a, b) => volume[b]! - volume[a]!);
      let setAside = 0;
      for (const i of order) {
        const next = setAside | (1 << i);
        if (nameScoreBound(next, queryWeights, maxPairWeight, costs, totalCost) >= needed) continue;
        setAside = next;
        essential[i] = false;
      }
    }

    // per-name bound inputs: bits of the query parts each vocabulary entry pairs with, and run pairings per name
    const runPairs = new Map<number, { mask: number; weights: Float64Array }>();
    if (bounded) {
      for (let i = 0; i < n; i++) {
        eachEntry(i, (id) => (this.partBits[id]! |= 1 << i));
        for (const r of runHits[i]!) {
          for (let k = r.table.start[r.entry]!; k < r.table.start[r.entry + 1]!; k++) {
            const name = r.table.names[k]!;
            let pair = runPairs.get(name);
            if (!pair) runPairs.set(name, (pair = { mask: 0, weights: new Float64Array(n) }));
            pair.mask |= 1 << i;
            if (r.table.weights[k]! > pair.weights[i]!) pair.weights[i] = r.table.weights[k]!;
          }
        }
      }
    }
    const pairWeight = new Float64Array(n);
    const visitName = (name: number) => {
      if (this.nameSeen[name] === epoch) return;
      this.nameSeen[name] = epoch;
      if (bounded) {
        pairWeight.fill(0);
        let mask = 0;
        let unpaired = 0;
        for (let k = this.nameStart[name]!, end = this.nameStart[name + 1]!; k < end; k++) {
          const bits = this.partBits[this.nameParts[k]!]!;
          if (bits === 0) {
            unpaired += this.nameCosts[k]!;
            continue;
          }
          mask |= bits;
          const w = this.nameWeights[k]!;
          for (let i = 0, b = bits; b !== 0; i++, b >>>= 1) if (b & 1 && w > pairWeight[i]!) pairWeight[i] = w;
        }
        const run = runPairs.get(name);
        if (run) {
          // a run of listed parts pairs as one: any listed part may be matched after all
          unpaired = 0;
          mask |= run.mask;
          for (let i = 0; i < n; i++) if (run.weights[i]! > pairWeight[i]!) pairWeight[i] = run.weights[i]!;
        }
        if (nameScoreBound(mask, queryWeights, pairWeight, costs, totalCost, unpaired) < needed) return;
      }
      addEntity(this.nameEntity[name]!);
    };
    for (let i = 0; i < n; i++) {
      if (!essential[i]) continue;
      eachEntry(i, (id) => {
        for (let k = this.partStart[id]!, end = this.partStart[id + 1]!; k < end; k++) visitName(this.partNames[k]!);
      });
      for (const r of runHits[i]!) {
        for (let k = r.table.start[r.entry]!; k < r.table.start[r.entry + 1]!; k++) visitName(r.table.names[k]!);
      }
    }
    if (bounded) for (let i = 0; i < n; i++) eachEntry(i, (id) => (this.partBits[id] = 0));
    return out;
  }

  /** Runs of listed parts (glued words, acronyms) that query part `p` pairs with as a whole; cached per part. */
  private runsPairingWith(p: PreparedPart): readonly { table: RunTable; entry: number }[] {
    if (!canGlue(p) && !canBeAcronym(p)) return NO_RUNS;
    const key = `${p.text}\u0001${p.kind}\u0001${p.vowelless ? 1 : 0}`;
    const cached = this.runCache.get(key);
    if (cached) return cached;
    const out: { table: RunTable; entry: number }[] = [];
    if (canGlue(p)) {
      const seen = new Set<number>();
      const verify = (entry: number) => {
        if (seen.has(entry)) return;
        seen.add(entry);
        if (gluesTo(this.glued.texts[entry]!, this.glued.vowelless[entry]!, p)) out.push({ table: this.glued, entry });
      };
      this.glued.exact(p.text, verify);
      if (p.consonants) this.glued.consonants(p.consonants, !p.vowelless, verify);
      // last, so only a typo can still pair: drop runs whose letters differ too much
      const mask = letterMask(p.text);
      this.glued.probe(p.text, (entry) => {
        if (seen.has(entry)) return;
        const budget = typoBudget(Math.min(p.text.length, this.glued.texts[entry]!.length));
        if (maybeWithinEdits(mask, this.glued.masks[entry]!, budget)) verify(entry);
      });
    }
    if (canBeAcronym(p)) this.acronyms.exact(p.text, (entry) => out.push({ table: this.acronyms, entry }));
    this.runCache.set(key, out);
    return out;
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

/**
 * Share equal parts and strings between prepared names: same values, a fraction of the memory
 * (what makes a million entities fit). Only the objects change, never what the matcher reads.
 */
function compact(name: PreparedName, vocabulary: PartVocabulary): void {
  for (let i = 0; i < name.parts.length; i++) name.parts[i] = vocabulary.intern(name.parts[i]!);
  for (let i = 0; i < name.tokens.length; i++) name.tokens[i] = vocabulary.internString(name.tokens[i]!);
  for (let i = 0; i < name.keys.length; i++) name.keys[i] = vocabulary.internString(name.keys[i]!);
  for (let i = 0; i < name.glued.length; i++) name.glued[i] = vocabulary.internString(name.glued[i]!);
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
