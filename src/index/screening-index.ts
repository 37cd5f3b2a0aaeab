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
import { ACRONYM_SCORE, comparePartCode, DEFAULT_THRESHOLD, GLUED_SCORE, glueBudget, NUMBER_MISMATCH_FACTOR, ONLY_GENERIC_FACTOR, ONLY_INITIALS_FACTOR, letterMask, matchEntity, maxQualifierLift, maybeWithinEdits, isDistinctive, organisationNames, pairBeyondInitials, pairScoreCeiling, PrepareCache, prepareEntity, prepareQuery, roundScore, unpackHow } from '../match/index.js';
import type { Explanation, PreparedEntity, PreparedName, PreparedPart, PreparedQuery, ScreenQuery } from '../match/index.js';
import { consonantKey, type NameKindHint } from '../normalize/index.js';
import { LRUCache } from 'mnemonist';
import { GrowableInt32Array } from './growable-int-array.js';
import { acronymRuns, canBeAcronym, canGlue, forEachAcronymRun, forEachGluedRun, gluedRuns } from './part-runs.js';
import { glueLengthFits, gluesTo, PartVocabulary, type PartMatches } from './part-vocabulary.js';
import { GluedRunIndex, joinedConsonantHash } from './glued-run-index.js';
import { RunTable } from './run-table.js';
import { COST_BUCKETS, costBucketsWithin, firstWithKey, keyOrder, nameKeys } from './posting-blocks.js';
import { candidateCostAllowance, leastUnmatchedCandidateCost, leastUnmatchedCost, nameScoreBound, pairedScoreBound, partsScoreBound, repeatMasks, ROUNDING_SLACK } from './score-bound.js';

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

/** Fields of a name part's record in ScreeningIndex.nameData. */
const PART_STRIDE = 4;
const PART_ID = 0;
const PART_WEIGHT = 1;
const PART_COST = 2;
/** Flags of a name part: PART_WORD_ALONE_FLAG, PART_NUMBER_FLAG, and its name's kind (NAME_KINDS) from PART_KIND_SHIFT on. */
const PART_FLAGS = 3;
const PART_WORD_ALONE_FLAG = 1;
const PART_NUMBER_FLAG = 2;
const PART_KIND_SHIFT = 2;
/** Queries with more parts than this get the plainer bound of `longBound` (the full one holds query parts in a 31-bit mask). */
const MAX_BOUNDED_PARTS = 31;
/** Name kinds, by the code each part record keeps of its name (PART_KIND_SHIFT). */
const NAME_KINDS: readonly NameKindHint[] = ['person', 'organization', 'vessel', 'unknown'];

/** What the bound needs of a query part against each vocabulary entry it pairs with (`PartMatches.ids`, same order). */
interface PairInfo {
  /** `pairScoreCeiling`: the best score the pair can reach. */
  ceilings: Float64Array;
  /** 1 when the pair lets a match rest on more than initials (`pairBeyondInitials`). */
  beyondInitials: Uint8Array;
}
/** Names where a query part pairs with a run of listed parts: the run's weight, and the name parts it spans (parts first .. first + span of its name, ScreeningIndex.nameData). */
interface RunPairs {
  names: number[];
  weights: number[];
  firsts: number[];
  spans: number[];
  /** Glued runs come first, then acronyms from this position: an acronym pairs as initials. */
  acronymsFrom: number;
}
const NO_RUNS: RunPairs = { names: [], weights: [], firsts: [], spans: [], acronymsFrom: 0 };
/** Run pairings remembered per distinct query part (as the vocabulary's lookups are). */
const RUN_CACHE_SIZE = 50_000;

export class ScreeningIndex {
  readonly size: number;
  private readonly prepared: PreparedEntity[];
  private readonly byId: Map<string, number>;
  private readonly vocabulary = new PartVocabulary();
  /** Name n is entity nameEntity[n]; its parts are k = nameSlots[NAME_SLOT * n + SLOT_START] .. the same of n + 1), described in nameData. */
  private readonly nameEntity: Int32Array;
  /** The names of entity e are entityNameStart[e] .. entityNameStart[e + 1]), in the order of its PreparedEntity.names. */
  private readonly entityNameStart: Int32Array;
  /**
   * Name n's record at nameSlots[NAME_SLOT * n ..]: its first part (SLOT_START), and per-query
   * scratch — the epoch of the last query that visited it (SLOT_SEEN), and its run slot in that
   * query (SLOT_RUN, valid when SLOT_RUN_EPOCH is the query's epoch). Side by side because a
   * query reads them for every name it visits, at random: one cache miss instead of several.
   */
  private readonly nameSlots: Uint32Array;
  /**
   * Name part k, in nameData[k * PART_STRIDE ..]: its vocabulary id (PART_ID), its weight
   * (PART_WEIGHT, read through nameDataFloat), its least cost when it stays unmatched (PART_COST,
   * score-bound.ts) and flags (PART_FLAGS): a number, a word alone (a word whose text no other part
   * of its name has — only such a word, left unmatched, makes the matcher halve a match on generic
   * words; a part repeating the text of a matched one is not counted as left, name-score.ts
   * `isRepeat`). One record per part, not one array per field: a query visits thousands of names
   * at random, and reading a part then costs one cache line instead of four.
   */
  private readonly nameData: Int32Array;
  private readonly nameDataFloat: Float32Array;
  /** Vocabulary entries a run of the current query's parts pairs with as a whole (per-query scratch). */
  private readonly partRunPaired: Uint8Array;
  /** Bits of the current query's initials that pair with each vocabulary entry as its initial (per-query scratch). */
  private readonly partAsInitial: Uint32Array;
  /** Whether each vocabulary entry is a distinctive word (kind 'word'). */
  private readonly partIsWord: Uint8Array;
  /** Names containing part p: partNames[partStart[p] .. partStart[p + 1]), ordered by nameKey (posting-blocks.ts). */
  private readonly partStart: Int32Array;
  private readonly partNames: Int32Array;
  private readonly nameKey: Uint8Array;
  /** Runs of adjacent parts of every name: glued words and acronyms. */
  private readonly glued = new GluedRunIndex();
  private readonly acronyms = new RunTable();
  /** Entities carrying an identifier, by identifierKey. */
  private readonly byIdentifier: Map<string, number[]>;
  // per-query scratch space, reused (a query runs start to end without yielding)
  private readonly partBits: Uint32Array;
  /** The best score each vocabulary entry can reach against a part of the current query (0: pairs with none). */
  private readonly partSimilarity: Float64Array;
  /** How a query part pairs with each entry it pairs with (`PairInfo`), by the vocabulary's answer for it. */
  private readonly pairInfoOf = new WeakMap<PartMatches, PairInfo>();
  /** 1 for the vocabulary entries some part of the current query can pair with beyond initials (`pairBeyondInitials`). */
  private readonly partBeyondInitials: Uint8Array;
  private readonly entitySeen: Uint32Array;
  /** Names whose score bound reaches the threshold in the current query (epoch marks). */
  private readonly namePassed: Uint32Array;
  /** Entities to score on every name in the current query: retrieved by identifier. */
  private readonly entityAllNames: Uint32Array;
  /** Upper bound on the name score of each candidate of the current query (Infinity: unknown). */
  private readonly entityBound: Float64Array;
  /** Position of each entity in id order (hits with equal scores are returned in id order), and the entity at each position. */
  private readonly idRank: Int32Array;
  private readonly entityOfRank: Int32Array;
  private epoch = 0;
  /** Glued runs already verified in the current lookup (epoch marks). */
  private readonly runSeen: Uint32Array;
  private runEpoch = 0;
  private readonly runCache = new LRUCache<string, RunPairs>(RUN_CACHE_SIZE);
  private readonly runsByPart = new Map<PreparedPart, RunPairs>();
  /** Run pairing weights of the current query (candidates()), grown as needed. */
  private runWeightScratch = new Float64Array(256);
  /** Keeps the reads of visitRange's first passes from being optimised away. */
  private touched = 0;
  /** Word features and name analyses, shared by the build and by every query. */
  private readonly prepareCache = new PrepareCache();

  constructor(entities: Iterable<Entity>) {
    this.prepared = [];
    // the cache shares equal parts between names: a million entities fit in memory because of it
    for (const e of entities) this.prepared.push(prepareEntity(e, this.prepareCache));
    this.size = this.prepared.length;
    this.byId = new Map();
    this.byIdentifier = new Map();
    const nameEntity = new GrowableInt32Array(this.size * 2);
    const nameKinds: number[] = [];
    const entityNameStart = new Int32Array(this.size + 1);
    const nameStart = new GrowableInt32Array(this.size * 2);
    const nameParts = new GrowableInt32Array(this.size * 6);
    const nameWeights: number[] = [];
    const nameCosts: number[] = [];
    const wordAlone: number[] = [];
    const isNumber: number[] = [];
    for (let e = 0; e < this.prepared.length; e++) {
      const p = this.prepared[e]!;
      this.byId.set(p.entity.id, e);
      entityNameStart[e] = nameEntity.length;
      for (const name of p.names) {
        const n = nameEntity.length;
        const parts = name.parts;
        const first = nameParts.length;
        nameEntity.push(e);
        nameKinds.push(NAME_KINDS.indexOf(name.nameKind));
        nameStart.push(first);
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i]!;
          nameParts.push(this.vocabulary.add(part));
          nameWeights.push(part.weight);
          nameCosts.push(leastUnmatchedCandidateCost(parts, i));
          wordAlone.push(part.kind === 'word' && !repeatsAnotherPart(parts, i) ? 1 : 0);
          isNumber.push(part.kind === 'number' ? 1 : 0);
        }
        forEachGluedRun(parts, (text, start, count, _weight, vowelless) => this.glued.add(text, vowelless, n, first + start, count));
        // an acronym's letters skip stopwords and particles: its span covers them too
        forEachAcronymRun(parts, (text, start, last, weight) => this.acronyms.add(text, false, n, weight, first + start, last - start + 1));
      }
      const keys = p.identifierKeys;
      for (let k = 0; k < keys.length; k++) {
        // an entity is listed once per key (a few keys each: no Set needed to skip repeats)
        if (keys.indexOf(keys[k]!) < k) continue;
        const list = this.byIdentifier.get(keys[k]!);
        if (list) list.push(e);
        else this.byIdentifier.set(keys[k]!, [e]);
      }
    }
    nameStart.push(nameParts.length);
    entityNameStart[this.size] = nameEntity.length;
    this.entityNameStart = entityNameStart;
    this.vocabulary.freeze();
    this.glued.freeze();
    this.acronyms.freeze(false);
    this.nameEntity = nameEntity.toArray();
    const nameStarts = nameStart.toArray();
    this.nameSlots = new Uint32Array(NAME_SLOT * nameStarts.length);
    for (let n = 0; n < nameStarts.length; n++) this.nameSlots[NAME_SLOT * n + SLOT_START] = nameStarts[n]!;
    const partIds = nameParts.toArray();
    const partCosts = Float32Array.from(nameCosts);
    const partWordAlone = Uint8Array.from(wordAlone);
    const partIsNumber = Uint8Array.from(isNumber);
    this.nameData = new Int32Array(partIds.length * PART_STRIDE);
    this.nameDataFloat = new Float32Array(this.nameData.buffer);
    for (let k = 0; k < partIds.length; k++) {
      const at = k * PART_STRIDE;
      this.nameData[at + PART_ID] = partIds[k]!;
      this.nameDataFloat[at + PART_WEIGHT] = nameWeights[k]!;
      this.nameDataFloat[at + PART_COST] = partCosts[k]!;
      this.nameData[at + PART_FLAGS] = (partWordAlone[k] ? PART_WORD_ALONE_FLAG : 0) | (partIsNumber[k] ? PART_NUMBER_FLAG : 0);
    }
    // a query reads its name's kind with the first part, not from an array of its own: one cache miss fewer per name visited
    for (let n = 0; n < nameKinds.length; n++) for (let k = nameStarts[n]!; k < nameStarts[n + 1]!; k++) this.nameData[k * PART_STRIDE + PART_FLAGS]! |= nameKinds[n]! << PART_KIND_SHIFT;
    this.indexRunConsonants();
    this.partIsWord = Uint8Array.from(this.vocabulary.parts, (p) => (p.kind === 'word' ? 1 : 0));
    this.nameKey = nameKeys(nameStarts, partCosts, partWordAlone);
    [this.partStart, this.partNames] = invertPostings(nameStarts, partIds, this.vocabulary.size, keyOrder(this.nameKey));
    this.partBits = new Uint32Array(this.vocabulary.size);
    this.partSimilarity = new Float64Array(this.vocabulary.size);
    this.partBeyondInitials = new Uint8Array(this.vocabulary.size);
    this.partRunPaired = new Uint8Array(this.vocabulary.size);
    this.partAsInitial = new Uint32Array(this.vocabulary.size);
    this.entitySeen = new Uint32Array(this.size);
    this.namePassed = new Uint32Array(this.nameEntity.length);
    this.entityAllNames = new Uint32Array(this.size);
    this.entityBound = new Float64Array(this.size);
    this.runSeen = new Uint32Array(this.glued.size);
    const byId = allIndexes(this.size).sort((a, b) => compareIds(this.prepared[a]!.entity.id, this.prepared[b]!.entity.id));
    this.idRank = new Int32Array(this.size);
    for (let r = 0; r < byId.length; r++) this.idRank[byId[r]!] = r;
    this.entityOfRank = Int32Array.from(byId);
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
    const limit = opts.limit ?? 10;
    const q = prepareQuery(query, this.prepareCache);
    if (q.tokens.length === 0 && q.identifierKeys.length === 0) return [];
    // a name of generic words and legal forms only ("company AG") pairs with thousands of listed
    // names, and usually with `limit` of them exactly: then those are the answer (every other hit
    // scores less, or as much with a later id), and looking for them at a bar of 1 skips nearly
    // every name. Otherwise (1 in 20 such queries at 1M) the search below runs as for any query.
    if (limit <= MAX_PRUNED_LIMIT && threshold < 1 && !q.name.parts.some(isDistinctive)) {
      const exact = this.retrieve(q, 1);
      if (exact.entities.length >= limit) {
        const hits = this.scoreAll(q, exact.entities, 1, limit, exact.passedNamesOnly, true);
        if (hits.length >= limit) return hits;
      }
    }
    const found = this.retrieve(q, threshold);
    return this.scoreAll(q, found.entities, threshold, limit, found.passedNamesOnly, true);
  }

  /** The reference answer: score every entity. Same result as `screen`, slower; for tests and benchmarks. */
  screenExhaustive(query: ScreenQuery, opts: ScreenOptions = {}): Hit[] {
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const q = prepareQuery(query, this.prepareCache);
    if (q.tokens.length === 0 && q.identifierKeys.length === 0) return [];
    return this.scoreAll(q, allIndexes(this.size), threshold, opts.limit ?? 10, false);
  }

  /** How many entities the index would score for this query (candidates per query, for benchmarks). */
  candidateCount(query: ScreenQuery, opts: ScreenOptions = {}): number {
    const q = prepareQuery(query, this.prepareCache);
    if (q.tokens.length === 0 && q.identifierKeys.length === 0) return 0;
    return this.retrieve(q, opts.threshold ?? DEFAULT_THRESHOLD).entities.length;
  }

  /**
   * Candidates of the query name and of each of its other readings (PreparedQuery.variants). With
   * readings, the entities found are scored on every name: the names marked as able to reach the
   * threshold are those of the last reading only. An entity's score bound is its best over the
   * readings (matchEntity scores every reading).
   */
  private retrieve(q: PreparedQuery, threshold: number): { entities: number[]; passedNamesOnly: boolean } {
    if (q.variants.length === 0) return { entities: this.candidates(q, threshold), passedNamesOnly: true };
    const bounds = new Map<number, number>();
    for (const name of [q.name, ...q.variants]) {
      const reading: PreparedQuery = { ...q, name, tokens: name.tokens, variants: [] };
      for (const e of this.candidates(reading, threshold)) {
        const b = this.entityBound[e]!;
        if (!(bounds.get(e)! >= b)) bounds.set(e, b);
      }
    }
    for (const [e, b] of bounds) this.entityBound[e] = b;
    return { entities: [...bounds.keys()], passedNamesOnly: false };
  }

  /**
   * Score the candidates; with `passedNamesOnly`, only the names `candidates` found able to reach
   * the threshold. With `bounded`, candidates are taken highest score bound first (`entityBound`
   * plus what qualifiers can add, rounded as scores are), then in id order, and scoring stops at
   * the first whose bound cannot beat the `limit`-th best hit so far: every later one has a bound
   * no higher, and on a tie the earlier id wins. The hits returned are the same as scoring all.
   */
  private scoreAll(q: PreparedQuery, candidates: number[], threshold: number, limit: number, passedNamesOnly: boolean, bounded = false): Hit[] {
    const scored: { p: PreparedEntity; score: number; result: ReturnType<typeof matchEntity> }[] = [];
    const epoch = this.epoch;
    const prune = bounded && limit < candidates.length && limit <= MAX_PRUNED_LIMIT;
    const lift = maxQualifierLift(q.query);
    // the best `limit` hits so far by score, then id rank: scores highest first, ranks alongside
    const bestScores: number[] = [];
    const bestRanks: number[] = [];
    let order: Float64Array | undefined;
    if (prune) {
      // one numeric sort of packed keys (no comparator calls: queries of common words have thousands of candidates)
      order = new Float64Array(candidates.length);
      for (let i = 0; i < candidates.length; i++) {
        const e = candidates[i]!;
        order[i] = Math.round((1 - this.boundOf(e, lift)) * 1000) * RANK_SPAN + this.idRank[e]!;
      }
      order.sort();
    }
    for (let i = 0; i < candidates.length; i++) {
      let e = candidates[i]!;
      let rank = 0;
      if (order) {
        rank = order[i]! % RANK_SPAN;
        e = this.entityOfRank[rank]!;
        if (bestScores.length === limit) {
          const bound = this.boundOf(e, lift);
          const bar = bestScores[limit - 1]!;
          if (bound < bar || (bound === bar && rank > bestRanks[limit - 1]!)) break;
        }
      }
      const p = this.prepared[e]!;
      let names: readonly PreparedName[] = p.names;
      if (passedNamesOnly && names.length > 1 && this.entityAllNames[e] !== epoch) {
        const first = this.entityNameStart[e]!;
        const some: PreparedName[] = [];
        for (let j = 0; j < names.length; j++) if (this.namePassed[first + j] === epoch) some.push(names[j]!);
        names = some;
      }
      const r = matchEntity(q, p, names);
      if (r.score < threshold) continue;
      if (order) {
        // a hit that cannot enter the best `limit` now never will: the bar only rises
        // (queries of common words have thousands of hits)
        let at = bestScores.length;
        while (at > 0 && (bestScores[at - 1]! < r.score || (bestScores[at - 1] === r.score && bestRanks[at - 1]! > rank))) at--;
        if (at >= limit) continue;
        bestScores.splice(at, 0, r.score);
        bestRanks.splice(at, 0, rank);
        if (bestScores.length > limit) {
          bestScores.pop();
          bestRanks.pop();
        }
      }
      scored.push({ p, score: r.score, result: r });
    }
    scored.sort((a, b) => b.score - a.score || compareIds(a.p.entity.id, b.p.entity.id));
    // explanations are built only for the hits returned
    return scored.slice(0, limit).map((s) => toHit(s.p.entity, s.score, s.result.explanation));
  }

  /**
   * The highest score candidate `e` can get in the current query, rounded as scores are. The bound
   * is computed from float32 weights and can come out a hair under the score it bounds: BOUND_SLACK
   * keeps it from rounding down past it.
   */
  private boundOf(e: number, lift: number): number {
    return roundScore(Math.min(1, this.entityBound[e]! + lift + BOUND_SLACK));
  }

  /** Entity indexes that may score at or above `threshold`: a superset of the true hits. */
  private candidates(q: PreparedQuery, threshold: number): number[] {
    const epoch = this.nextEpoch();
    const out: number[] = [];
    /** `bound`: an upper bound on the name score the entity can get through this name (Infinity: none known). */
    const addEntity = (e: number, bound: number) => {
      if (this.entitySeen[e] !== epoch) {
        this.entitySeen[e] = epoch;
        this.entityBound[e] = bound;
        out.push(e);
      } else if (bound > this.entityBound[e]!) {
        this.entityBound[e] = bound;
      }
    };
    // an identifier match can lift any name score: entities sharing one are always scored, on every name
    for (const key of q.identifierKeys) {
      for (const e of this.byIdentifier.get(key) ?? []) {
        this.entityAllNames[e] = epoch;
        addEntity(e, Infinity);
      }
    }

    const needed = threshold - maxQualifierLift(q.query) - ROUNDING_SLACK;
    if (needed <= 0) {
      this.entityAllNames.fill(epoch);
      this.entityBound.fill(Infinity);
      return allIndexes(this.size);
    }
    const parts = q.name.parts;
    const n = parts.length;
    if (n === 0) return out;
    const bounded = n <= MAX_BOUNDED_PARTS;

    // what each query part pairs with: vocabulary entries (lists shared with the lookup cache), and runs of listed parts
    const entries: (readonly number[])[][] = parts.map(() => []);
    const runHits: RunPairs[] = parts.map(() => NO_RUNS);
    const maxPairWeight = new Float64Array(n);
    /** The same, without runs of listed parts (posting-blocks.ts: names a run pairs with are visited on their own). */
    const partPairWeight = new Float64Array(n);
    const asInitial: (readonly number[])[] = [];
    const vocabularyMatches: PartMatches[] = [];
    for (let i = 0; i < n; i++) {
      const p = parts[i]!;
      const m = this.vocabulary.matches(p);
      vocabularyMatches.push(m);
      if (m.ids.length) entries[i]!.push(m.ids);
      // a query initial paired with a listed word as its initial weighs its own weight
      maxPairWeight[i] = partPairWeight[i] = m.asInitial.length > 0 ? Math.max(m.maxWeight, p.weight) : m.maxWeight;
      asInitial.push(m.asInitial);
      const runs = (runHits[i] = this.runsPairingWith(p));
      for (const w of runs.weights) if (w > maxPairWeight[i]!) maxPairWeight[i] = w;
    }
    // runs of query parts pairing with one listed part: every member may pair with it
    const runPaired: number[] = [];
    /** Per entry of runPaired, 1 when a glued run pairs with it (else only acronyms do). */
    const runPairedGlued: number[] = [];
    // A run pairs with a listed part only if none of its members can pair with that part on its
    // own: the matcher pairs parts one to one while any pair is left, and glues or reads acronyms
    // from the parts left over, so by then that part or that member is taken ("liability 1" glued
    // is never "liability" when the query's "liability" is)
    const pairsAlone = (members: number[], id: number) => members.some((m) => vocabularyMatches[m]!.ids.includes(id));
    const memberMatches = (members: number[], found: readonly number[], glued: boolean) => {
      // the lists are shared with the lookup caches: filtered into a new one
      const ids = found.some((id) => pairsAlone(members, id)) ? found.filter((id) => !pairsAlone(members, id)) : found;
      if (ids.length === 0) return;
      // a glued run pairs beyond initials (an acronym does not)
      if (glued && bounded) for (const id of ids) this.partBeyondInitials[id] = 1;
      for (const id of ids) {
        if (this.partRunPaired[id]) {
          if (glued) runPairedGlued[runPaired.indexOf(id)] = 1;
          continue;
        }
        this.partRunPaired[id] = 1;
        runPaired.push(id);
        runPairedGlued.push(glued ? 1 : 0);
      }
      for (const m of members) {
        entries[m]!.push(ids);
        for (const id of ids) {
          const w = this.vocabulary.maxWeight[id]!;
          if (w > maxPairWeight[m]!) maxPairWeight[m] = w;
          if (w > partPairWeight[m]!) partPairWeight[m] = w;
        }
      }
    };
    for (const run of gluedRuns(parts)) memberMatches(run.members, this.vocabulary.gluedMatches(run.text, run.vowelless), true);
    for (const run of acronymRuns(parts)) memberMatches(run.members, this.vocabulary.words(run.text), false);

    // typed arrays filled by loops: Float64Array.from with a mapping function is slow
    const queryWeights = new Float64Array(n);
    const costs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      queryWeights[i] = parts[i]!.weight;
      costs[i] = leastUnmatchedCost(parts, i);
    }
    const repeats = repeatMasks(parts);
    // query parts whose pairing makes a match rest on more than generic words (name-score.ts)
    let distinctiveMask = 0;
    for (let i = 0; i < n && i < MAX_BOUNDED_PARTS; i++) if (isDistinctive(parts[i]!)) distinctiveMask |= 1 << i;
    const hasMatches = (i: number) => entries[i]!.length > 0 || runHits[i]!.names.length > 0;
    const eachEntry = (i: number, visit: (id: number) => void) => {
      for (const ids of entries[i]!) for (const id of ids) visit(id);
    };

    // non-essential parts, most expensive first, while names pairing only with them stay under
    const essential = parts.map((_, i) => hasMatches(i));
    /** For queries of more than MAX_BOUNDED_PARTS parts: the first query part with each part's text (name-score.ts `isRepeat`). */
    const firstSame = bounded ? undefined : parts.map((p) => parts.findIndex((o) => o.text === p.text));
    const volume = parts.map((_, i) => {
      let v = 0;
      eachEntry(i, (id) => (v += this.partStart[id + 1]! - this.partStart[id]!));
      v += runHits[i]!.names.length;
      return v;
    });
    const order = parts.map((_, i) => i).filter(hasMatches);
    order.sort((a, b) => volume[b]! - volume[a]!);
    let setAside = 0;
    const setAsideParts = bounded ? undefined : new Uint8Array(n);
    for (const i of order) {
      if (setAsideParts) {
        setAsideParts[i] = 1;
        if (partsScoreBound(setAsideParts, queryWeights, maxPairWeight, costs, firstSame!) >= needed) {
          setAsideParts[i] = 0;
          continue;
        }
      } else {
        const next = setAside | (1 << i);
        if (nameScoreBound(next, queryWeights, maxPairWeight, costs, repeats) >= needed) continue;
        setAside = next;
      }
      essential[i] = false;
    }

    // per-name bound inputs: bits of the query parts each vocabulary entry pairs with, and run
    // pairings per name — name → slot r (in nameSlots: queries of common two-letter acronyms
    // pair runs in tens of thousands of names at 1M entities, too many for a Map), its query-part
    // mask in runMasks[r] and its weights in runWeights[r * n .. r * n + n) (one flat array, kept
    // across queries: a typed array is slow to allocate, per name or per query)
    const slots = this.nameSlots;
    const runMasks: number[] = [];
    /** Per slot, 1 when a glued run of the name pairs (beyond initials, unlike an acronym). */
    const runGlued: number[] = [];
    let runWeights = this.runWeightScratch;
    // the name parts from the first to the last inside a run that pairs with slot r:
    // runFirst[r] .. runEnd[r]). A run takes only parts inside it; counting every part in between
    // as taken only loosens the bound
    const runFirst: number[] = [];
    const runEnd: number[] = [];
    const similarity = this.partSimilarity;
    // a query of more parts than a mask holds (long descriptive names, 1 in 10,000 noisy queries
    // but a quarter second each unbounded) gets a plainer bound: each listed entry's query parts
    // are listed in longPairs[partBits[id] - 1 ..] instead of as bits (see longBound)
    const longPairs: number[][] = [];
    for (let i = 0; i < n; i++) {
      if (bounded) eachEntry(i, (id) => (this.partBits[id]! |= 1 << i));
      else {
        eachEntry(i, (id) => {
          const at = this.partBits[id]!;
          if (at === 0) this.partBits[id] = longPairs.push([i]);
          else if (!longPairs[at - 1]!.includes(i)) longPairs[at - 1]!.push(i);
        });
      }
      // how well each entry can pair, the best over the query parts pairing with it
      const ids = vocabularyMatches[i]!.ids;
      const { ceilings, beyondInitials } = this.pairInfo(parts[i]!, vocabularyMatches[i]!);
      for (let k = 0; k < ids.length; k++) {
        if (ceilings[k]! > similarity[ids[k]!]!) similarity[ids[k]!] = ceilings[k]!;
        if (beyondInitials[k]) this.partBeyondInitials[ids[k]!] = 1;
      }
      // not when a run of query parts pairs with the entry: the run weighs all its members
      if (bounded) for (const id of asInitial[i]!) if (!this.partRunPaired[id]) this.partAsInitial[id]! |= 1 << i;
      const runs = runHits[i]!;
      for (let k = 0; k < runs.names.length; k++) {
        const slot = NAME_SLOT * runs.names[k]!;
        let r: number;
        if (slots[slot + SLOT_RUN_EPOCH] === epoch) r = slots[slot + SLOT_RUN]!;
        else {
          r = runMasks.length;
          slots[slot + SLOT_RUN_EPOCH] = epoch;
          slots[slot + SLOT_RUN] = r;
          runMasks.push(0);
          runGlued.push(0);
          runFirst.push(Infinity);
          runEnd.push(0);
          if (runWeights.length < (r + 1) * n) {
            const bigger = new Float64Array(Math.max(16 * n, 2 * runWeights.length));
            bigger.set(runWeights.subarray(0, r * n));
            runWeights = this.runWeightScratch = bigger;
          }
          runWeights.fill(0, r * n, r * n + n);
        }
        if (bounded) runMasks[r]! |= 1 << i;
        if (k < runs.acronymsFrom) runGlued[r] = 1;
        if (runs.weights[k]! > runWeights[r * n + i]!) runWeights[r * n + i] = runs.weights[k]!;
        const first = runs.firsts[k]!;
        const end = first + runs.spans[k]!;
        if (first < runFirst[r]!) runFirst[r] = first;
        if (end > runEnd[r]!) runEnd[r] = end;
      }
    }
    // a run of query parts pairs with the listed part as a whole: as a glued word or an acronym scores at best
    for (let r = 0; r < runPaired.length; r++) {
      const id = runPaired[r]!;
      const ceiling = runPairedGlued[r] ? GLUED_SCORE : ACRONYM_SCORE;
      if (ceiling > similarity[id]!) similarity[id] = ceiling;
    }
    const anyRuns = runMasks.length > 0;
    const anyRunPaired = runPaired.length > 0;
    const data = this.nameData;
    const dataFloat = this.nameDataFloat;
    // query numbers: one that cannot pair in a name, nor any part with its text, is left unmatched
    let numberParts = 0;
    for (let i = 0; i < n && i < MAX_BOUNDED_PARTS; i++) if (parts[i]!.kind === 'number') numberParts |= 1 << i;
    const numberLeftInQuery = (mask: number): boolean => {
      for (let i = 0, b = numberParts; b !== 0; i++, b >>>= 1) if (b & 1 && ((mask >>> i) & 1) === 0 && (mask & repeats[i]!) === 0) return true;
      return false;
    };
    /** Whether a match of initials alone is marked down, by the kind of the listed name (NAME_KINDS). */
    const halvesInitials = NAME_KINDS.map((kind) => !organisationNames(q.name.nameKind, kind));
    /** Per query part, the most its pair can add to the matched weight in the name visited (score-bound.ts `pairedScoreBound`). */
    const pairValue = new Float64Array(n);
    /** The same without the similarity: the most its pair can weigh (for the second bound below). */
    const pairWeight = new Float64Array(n);
    /** The run slot of the name whose record starts at `slot`, if a run pairs in it. */
    const runSlotOf = (slot: number): number | undefined => (anyRuns && slots[slot + SLOT_RUN_EPOCH] === epoch ? slots[slot + SLOT_RUN]! : undefined);
    /** Whether name part k lies in the span of the runs paired with slot `run`: a run may take it, so it costs nothing for the bound. */
    const coveredByRun = (run: number | undefined, k: number): boolean => run !== undefined && k >= runFirst[run]! && k < runEnd[run]!;
    /** A run of listed parts pairs as one: what it adds to each query part's pair in pairValue and pairWeight. */
    const addRunPairs = (run: number) => {
      for (let i = 0; i < n; i++) {
        const runWeight = runWeights[run * n + i]!;
        if (runWeight === 0) continue;
        const value = (queryWeights[i]! + runWeight) / 2;
        if (value > pairValue[i]!) pairValue[i] = value;
        if (value > pairWeight[i]!) pairWeight[i] = value;
      }
    };
    /** For longBound: per-name marks of the texts paired (by firstSame). */
    const textPaired = bounded ? undefined : new Uint8Array(n);
    /**
     * The score bound of a name for a query of more than MAX_BOUNDED_PARTS parts: as
     * `pairedScoreBound` (score-bound.ts) with every query part pairing at once, a query initial's
     * pair weighed as the heavier of its two weights, and no penalty — each is only looser.
     */
    const longBound = (name: number): number => {
      const slot = NAME_SLOT * name;
      let bestSimilarity = 0;
      let unpaired = 0;
      const run = runSlotOf(slot);
      for (let k = slots[slot + SLOT_START]!, end = slots[slot + NAME_SLOT + SLOT_START]!; k < end; k++) {
        const at = k * PART_STRIDE;
        const id = data[at + PART_ID]!;
        const pairs = this.partBits[id]!;
        if (pairs === 0) {
          if (!coveredByRun(run, k)) unpaired += dataFloat[at + PART_COST]!;
          continue;
        }
        const w = dataFloat[at + PART_WEIGHT]!;
        const sim = similarity[id]!;
        if (sim > bestSimilarity) bestSimilarity = sim;
        for (const i of longPairs[pairs - 1]!) {
          const weight = (queryWeights[i]! + Math.max(queryWeights[i]!, w)) / 2;
          if (sim * weight > pairValue[i]!) pairValue[i] = sim * weight;
          if (weight > pairWeight[i]!) pairWeight[i] = weight;
        }
      }
      if (run !== undefined) {
        bestSimilarity = Math.max(bestSimilarity, runGlued[run] ? GLUED_SCORE : ACRONYM_SCORE);
        addRunPairs(run);
      }
      let value = 0;
      let weight = 0;
      for (let i = 0; i < n; i++) {
        if (pairWeight[i] === 0) continue;
        value += pairValue[i]!;
        weight += pairWeight[i]!;
        textPaired![firstSame![i]!] = 1;
      }
      // an unpaired part costs, unless a part of the same text is paired
      let unmatched = unpaired;
      for (let i = 0; i < n; i++) if (pairWeight[i] === 0 && !textPaired![firstSame![i]!]) unmatched += costs[i]!;
      pairValue.fill(0);
      pairWeight.fill(0);
      textPaired!.fill(0);
      if (value === 0) return 0;
      const bound = Math.min(bestSimilarity, value / (value + unmatched));
      // as in visitName: with no pair able to score 1, every pair weighed in full
      return bestSimilarity < 1 ? Math.min(bound, (bestSimilarity * weight) / (weight + unmatched)) : bound;
    };
    const visitName = (name: number) => {
      const slot = NAME_SLOT * name;
      if (slots[slot + SLOT_SEEN] === epoch) return;
      slots[slot + SLOT_SEEN] = epoch;
      let bound = Infinity;
      if (bounded) {
        let mask = 0;
        // the best similarity of any pair: the score is a weighted mean of pair similarities, shrunk by costs
        let bestSimilarity = 0;
        let unpaired = 0;
        let wordLeft = false;
        // a listed part that a run of query parts pairs with as a whole (glued words, acronyms)
        let runInName = false;
        // some pair here may rest on more than initials
        let beyondInitials = false;
        let numberLeft = false;
        // how many query parts can pair at once: one per listed part, every member of a query run with the part it pairs
        let pairable = 0;
        const run = runSlotOf(slot);
        for (let k = slots[slot + SLOT_START]!, end = slots[slot + NAME_SLOT + SLOT_START]!; k < end; k++) {
          const at = k * PART_STRIDE;
          const id = data[at + PART_ID]!;
          const bits = this.partBits[id]!;
          if (anyRunPaired && this.partRunPaired[id]) runInName = true;
          if (bits === 0) {
            // a listed part a paired run covers may be matched after all (costs nothing for the bound)
            if (coveredByRun(run, k)) continue;
            unpaired += dataFloat[at + PART_COST]!;
            const flags = data[at + PART_FLAGS]!;
            if (flags & PART_WORD_ALONE_FLAG) wordLeft = true;
            // a listed number no query part can pair with: the matcher marks the score down
            if (flags & PART_NUMBER_FLAG) numberLeft = true;
            continue;
          }
          mask |= bits;
          if (this.partBeyondInitials[id]) beyondInitials = true;
          pairable += anyRunPaired && this.partRunPaired[id] ? bitCount(bits) : 1;
          const w = dataFloat[at + PART_WEIGHT]!;
          const asInitial = this.partAsInitial[id]!;
          const sim = similarity[id]!;
          if (sim > bestSimilarity) bestSimilarity = sim;
          for (let i = 0, b = bits; b !== 0; i++, b >>>= 1) {
            if ((b & 1) === 0) continue;
            const weight = (queryWeights[i]! + (asInitial & (1 << i) ? queryWeights[i]! : w)) / 2;
            if (sim * weight > pairValue[i]!) pairValue[i] = sim * weight;
            if (weight > pairWeight[i]!) pairWeight[i] = weight;
          }
        }
        if (run !== undefined) {
          // a run of listed parts pairs as one; the parts it covers cost nothing above
          mask |= runMasks[run]!;
          const ceiling = runGlued[run] ? GLUED_SCORE : ACRONYM_SCORE;
          if (ceiling > bestSimilarity) bestSimilarity = ceiling;
          pairable = Infinity;
          addRunPairs(run);
        }
        bound = Math.min(bestSimilarity, pairedScoreBound(mask, pairValue, costs, repeats, unpaired, pairable));
        // no pair can score 1 (no same text, no initial): every pair's similarity is at most the best,
        // and the total weighs each pair in full (score-bound.ts: pairedScoreBound of the weights, scaled)
        if (bestSimilarity < 1) bound = Math.min(bound, bestSimilarity * pairedScoreBound(mask, pairWeight, costs, repeats, unpaired, pairable));
        // both are read only for the parts in mask: clear those for the next name
        for (let i = 0, b = mask; b !== 0; i++, b >>>= 1) if (b & 1) pairValue[i] = pairWeight[i] = 0;
        // only generic words can match while a listed word surely stays unmatched (no run could
        // take it, no distinctive query part pairs here): the matcher halves the score
        if (run === undefined && !runInName && wordLeft && (mask & distinctiveMask) === 0) bound *= ONLY_GENERIC_FACTOR;
        // every pair here rests on initials (an initial against a word, an acronym either way),
        // and this kind of name is marked down for it: the matcher halves the score
        if ((run === undefined || !runGlued[run]) && !beyondInitials && halvesInitials[data[slots[slot + SLOT_START]! * PART_STRIDE + PART_FLAGS]! >>> PART_KIND_SHIFT]!) bound *= ONLY_INITIALS_FACTOR;
        // a number left on either side: a listed one no query part pairs with, or a query number not paired here
        if (numberLeft || (numberParts !== 0 && numberLeftInQuery(mask))) bound *= NUMBER_MISMATCH_FACTOR;
        if (bound < needed) return;
      } else {
        bound = longBound(name);
        if (bound < needed) return;
      }
      this.namePassed[name] = epoch;
      addEntity(this.nameEntity[name]!, bound);
    };
    // postings are sorted by name key (posting-blocks.ts): names over the cost allowance, and
    // names with a distinctive word where halving keeps them under, are skipped in whole runs.
    // The runs of listed parts an essential part pairs with are visited on their own (below), so
    // for the names met in postings such a part pairs with a single listed part at most.
    let pairing = 0;
    const allowanceWeight = new Float64Array(n);
    for (let i = 0; i < n && i < MAX_BOUNDED_PARTS; i++) {
      const runs = !essential[i] && runHits[i]!.names.length > 0;
      if (entries[i]!.length > 0 || runs) pairing |= 1 << i;
      allowanceWeight[i] = runs ? maxPairWeight[i]! : partPairWeight[i]!;
    }
    // the matcher halves a score when no distinctive query part is paired, no run is, and a
    // distinctive listed word is left unmatched. If every distinctive part that pairs at all is
    // essential, a name pairing one is met in that part's postings; so the postings of the other
    // parts can skip names with a distinctive word, when no other part pairs with a word and no
    // run pairs but those visited on their own
    const skipWordNames = ((): boolean => {
      if (!bounded || needed <= ONLY_GENERIC_FACTOR || runPaired.length > 0) return false;
      for (let i = 0; i < n; i++) {
        if (!essential[i] && (runHits[i]!.names.length > 0 || (distinctiveMask & (1 << i) && hasMatches(i)))) return false;
        if (distinctiveMask & (1 << i)) continue;
        for (const ids of entries[i]!) for (const id of ids) if (this.partIsWord[id]) return false;
      }
      return true;
    })();
    const keys = this.nameKey;
    const postings = this.partNames;
    const visitRange = (from: number, to: number) => {
      for (let k = from; k < to; k += VISIT_GROUP) {
        const stop = Math.min(to, k + VISIT_GROUP);
        // read the slots, then the first part records, of a group of names before visiting them:
        // these reads do not wait on each other, so their cache misses overlap instead of coming
        // one after the other inside visitName
        let touched = 0;
        for (let j = k; j < stop; j++) touched |= slots[NAME_SLOT * postings[j]!]!;
        for (let j = k; j < stop; j++) touched |= data[slots[NAME_SLOT * postings[j]! + SLOT_START]! * PART_STRIDE]!;
        this.touched = touched;
        for (let j = k; j < stop; j++) visitName(postings[j]!);
      }
    };
    // Parts are visited fewest names first. Once a part's postings are visited in full (no names
    // with a word skipped), a name pairing that part was met there, or skipped there as unable to
    // reach the threshold: the postings of later parts need only names that do not pair it, and
    // their cost allowance leaves it out. So a part that need not be visited (non-essential) is
    // visited all the same when its names are few against the most an essential part has: "wan
    // abdullah" visits the 830 names of "wan", then of the 31,000 of "abdullah" only those that
    // "abdullah" alone can take to the threshold (1,000 names visited instead of 31,000 at 1M)
    let mostVolume = 0;
    for (let i = 0; i < n; i++) if (essential[i] && volume[i]! > mostVolume) mostVolume = volume[i]!;
    const visitOrder = parts.map((_, i) => i).filter((i) => essential[i] || (bounded && hasMatches(i) && volume[i]! * CHEAP_PART_SHARE <= mostVolume));
    visitOrder.sort((a, b) => volume[a]! - volume[b]!);
    let visitedInFull = 0;
    for (const i of visitOrder) {
      const wordNames = !skipWordNames || (distinctiveMask & (1 << i)) !== 0;
      eachEntry(i, (id) => {
        const start = this.partStart[id]!;
        const end = this.partStart[id + 1]!;
        let costBuckets = COST_BUCKETS;
        if (bounded) {
          // a name here pairs part i with this entry, or with a heavier one whose postings it is in too
          const all = allowanceWeight[i]!;
          allowanceWeight[i] = this.partAsInitial[id]! & (1 << i) ? queryWeights[i]! : this.vocabulary.maxWeight[id]!;
          costBuckets = costBucketsWithin(candidateCostAllowance(pairing & ~visitedInFull, queryWeights, allowanceWeight, costs, repeats, needed));
          allowanceWeight[i] = all;
        }
        if (costBuckets === COST_BUCKETS && wordNames) {
          visitRange(start, end);
          return;
        }
        const withWord = firstWithKey(this.partNames, keys, start, end, COST_BUCKETS);
        visitRange(start, firstWithKey(this.partNames, keys, start, withWord, costBuckets));
        if (wordNames) visitRange(withWord, firstWithKey(this.partNames, keys, withWord, end, COST_BUCKETS + costBuckets));
      });
      for (const name of runHits[i]!.names) visitName(name);
      if (bounded && wordNames) visitedInFull |= 1 << i;
    }
    for (let i = 0; i < n; i++) eachEntry(i, (id) => (this.partBits[id] = this.partAsInitial[id] = similarity[id] = this.partBeyondInitials[id] = 0));
    for (const id of runPaired) this.partRunPaired[id] = 0;
    return out;
  }

  /** `PairInfo` of query part `p` against the entries `m` lists; cached with `m`, the vocabulary's answer for `p`. */
  private pairInfo(p: PreparedPart, m: PartMatches): PairInfo {
    let info = this.pairInfoOf.get(m);
    if (!info) {
      info = { ceilings: new Float64Array(m.ids.length), beyondInitials: new Uint8Array(m.ids.length) };
      for (let k = 0; k < m.ids.length; k++) {
        const entry = this.vocabulary.parts[m.ids[k]!]!;
        const code = comparePartCode(p, entry);
        info.ceilings[k] = pairScoreCeiling(p, entry, code);
        info.beyondInitials[k] = pairBeyondInitials(p, unpackHow(code)) ? 1 : 0;
      }
      this.pairInfoOf.set(m, info);
    }
    return info;
  }

  /** Names where query part `p` pairs with a run of listed parts (glued word, acronym) as a whole; cached per part. */
  private runsPairingWith(p: PreparedPart): RunPairs {
    if (!canGlue(p) && !canBeAcronym(p)) return NO_RUNS;
    // by part object first (query parts come from the PrepareCache: a word seen before is the same object)
    const known = this.runsByPart.get(p);
    if (known) return known;
    const key = `${p.text}\u0001${p.kind}\u0001${p.vowelless ? 1 : 0}`;
    const cached = this.runCache.get(key);
    if (cached) {
      this.rememberRuns(p, cached);
      return cached;
    }
    const out: RunPairs = { names: [], weights: [], firsts: [], spans: [], acronymsFrom: 0 };
    if (canGlue(p)) {
      const g = this.glued;
      const seen = this.runSeen;
      const epoch = this.nextRunEpoch();
      const verify = (o: number) => {
        if (seen[o] === epoch) return;
        seen[o] = epoch;
        const first = g.firstOf[o]!;
        const end = first + g.countOf[o]!;
        const runVowelless = this.vocabulary.parts[this.nameData[first * PART_STRIDE + PART_ID]!]!.vowelless;
        // lengths rule most runs out before their text is built (gluesTo's length conditions)
        let length = 0;
        for (let k = first; k < end; k++) length += this.vocabulary.parts[this.nameData[k * PART_STRIDE + PART_ID]!]!.text.length;
        if (!glueLengthFits(length, runVowelless, p)) return;
        if (!gluesTo(this.runText(first, end), runVowelless, p, g.masks[o]!)) return;
        let weight = 0;
        for (let k = first; k < end; k++) weight += this.nameDataFloat[k * PART_STRIDE + PART_WEIGHT]!;
        out.names.push(g.nameOf[o]!);
        out.weights.push(weight);
        out.firsts.push(first);
        out.spans.push(end - first);
      };
      g.findExact(p.text, verify);
      if (p.consonants) g.findConsonants(p.consonants, !p.vowelless, verify);
      // last, so only a typo can still pair: drop runs whose letters differ too much
      const mask = letterMask(p.text);
      const budget = glueBudget(p.text.length);
      g.probe(p.text, (o) => {
        if (seen[o] !== epoch && maybeWithinEdits(mask, g.masks[o]!, budget)) verify(o);
      });
    }
    out.acronymsFrom = out.names.length;
    if (canBeAcronym(p)) {
      const a = this.acronyms;
      a.exact(p.text, (entry) => {
        for (let k = a.start[entry]!; k < a.start[entry + 1]!; k++) {
          out.names.push(a.names[k]!);
          out.weights.push(a.weights[k]!);
          out.firsts.push(a.firsts[k]!);
          out.spans.push(a.spans[k]!);
        }
      });
    }
    this.runCache.set(key, out);
    this.rememberRuns(p, out);
    return out;
  }

  private rememberRuns(p: PreparedPart, runs: RunPairs): void {
    if (this.runsByPart.size >= RUN_CACHE_SIZE) this.runsByPart.clear();
    this.runsByPart.set(p, runs);
  }

  /**
   * Index each glued run by its consonant skeleton (a query written without vowels pairs with
   * runs by it), hashed from its parts' skeletons, computed once per distinct part: a million
   * entities have 3.6 million runs, and building their texts took 5 s (joinedConsonantHash).
   */
  private indexRunConsonants(): void {
    const parts = this.vocabulary.parts;
    const skeletons: (string | undefined)[] = new Array(parts.length);
    const g = this.glued;
    // reused for every run: no arrays allocated per run
    const texts: string[] = [];
    const runSkeletons: string[] = [];
    g.indexConsonants((o) => {
      texts.length = runSkeletons.length = 0;
      for (let k = g.firstOf[o]!, end = k + g.countOf[o]!; k < end; k++) {
        const id = this.nameData[k * PART_STRIDE + PART_ID]!;
        texts.push(parts[id]!.text);
        // a word's skeleton is prepared with it (prepare.ts)
        runSkeletons.push((skeletons[id] ??= parts[id]!.kind === 'word' ? parts[id]!.consonants : consonantKey(parts[id]!.text)));
      }
      return joinedConsonantHash(texts, runSkeletons);
    });
  }

  /** The text of a glued run: its parts' texts, joined. */
  private runText(first: number, end: number): string {
    let text = '';
    for (let k = first; k < end; k++) text += this.vocabulary.parts[this.nameData[k * PART_STRIDE + PART_ID]!]!.text;
    return text;
  }

  private nextRunEpoch(): number {
    if (++this.runEpoch === 0xffffffff) {
      this.runSeen.fill(0);
      this.runEpoch = 1;
    }
    return this.runEpoch;
  }

  private nextEpoch(): number {
    if (++this.epoch === 0xffffffff) {
      for (let slot = 0; slot < this.nameSlots.length; slot += NAME_SLOT) this.nameSlots[slot + SLOT_SEEN] = this.nameSlots[slot + SLOT_RUN_EPOCH] = 0;
      this.entitySeen.fill(0);
      this.namePassed.fill(0);
      this.entityAllNames.fill(0);
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

/** Token → names postings (CSR) from names → tokens; a name is listed once per distinct token, in the order of `order`. */
function invertPostings(nameStart: Int32Array, nameTokens: Int32Array, tokenCount: number, order: Int32Array): [Int32Array, Int32Array] {
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
  for (let j = 0; j < names; j++) {
    const n = order[j]!;
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

/** A part that need not be visited is visited all the same when it has at most this share of the names of the largest essential part. */
const CHEAP_PART_SHARE = 8;
/** Fields of a name's record in ScreeningIndex.nameSlots. */
const NAME_SLOT = 4;
const SLOT_START = 0;
const SLOT_SEEN = 1;
const SLOT_RUN_EPOCH = 2;
const SLOT_RUN = 3;
/** Hits beyond this many per query are not worth pruning for (tests ask for all hits). */
const MAX_PRUNED_LIMIT = 1000;
/** Names whose memory reads are started together before they are visited (see visitRange). */
const VISIT_GROUP = 16;
/** Id ranks packed under score bounds in one sort key (float64 holds 1000 · 2^32 exactly). */
const RANK_SPAN = 2 ** 32;
/** Far above float32 rounding of weights (about 1e-7 of a score), far under the 0.0005 that moves a rounded score. */
const BOUND_SLACK = 1e-6;


/** Number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Whether another part of the name has the same text as parts[i]. */
function repeatsAnotherPart(parts: readonly PreparedPart[], i: number): boolean {
  for (let j = 0; j < parts.length; j++) if (j !== i && parts[j]!.text === parts[i]!.text) return true;
  return false;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function allIndexes(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
