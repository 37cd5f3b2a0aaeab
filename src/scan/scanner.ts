/**
 * The scanner: finds every listed party mentioned in a text. Build it once per set of entities
 * (`buildScanner`), then `scan` any number of texts; scanning is linear in the text.
 *
 * Pipeline of one scan:
 *   1. tokenize the text (folded tokens with original offsets, case, breaks);
 *   2. candidates: one dictionary lookup per token pair (and per token, for one-word names, and
 *      across a lone comma, for names in the lists' order "LUNA MEZA, Osiris");
 *   3. verify each candidate window with the matcher's part similarity and alignment — memoized
 *      per hit by the words around it, so a phrase met again costs one lookup;
 *   4. precision rules, in order:
 *      a. full mentions of strong names are evidence on their own; overlapping claims of different
 *         entities keep the better (longer, then higher-scoring) one;
 *      b. weak and common aliases count only with support: the entity named in full in the text,
 *         one of its identifiers, an alias cue ("known as") or a vessel cue ("tanker") right before
 *         them, or a related listed party named in full nearby (see `supportFor`);
 *      c. short mentions ("Luna Meza said", "Marroquín") count when the same entity is named in
 *         full anywhere in the text, before or after them (in-document coreference), unless they
 *         fit several named entities equally;
 *   5. per entity: mentions, the matcher's score and explanation of the best one, related parties.
 */
import { alignPrepared, DEFAULT_THRESHOLD, matchEntity, prepareEntity, prepareName, prepareQuery, roundScore, type PartMatch, type PreparedEntity, type PreparedName } from '../match/index.js';
import { captionOf, countryCode, identifierKey, listsOf, type Entity } from '../model/index.js';
import { contextSnippet } from './context-snippet.js';
import { BREAK_BEFORE, CAP, CASE_INFORMATIVE, COMMA_BEFORE, DIGIT, FoldCache, LOWER, PARTICLE, TokenBuffers, tokenizeDocument, type DocumentTokens } from './document-tokens.js';
import { MentionClaims, ShortMentionOverlaps } from './mention-claims.js';
import { NameDictionary } from './name-dictionary.js';
import { ALIAS_CUE_PHRASES, PARTICLES, VESSEL_CUE } from './reference-words.js';
import { RelationGraph } from './relation-graph.js';
import type { MentionKind, RelatedParty, ScanEntity, ScanMention, ScanOptions, ScanResult } from './types.js';
import { mayBeFull, verifyWindow, type VerifyContext, type WindowMatch } from './verify-window.js';
import type { DictionaryName } from './name-dictionary.js';

/** Particles skipped between two name words when pairing document tokens ("Juan de la Cruz"). */
const MAX_SKIPPED_PARTICLES = 2;
/** Full mentions spelled out one by one in the evidence; more are counted. */
const MAX_EVIDENCE_LINES = 5;
const CUE_LAST_WORDS = new Set(ALIAS_CUE_PHRASES.map((p) => p[p.length - 1]!));
/** Words on each side of a hit that may belong to the same name (for the quick pre-check). */
const NEARBY_WORDS = 4;
/** Document words between an alias cue and the alias ("known as “El Hielero”"). */
const CUE_REACH = 1;
/** Document words between a vessel cue and the name ("the Iranian oil tanker Sanchi"). */
const VESSEL_CUE_REACH = 3;
/**
 * Name-like words on each side of a hit that make up its region for memoizing verification; a hit
 * in a longer run of capitalized words (or of any words, in a lower-case text) is verified afresh.
 */
const MAX_REGION_REACH = 12;
/** Memoized hit outcomes (and one-word short mention scores) kept per scanner, cleared when full. */
const MAX_MEMO = 50_000;
const NONE: readonly number[] = [];
/** Distinct words numbered before the numbering (and the hit memo) starts afresh. */
const MAX_WORD_IDS = 200_000;

/** A hit on a weak name, put aside until support is known (offsets relative to the hit token). */
interface Deferred {
  nameId: number;
  i: number;
  j: number;
  /** The hit spans a lone comma before token j ("LUNA MEZA, Osiris"), or -1. */
  comma: number;
}

/** A hit token whose outcome holds hits on weak names, put aside (see verifyDeferred). */
interface DeferredHit {
  outcome: HitOutcome;
  /** The hit token: the outcome's offsets are relative to it. */
  i: number;
}

/** What verifying one hit token gave, in offsets relative to that token (memoized by its region). */
interface HitOutcome {
  found: WindowMatch[];
  deferred: Deferred[];
  /** Per entry of `deferred`, once verified: its full mention (relative offsets), or null. */
  verified?: (WindowMatch | null | undefined)[];
  /** The scan (see `scanNo`) in which no party of `deferred` could have support without a cue. */
  unsupportedIn?: number;
}

/** A memoized hit: the words and flags of its region (see `regionSequence`), and its outcome. */
interface MemoEntry {
  region: Int32Array;
  outcome: HitOutcome;
}

interface Accepted extends WindowMatch {
  kind: MentionKind;
  /** For weak mentions: what backs them, in words. */
  support?: string;
}

export interface Scanner {
  /** Number of entities and names the scanner was built over. */
  readonly entityCount: number;
  readonly nameCount: number;
  scan(text: string, opts?: ScanOptions): ScanResult;
}

export function buildScanner(entities: readonly Entity[]): Scanner {
  return new DocumentScanner(entities);
}

class DocumentScanner implements Scanner {
  readonly entityCount: number;
  readonly nameCount: number;
  private readonly dict: NameDictionary;
  private relations: RelationGraph | undefined;
  private readonly cache = new FoldCache();
  private readonly buffers = new TokenBuffers();
  /** Per-token scratch arrays lent to each scan (see TokenBuffers): skeleton ids, word ids, claims. */
  private scratch = new Int32Array(0);
  /** Folded word → small integer id (for memo keys); skeleton id of each word id. */
  private readonly wordIds = new Map<string, number>();
  private wordSkeletons: number[] = [];
  private readonly alignments = new Map<string, { score: number; alignment: PartMatch[] }>();
  private readonly preparedQueries = new Map<string, PreparedName>();
  private readonly preparedNames = new Map<number, PreparedName>();
  private readonly identifierKeys = new Map<number, string[]>();
  private readonly preparedEntities = new Map<number, PreparedEntity>();
  /**
   * Hash of a hit's region → the hit's outcome: news repeats its names and phrases, within and
   * across texts. Valid for one threshold (`memoFor`) and one numbering of words.
   */
  private readonly hitMemo = new Map<number, MemoEntry>();
  /** Scores of one-word short mentions by name form and word id (see `shortScore`). */
  private readonly shortScores = new Map<number, number>();
  private memoFor = '';
  /** Number of the current scan, for what an outcome learns about one text (`unsupportedIn`). */
  private scanNo = 0;
  private readonly region = new Int32Array(4 * (2 * MAX_REGION_REACH + MAX_SKIPPED_PARTICLES + 8));
  private readonly nearby = new Int32Array(NEARBY_WORDS * 2 + 2);

  constructor(private readonly entities: readonly Entity[]) {
    this.dict = new NameDictionary(entities);
    this.entityCount = entities.length;
    this.nameCount = this.dict.size;
    // nearly every scan that finds a party reports its related parties and looks for short
    // mentions of it: built with the scanner, so the first scan does not pay for them
    this.relationGraph();
    this.namesByEntity();
  }

  scan(text: string, opts: ScanOptions = {}): ScanResult {
    this.scanNo++;
    const doc = tokenizeDocument(text, this.cache, this.buffers);
    const caseMatters = doc.capitalShare >= 0.02;
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    if (this.wordIds.size >= MAX_WORD_IDS) {
      // word ids are renumbered only here, between scans: the memos hold them
      this.wordIds.clear();
      this.wordSkeletons = [];
      this.hitMemo.clear();
      this.shortScores.clear();
    }
    // verification depends on the threshold (the case mode is part of each memo key)
    const memoFor = String(threshold);
    if (memoFor !== this.memoFor) {
      this.hitMemo.clear();
      this.memoFor = memoFor;
    }
    const scratch = this.scratchFor(doc.count);
    const ids = scratch.subarray(0, doc.count);
    const ctx: VerifyContext = {
      doc,
      skeletons: this.skeletonIds(doc, caseMatters, ids, scratch.subarray(doc.count, 2 * doc.count)),
      caseMatters,
      used: new Uint8Array(64),
      threshold,
      nameCount: (t) => this.dict.nameCount(t),
      isCommon: (t) => this.dict.isCommon(t),
      align: (q, name, id) => this.align(q, name, id),
    };
    const deferred: DeferredHit[] = [];
    const found = this.findCandidates(ctx, deferred);

    // a. full mentions of strong names
    const claims = new MentionClaims<Accepted>(doc.count, scratch.subarray(2 * doc.count, 3 * doc.count));
    const strong = found.filter((w) => w.full && !this.dict.names[w.nameId]!.weakReason);
    for (const w of rank(strong)) if (claims.fits(w)) claims.add({ ...w, kind: 'full' });
    const firstFull = new Map<number, number>();
    for (const m of claims.accepted) firstFull.set(m.entity, Math.min(firstFull.get(m.entity) ?? Infinity, m.b));
    // sentences where each party is named in full, for "a related party named nearby"
    const fullSentences = new Map<number, Set<number>>();
    for (const m of claims.accepted) {
      const set = fullSentences.get(m.entity) ?? new Set<number>();
      set.add(doc.sentence[m.a]!);
      fullSentences.set(m.entity, set);
    }

    // b. weak and common aliases, with support; names that are weak on every list they are on
    // were put aside by findCandidates and are verified only where support is possible
    const possibleMemo = new Map<number, boolean>();
    const possible = (entity: number) => {
      let p = possibleMemo.get(entity);
      if (p === undefined) possibleMemo.set(entity, (p = this.maySupport(entity, doc, firstFull, fullSentences)));
      return p;
    };
    const weak = [...found, ...this.verifyDeferred(ctx, deferred, possible)].filter((w) => w.full && this.dict.names[w.nameId]!.weakReason);
    for (const w of rank(weak)) {
      if (!claims.fits(w)) continue;
      const support = this.supportFor(w, doc, firstFull, fullSentences);
      if (support) claims.add({ ...w, kind: 'weak', support });
    }

    // c. coreference: short mentions of a party named in full somewhere in the text — after the
    // full mention, or before it (a headline "Luna Meza under fire" over a body that names
    // "Osiris Luna Meza"): the text is read whole, so resolution is deferred until all full
    // mentions are known
    const shorts = [...found.filter((w) => !w.full), ...this.coreferenceCandidates(ctx, firstFull, claims)].filter((w) => firstFull.has(w.entity));
    // entities named in full by exactly the same words (the same person on several lists)
    // (as a hash of the spans, in the order they were accepted)
    const fullSpans = new Map<number, number>();
    for (const m of claims.accepted) if (m.kind === 'full') fullSpans.set(m.entity, mixSpan(fullSpans.get(m.entity) ?? 0, m.a, m.b));
    const overlaps = new ShortMentionOverlaps(shorts, (x, y) => fullSpans.get(x) === fullSpans.get(y));
    for (const w of rank(shorts)) {
      if (overlaps.ambiguous(w)) continue;
      if (claims.fits(w)) claims.add({ ...w, kind: 'coreference' });
    }

    return { entities: this.report(doc, claims.accepted, opts), text };
  }

  /**
   * Steps 2–3: dictionary lookups per token and token pair, each verified. Hits on names that are
   * weak on every list ("Mohammed Ali", "Sun") go to `deferred` instead: most have no support in
   * the text, and verifying them all would cost more than the rest of the scan.
   */
  private findCandidates(ctx: VerifyContext, deferred: DeferredHit[]): WindowMatch[] {
    const { doc } = ctx;
    const n = doc.count;
    const skel = ctx.skeletons;
    const flags = doc.flags;
    const folded = doc.folded;
    const seen = new Set<number | string>();
    const out: WindowMatch[] = [];
    const ids = this.docWordIds!;
    const region = this.region;
    for (let i = 0; i < n; i++) {
      if (ctx.caseMatters && (flags[i]! & (LOWER | PARTICLE)) === LOWER) continue;
      const singles = this.dict.namesForSingle(folded[i]!);
      const si = skel[i]!;
      if (!singles && si < 0) continue;
      // pair with the next non-particle token of the same stretch of text
      let j = i + 1;
      let skipped = 0;
      while (j < n && (flags[j]! & (BREAK_BEFORE | PARTICLE)) === PARTICLE && skipped < MAX_SKIPPED_PARTICLES) {
        j++;
        skipped++;
      }
      const pairOk = si >= 0 && j < n && !(flags[j]! & BREAK_BEFORE) && skel[j]! >= 0 && !(flags[i]! & PARTICLE) && !(flags[j]! & PARTICLE) && !(ctx.caseMatters && flags[j]! & LOWER);
      const pair = pairOk ? this.dict.namesForPair(si, skel[j]!) : undefined;
      // "LUNA MEZA, Osiris": the lists' own order, a family word, a lone comma, a given word
      const c = i + 1;
      const listOrder =
        si >= 0 && c < n && flags[c]! & COMMA_BEFORE && skel[c]! >= 0 && !(flags[i]! & PARTICLE) && !(flags[c]! & PARTICLE) && !(ctx.caseMatters && flags[c]! & LOWER)
          ? this.dict.namesForPair(si, skel[c]!)
          : undefined;
      if (!singles && !pair && !listOrder) continue;

      // The outcome depends only on the words of the hit's stretch of text: memoized by them.
      const length = regionSequence(ctx, ids, (t) => this.wordId(t), i, listOrder ? c : pairOk ? j : i, region);
      const hash = length < 0 ? -1 : hashOf(region, length);
      const entry = hash < 0 ? undefined : this.hitMemo.get(hash);
      let outcome: HitOutcome;
      if (entry && sameRegion(entry.region, region, length)) {
        outcome = entry.outcome;
      } else {
        outcome = this.verifyHit(ctx, i, singles, pairOk ? j : -1, pair, listOrder);
        if (hash >= 0 && !entry) {
          if (this.hitMemo.size >= MAX_MEMO) this.hitMemo.clear();
          this.hitMemo.set(hash, { region: region.slice(0, length), outcome });
        }
      }
      for (const r of outcome.found) {
        const w: WindowMatch = { ...r, a: r.a + i, b: r.b + i };
        // the same result for every listed name of this shape
        const name = this.dict.names[w.nameId]!;
        for (const member of name.members ?? [w.nameId]) {
          const seenKey = windowKey(member, w.a, w.b);
          if (seen.has(seenKey)) continue;
          seen.add(seenKey);
          out.push(member === w.nameId ? w : { ...w, nameId: member, entity: this.dict.names[member]!.entity });
        }
      }
      if (outcome.deferred.length) deferred.push({ outcome, i });
    }
    return out;
  }

  /**
   * Verify every name a hit token brought up: one-word names at i, names keyed by the pair (i, j),
   * names in the lists' order across the comma before i + 1. Offsets in the outcome are relative
   * to i. Hits on names that are weak on every list go to `deferred`.
   */
  private verifyHit(ctx: VerifyContext, i: number, singles: readonly number[] | undefined, j: number, pair: readonly number[] | undefined, listOrder: readonly number[] | undefined): HitOutcome {
    const outcome: HitOutcome = { found: [], deferred: [] };
    const nearby = this.nearby;
    let nearbyCount = 0;
    const tryName = (nameId: number, hj: number, comma: number) => {
      const name = this.dict.names[nameId]!;
      if (comma >= 0 && !name.family) return;
      if (!mayBeFull(name, nearby, nearbyCount)) return;
      if (name.allWeak) {
        outcome.deferred.push({ nameId, i: 0, j: hj - i, comma: comma < 0 ? -1 : comma - i });
        return;
      }
      const w = verifyWindow(ctx, name, nameId, i, hj, false, comma);
      if (w) outcome.found.push({ ...w, a: w.a - i, b: w.b - i });
    };
    if (singles || pair) {
      nearbyCount = collectNearby(ctx, i, j >= 0 ? j : i, nearby);
      if (singles) for (const id of singles) tryName(id, i, -1);
      if (pair) for (const id of pair) tryName(id, j, -1);
    }
    if (listOrder) {
      nearbyCount = collectNearby(ctx, i, i + 1, nearby);
      for (const id of listOrder) tryName(id, i + 1, i + 1);
    }
    return outcome;
  }

  /** Verify the put-aside hits on weak names whose parties may have support at that place. */
  private verifyDeferred(ctx: VerifyContext, deferred: DeferredHit[], possible: (entity: number) => boolean): WindowMatch[] {
    const out: WindowMatch[] = [];
    const seen = new Set<string>();
    const nearby = new Int32Array(NEARBY_WORDS * 2 + 2);
    // per token: 1 an alias or vessel cue ends right before it, 0 not, -1 not yet known
    const cueAt = new Int8Array(deferred.length ? ctx.doc.count : 0).fill(-1);
    for (const { outcome, i } of deferred) {
      // a cue right before the hit opens it for every listing; otherwise the party needs support
      const cue = cueNear(ctx.doc, i, cueAt);
      // the same words met again in this text, with no cue, and none of their parties supported
      if (!cue && outcome.unsupportedIn === this.scanNo) continue;
      let anySupported = false;
      for (let x = 0; x < outcome.deferred.length; x++) {
        const d = outcome.deferred[x]!;
        const name = this.dict.names[d.nameId]!;
        const members = name.members ?? [d.nameId];
        const open = cue ? members : members.some((m) => possible(this.dict.names[m]!.entity)) ? members.filter((m) => possible(this.dict.names[m]!.entity)) : NONE;
        if (!cue && open.length) anySupported = true;
        if (open.length === 0) continue;
        // verified once per memoized outcome: the same words give the same window
        let w: WindowMatch | undefined;
        const memo = outcome.verified?.[x];
        if (memo !== undefined) {
          if (memo === null) continue;
          w = { ...memo, a: memo.a + i, b: memo.b + i };
        } else {
          const j = d.j + i;
          const count = collectNearby(ctx, i, j, nearby);
          w = mayBeFull(name, nearby, count) ? verifyWindow(ctx, name, d.nameId, i, j, false, d.comma < 0 ? -1 : d.comma + i) : undefined;
          (outcome.verified ??= [])[x] = w ? { ...w, a: w.a - i, b: w.b - i } : null;
          if (!w) continue;
        }
        for (const member of open) {
          const key = `${member}:${w.a}:${w.b}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ ...w, nameId: member, entity: this.dict.names[member]!.entity });
        }
      }
      if (!cue && !anySupported) outcome.unsupportedIn = this.scanNo;
    }
    return out;
  }

  /** The matcher's preparation of an entity, memoized (bounded): found entities recur across scans. */
  private preparedEntity(index: number): PreparedEntity {
    let p = this.preparedEntities.get(index);
    if (!p) {
      p = prepareEntity(this.entities[index]!);
      if (this.preparedEntities.size > 10_000) this.preparedEntities.clear();
      this.preparedEntities.set(index, p);
    }
    return p;
  }

  /** identifierKey of each of the entity's identifiers (parallel to entity.identifiers), memoized. */
  private identifierKeysOf(entity: number): string[] {
    let keys = this.identifierKeys.get(entity);
    if (!keys) {
      keys = this.entities[entity]!.identifiers.map((i) => identifierKey(i.value));
      this.identifierKeys.set(entity, keys);
    }
    return keys;
  }

  /** A quick, generous test of `supportFor` before verification: could anything support it? */
  private maySupport(entity: number, doc: DocumentTokens, established: Map<number, number>, fullSentences: Map<number, Set<number>>): boolean {
    if (established.has(entity)) return true;
    const keys = this.identifierKeysOf(entity);
    if (keys.length) {
      const inText = identifiersIn(doc);
      if (inText.size && keys.some((k) => inText.has(k))) return true;
    }
    for (const edge of this.relationGraph().of(entity)) if (edge.other !== undefined && fullSentences.has(edge.other)) return true;
    return false;
  }

  /**
   * Single-word short mentions ("Marroquín said") of entities already named in full: the words of
   * their names, looked up token by token.
   */
  private coreferenceCandidates(ctx: VerifyContext, firstFull: Map<number, number>, claims: MentionClaims<Accepted>): WindowMatch[] {
    if (firstFull.size === 0) return [];
    const byToken = new Map<string, number[]>();
    const byEntity = this.namesByEntity();
    for (const entity of [...firstFull.keys()].sort((x, y) => x - y)) {
      for (const id of byEntity[entity] ?? []) {
        const name = this.dict.names[id]!;
        if (name.weakReason) continue;
        // A person is referred to by surname; anything else by a distinctive word of its name —
        // not "Cuba" for BANCO NACIONAL DE CUBA, not "Trading" for a trading company.
        const words = name.family ? [...name.family] : name.tokens.filter((t) => !this.dict.isCommon(t));
        for (const t of words) {
          if (t.length < 3 || PARTICLES.has(t) || countryCode(t)) continue;
          const list = byToken.get(t);
          if (list) list.push(id);
          else byToken.set(t, [id]);
        }
      }
    }
    // in name id order, as the dictionary lists them
    for (const list of byToken.values()) list.sort((x, y) => x - y);
    const out: WindowMatch[] = [];
    const { doc } = ctx;
    for (let k = 0; k < doc.count; k++) {
      if (ctx.caseMatters && !(doc.flags[k]! & CAP)) continue;
      const ids = byToken.get(doc.folded[k]!);
      if (!ids || claims.covers(k)) continue;
      for (const id of ids) {
        const w = verifyWindow(ctx, this.dict.names[id]!, id, k, k);
        if (w && !w.full) out.push(w);
      }
    }
    return out;
  }

  /**
   * What backs a weak or common name, if anything, in words:
   *  - the party is named in full in the text, or one of its identifiers appears in it;
   *  - an alias cue right before it ("known as", "alias");
   *  - a related listed party named in full in the same or a neighbouring sentence, when the
   *    alias is not made of common words ("Tío Sam" near "MS-13" is still Uncle Sam);
   *  - for a vessel or aircraft, a cue right before it ("tanker", "buque"), unless the name is a
   *    common word ("the barge Fortune").
   */
  private supportFor(w: WindowMatch, doc: DocumentTokens, established: Map<number, number>, fullSentences: Map<number, Set<number>>): string | undefined {
    if (established.has(w.entity)) return 'the party is named in full in the text';
    const entity = this.entities[w.entity]!;
    const keys = this.identifierKeysOf(w.entity);
    if (keys.length) {
      const inText = identifiersIn(doc);
      const k = keys.findIndex((key) => inText.has(key));
      if (k >= 0) return `its identifier ${entity.identifiers[k]!.value} appears in the text`;
    }
    const name = this.dict.names[w.nameId]!;
    const commonWords = this.isCommonMention(doc, w);
    if (name.schema === 'Vessel' || name.schema === 'Aircraft') {
      const cue = vesselCueBefore(doc, w.a);
      return cue && !commonWords ? `the vessel cue "${cue}" stands before it` : undefined;
    }
    const cue = aliasCueBefore(doc, w.a);
    if (cue) return `the alias cue "${cue}" stands before it`;
    if (commonWords) return undefined;
    const sentence = doc.sentence[w.a]!;
    for (const edge of this.relationGraph().of(w.entity)) {
      const sentences = edge.other === undefined ? undefined : fullSentences.get(edge.other);
      if (sentences && (sentences.has(sentence) || sentences.has(sentence - 1) || sentences.has(sentence + 1))) {
        return `its related party "${captionOf(this.entities[edge.other!]!)}" is named in full nearby`;
      }
    }
    return undefined;
  }

  /** Are the words of this mention all common words or common name parts? */
  private isCommonMention(doc: DocumentTokens, w: WindowMatch): boolean {
    for (let k = w.a; k <= w.b; k++) {
      const t = doc.folded[k]!;
      if (!PARTICLES.has(t) && !this.dict.isCommon(t)) return false;
    }
    return true;
  }

  private nameIdsByEntity: number[][] | undefined;

  /** Ids of each entity's dictionary names, built once. */
  private namesByEntity(): number[][] {
    if (!this.nameIdsByEntity) {
      const byEntity: number[][] = [];
      this.dict.names.forEach((name, id) => (byEntity[name.entity] ??= []).push(id));
      this.nameIdsByEntity = byEntity;
    }
    return this.nameIdsByEntity;
  }

  /** Relations both ways, built once from the dictionary's folded names. */
  private relationGraph(): RelationGraph {
    if (!this.relations) {
      const byName = new Map<string, number[]>();
      for (const n of this.dict.names) {
        const key = [...n.tokens].sort().join(' ');
        const list = byName.get(key);
        if (!list) byName.set(key, [n.entity]);
        else if (list[list.length - 1] !== n.entity) list.push(n.entity);
      }
      this.relations = new RelationGraph(this.entities, byName);
    }
    return this.relations;
  }

  /**
   * The matcher's alignment of window words with a listed name — what `alignNames(query,
   * name.tokens)` computes, with both sides prepared once: the listed name per scanner, the window
   * per distinct text (one window is often checked against many names), the result per pair.
   */
  private align(query: string[], name: DictionaryName, nameId: number): { score: number; alignment: PartMatch[] } {
    const text = query.join(' ');
    const form = this.dict.names[nameId]!.form;
    const key = `${form}|${text}`;
    let r = this.alignments.get(key);
    if (!r) {
      let q = this.preparedQueries.get(text);
      if (!q) {
        q = prepareName(text, 0, 'unknown');
        if (this.preparedQueries.size > 20_000) this.preparedQueries.clear();
        this.preparedQueries.set(text, q);
      }
      let c = this.preparedNames.get(form);
      if (!c) {
        c = prepareName(name.tokens.join(' '), 0, 'unknown');
        this.preparedNames.set(form, c);
      }
      const a = alignPrepared(q, c);
      r = { score: a.score, alignment: a.alignment };
      if (this.alignments.size > 50_000) this.alignments.clear();
      this.alignments.set(key, r);
    }
    return r;
  }

  /**
   * The matcher's score of an accepted short mention: memoized by name and word for one-word
   * mentions ("Marroquín" recurs), else by `align`'s own memo.
   */
  private shortScore(doc: DocumentTokens, m: WindowMatch): number {
    const name = this.dict.names[m.nameId]!;
    const word = m.a === m.b ? this.wordId(doc.folded[m.a]!) : -1;
    if (word < 0 || word >= 2 ** 21) return this.align(doc.folded.slice(m.a, m.b + 1), name, m.nameId).score;
    const key = name.form * 2 ** 21 + word;
    let score = this.shortScores.get(key);
    if (score === undefined) {
      score = this.align([doc.folded[m.a]!], name, m.nameId).score;
      if (this.shortScores.size >= MAX_MEMO) this.shortScores.clear();
      this.shortScores.set(key, score);
    }
    return score;
  }

  /** Three per-token Int32Arrays in one, kept between scans of texts up to TokenBuffers' size. */
  private scratchFor(count: number): Int32Array {
    if (this.scratch.length >= 3 * count) return this.scratch;
    const scratch = new Int32Array(3 * count);
    if (count <= this.buffers.maxKept) this.scratch = scratch;
    return scratch;
  }

  /** Word ids of the document's tokens (see `skeletonIds`), for memo keys: -1 not looked up. */
  private docWordIds: Int32Array | undefined;

  /**
   * Skeleton ids of the tokens that can be name words (not lower-case words, where case matters);
   * fills `ids` with their word ids (-1 for the others: `wordId` looks them up when needed).
   */
  private skeletonIds(doc: DocumentTokens, caseMatters: boolean, ids: Int32Array, out: Int32Array): Int32Array {
    for (let k = 0; k < doc.count; k++) {
      if (caseMatters && doc.flags[k]! & LOWER) {
        out[k] = -1;
        ids[k] = -1;
      } else {
        const id = this.wordId(doc.folded[k]!);
        ids[k] = id;
        out[k] = this.wordSkeletons[id]!;
      }
    }
    this.docWordIds = ids;
    return out;
  }

  /** A small integer per distinct folded word (renumbered between scans past MAX_WORD_IDS). */
  private wordId(token: string): number {
    let id = this.wordIds.get(token);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(token, id);
      this.wordSkeletons.push(this.dict.skeletonId(token));
    }
    return id;
  }

  /** Step 5: group accepted mentions per entity, score with the matcher, explain, relate. */
  private report(doc: DocumentTokens, accepted: Accepted[], opts: ScanOptions): ScanEntity[] {
    const chars = opts.contextChars ?? 60;
    const byEntity = new Map<number, Accepted[]>();
    for (const m of accepted) {
      const list = byEntity.get(m.entity);
      if (list) list.push(m);
      else byEntity.set(m.entity, [m]);
    }
    const mentioned = new Set(byEntity.keys());
    const out: ScanEntity[] = [];
    for (const [index, ms] of byEntity) {
      const entity = this.entities[index]!;
      ms.sort((x, y) => x.a - y.a);
      // short mentions were only estimated during the scan: score the accepted ones with the matcher
      for (const m of ms) if (!m.scored) m.score = this.shortScore(doc, m);
      const best = [...ms].sort((x, y) => kindRank(x.kind) - kindRank(y.kind) || y.score - x.score)[0]!;
      // score with the matcher on the folded words (the raw slice may hold a line-break hyphen)
      const result = matchEntity(prepareQuery({ name: doc.folded.slice(best.a, best.b + 1).join(' ') }), this.preparedEntity(index));
      const mentions: ScanMention[] = ms.map((m) => {
        const s = doc.start[m.a]!;
        const e = doc.end[m.b]!;
        return {
          start: s,
          end: e,
          text: doc.text.slice(s, e),
          context: contextSnippet(doc.text, s, e, chars),
          kind: m.kind,
          matchedName: entity.names[this.dict.names[m.nameId]!.nameIndex]!.full,
          score: roundScore(m.score),
        };
      });
      out.push({
        id: entity.id,
        name: captionOf(entity),
        schema: entity.schema,
        lists: listsOf(entity),
        programs: entity.programs,
        sourceIds: entity.sources.map((s) => `${s.list}:${s.sourceId}`),
        score: result.score,
        mentions,
        explanation: { ...result.explanation, evidence: this.evidence(mentions, ms) },
        related: this.related(index, mentioned),
      });
    }
    return out.sort((x, y) => y.score - x.score || x.mentions[0]!.start - y.mentions[0]!.start);
  }

  /** The evidence in words; `mentions` and `accepted` are parallel. */
  private evidence(mentions: ScanMention[], accepted: Accepted[]): string[] {
    const lines: string[] = [];
    let fulls = 0;
    mentions.forEach((m, k) => {
      if (m.kind === 'full' && ++fulls <= MAX_EVIDENCE_LINES) lines.push(`named in full as "${m.text}" at ${m.start} (matches "${m.matchedName}", ${m.score})`);
      else if (m.kind === 'weak') {
        const a = accepted[k]!;
        const reason = this.dict.names[a.nameId]!.weakReason ?? 'weak alias';
        lines.push(`"${m.text}" at ${m.start} matches "${m.matchedName}" (${reason}): counted because ${a.support}`);
      }
    });
    if (fulls > MAX_EVIDENCE_LINES) lines.push(`named in full ${fulls - MAX_EVIDENCE_LINES} more times`);
    // short mentions before the first full one (a headline) and after it, said apart
    const firstFull = mentions.find((m) => m.kind === 'full')?.start ?? Infinity;
    const corefs = mentions.filter((m) => m.kind === 'coreference');
    const earlier = corefs.filter((m) => m.start < firstFull);
    const later = corefs.filter((m) => m.start >= firstFull);
    const quoted = (ms: ScanMention[]) => [...new Set(ms.map((m) => `"${m.text}"`))].join(', ');
    if (earlier.length) {
      lines.push(`${earlier.length} earlier short mention${earlier.length > 1 ? 's' : ''}, before the name is given in full, resolved to it: ${quoted(earlier)}`);
    }
    if (later.length) lines.push(`${later.length} later short mention${later.length > 1 ? 's' : ''} resolved to the name given in full: ${quoted(later)}`);
    return lines;
  }

  private related(index: number, mentioned: Set<number>): RelatedParty[] {
    return this.relationGraph().of(index).map((edge) => {
      const other = edge.other !== undefined ? this.entities[edge.other] : undefined;
      const party: RelatedParty = {
        name: other ? captionOf(other) : edge.relation.name,
        relation: edge.relation.kind,
        direction: edge.direction,
        lists: other ? listsOf(other) : [],
        programs: other ? other.programs : [],
        mentioned: edge.other !== undefined && mentioned.has(edge.other),
      };
      if (other) party.id = other.id;
      if (edge.relation.role) party.role = edge.relation.role;
      return party;
    });
  }
}

function kindRank(kind: MentionKind): number {
  return kind === 'full' ? 0 : kind === 'weak' ? 1 : 2;
}

/** Better candidates first: longer windows, then higher scores, then earlier. */
function rank(ws: WindowMatch[]): WindowMatch[] {
  return [...ws].sort((x, y) => y.b - y.a - (x.b - x.a) || y.score - x.score || x.a - y.a);
}

/**
 * An alias or vessel cue shortly before token `at` (a generous test, before verification).
 * `cueAt` memoizes the test per token (see verifyDeferred).
 */
function cueNear(doc: DocumentTokens, at: number, cueAt: Int8Array): boolean {
  for (let k = Math.max(0, at - 4); k <= at; k++) {
    let c = cueAt[k]!;
    if (c < 0) cueAt[k] = c = aliasCueBefore(doc, k) || vesselCueBefore(doc, k) ? 1 : 0;
    if (c) return true;
  }
  return false;
}

/** The alias cue ("known as", "alias") ending at most CUE_REACH words before token `a`, if any. */
function aliasCueBefore(doc: DocumentTokens, a: number): string | undefined {
  for (let gap = 0; gap <= CUE_REACH; gap++) {
    const end = a - gap;
    if (end < 1 || !CUE_LAST_WORDS.has(doc.folded[end - 1]!)) continue;
    for (const phrase of ALIAS_CUE_PHRASES) {
      const s = end - phrase.length;
      if (s < 0) continue;
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) ok = doc.folded[s + k] === phrase[k];
      if (ok) return phrase.join(' ');
    }
  }
  return undefined;
}

/** The vessel cue ("tanker", "buque") among the VESSEL_CUE_REACH words before token `a`, if any. */
function vesselCueBefore(doc: DocumentTokens, a: number): string | undefined {
  for (let k = a - 1; k >= 0 && k >= a - VESSEL_CUE_REACH; k--) if (VESSEL_CUE.has(doc.folded[k]!)) return doc.folded[k];
  return undefined;
}

/**
 * Skeleton ids of the hit's words and of up to NEARBY_WORDS words on each side in the same stretch
 * of text (no break), that could be name words (capitalized, particles, or any when case says
 * nothing). Returns how many were written to `out`.
 */
function collectNearby(ctx: VerifyContext, i: number, j: number, out: Int32Array): number {
  const { doc } = ctx;
  let n = 0;
  for (let k = i; k <= j; k++) out[n++] = ctx.skeletons[k]!;
  for (let k = i - 1, c = 0; k >= 0 && c < NEARBY_WORDS && !(doc.flags[k + 1]! & BREAK_BEFORE) && nameLike(ctx, k); k--, c++) out[n++] = ctx.skeletons[k]!;
  for (let k = j + 1, c = 0; k < doc.count && c < NEARBY_WORDS && !(doc.flags[k]! & BREAK_BEFORE) && nameLike(ctx, k); k++, c++) out[n++] = ctx.skeletons[k]!;
  return n;
}

/** The flags that verification reads. */
const KEY_FLAGS = CAP | LOWER | BREAK_BEFORE | CASE_INFORMATIVE | COMMA_BEFORE;

/**
 * The region of a hit at tokens i..hi, written to `out` as integers: everything `verifyWindow`,
 * `collectNearby` and the lookups read — the run of name-like words around the hit within its
 * stretch of text (a window grows only through them), one word past each end, their word ids and
 * flags, the hit's place in the run, and the case mode. Returns its length, or -1 when the run is
 * longer than MAX_REGION_REACH on a side (then the hit is verified afresh).
 */
function regionSequence(ctx: VerifyContext, ids: Int32Array, wordId: (t: string) => number, i: number, hi: number, out: Int32Array): number {
  const { doc } = ctx;
  const flags = doc.flags;
  let lo = i;
  while (lo > 0 && !(flags[lo]! & BREAK_BEFORE) && nameLike(ctx, lo - 1)) if (i - --lo > MAX_REGION_REACH) return -1;
  let up = hi;
  while (up + 1 < doc.count && !(flags[up + 1]! & BREAK_BEFORE) && nameLike(ctx, up + 1)) if (++up - hi > MAX_REGION_REACH) return -1;
  let n = 0;
  // whether capitals count in this text (an all lower-case text is read otherwise)
  out[n++] = ctx.caseMatters ? 1 : 0;
  out[n++] = i - lo;
  out[n++] = hi - i;
  for (let k = lo - 1; k <= up + 1; k++) {
    if (k < 0 || k >= doc.count) {
      out[n++] = -2;
      out[n++] = 0;
    } else {
      let id = ids[k]!;
      if (id < 0) id = ids[k] = wordId(doc.folded[k]!);
      out[n++] = id;
      out[n++] = flags[k]! & KEY_FLAGS;
    }
  }
  return n;
}

/** A 52-bit hash of the first `n` integers of `a` (two 32-bit FNV-1a hashes). */
function hashOf(a: Int32Array, n: number): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let k = 0; k < n; k++) {
    const v = a[k]!;
    h1 = Math.imul(h1 ^ v, 16777619);
    h2 = Math.imul(h2 ^ v, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 0x100000 + (h2 >>> 12);
}

function sameRegion(stored: Int32Array, region: Int32Array, n: number): boolean {
  if (stored.length !== n) return false;
  for (let k = 0; k < n; k++) if (stored[k] !== region[k]) return false;
  return true;
}

function nameLike(ctx: VerifyContext, k: number): boolean {
  return !ctx.caseMatters || (ctx.doc.flags[k]! & (LOWER | PARTICLE)) !== LOWER;
}

const identifierCache = new WeakMap<DocumentTokens, Set<string>>();

/**
 * identifierKey forms of the text's words that hold a digit, alone and glued to their neighbours
 * ("A-0405 6212" is three words), computed once per document.
 */
function identifiersIn(doc: DocumentTokens): Set<string> {
  let set = identifierCache.get(doc);
  if (!set) {
    set = new Set();
    for (let k = 0; k < doc.count; k++) {
      if (!(doc.flags[k]! & DIGIT)) continue;
      const t = doc.folded[k]!;
      if (!hasDigit(t)) continue;
      // folded words are lower-case ASCII letters and digits: their identifierKey is upper case
      let glued = t;
      set.add(t.toUpperCase());
      for (let m = k + 1; m < doc.count && m <= k + 3 && !(doc.flags[m]! & BREAK_BEFORE); m++) {
        glued += doc.folded[m]!;
        set.add(glued.toUpperCase());
      }
      for (let m = k - 1, g = t; m >= 0 && m >= k - 2 && !(doc.flags[m + 1]! & BREAK_BEFORE); m--) {
        g = doc.folded[m]! + g;
        set.add(g.toUpperCase());
      }
    }
    identifierCache.set(doc, set);
  }
  return set;
}

/** A number for (name, first token, last token) — a string in the rare case it would not fit. */
function windowKey(nameId: number, a: number, b: number): number | string {
  return b - a < 64 && a < 2 ** 26 && nameId < 2 ** 21 ? (nameId * 2 ** 26 + a) * 64 + (b - a) : `${nameId}:${a}:${b}`;
}

/** Mix a span into a hash of spans (deterministic; equal sequences give equal hashes). */
function mixSpan(h: number, a: number, b: number): number {
  const P = 9007199254740881;
  return (((h * 1000003 + a) % P) * 1000003 + b) % P;
}

function hasDigit(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

