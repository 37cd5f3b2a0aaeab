/**
 * Finds, for a query token, every token of the vocabulary that the matcher would pair with it
 * (`partSimilarity(query, token).score > 0`): exactly, within the typo budget, or as an initial.
 *
 * Retrieval goes through cheap keys (exact id, Pass-Join segment keys within the typo budget of
 * both sides, first letters for initials); every candidate token is then verified with the
 * matcher's own `partSimilarity`, so the answer is exactly the matcher's relation, no more.
 * Per-query work depends on the vocabulary's key collisions, not on how many entities there are.
 */
import { partSimilarity } from '../match/index.js';
import { forEachProbeKey, forEachSegmentKey } from './segment-keys.js';
import { GrowableInt32Array } from './growable-int-array.js';
import { buildMultiKeyTable, findSlot, type MultiKeyTable } from './multi-key-table.js';

export interface TokenMatches {
  /** Vocabulary ids of the tokens the query token pairs with. */
  ids: Int32Array;
  /** The longest matching token's length (bounds the weight a match can bring). */
  maxLength: number;
}

const NO_MATCHES: TokenMatches = { ids: new Int32Array(0), maxLength: 0 };

export class FuzzyTokenIndex {
  readonly tokens: readonly string[];
  private readonly idOf: Map<string, number>;
  private readonly segmentKeys: MultiKeyTable;
  /** Token ids by first character, for a one-letter query token (an initial). */
  private readonly byFirstChar: Map<string, Int32Array>;
  /** Per-lookup marks to deduplicate candidate ids without allocating. */
  private readonly seen: Uint32Array;
  private epoch = 0;

  constructor(tokens: readonly string[]) {
    this.tokens = tokens;
    this.idOf = new Map(tokens.map((t, i) => [t, i]));
    const keys = new GrowableInt32Array(tokens.length * 4);
    const ids = new GrowableInt32Array(tokens.length * 4);
    const first = new Map<string, number[]>();
    for (let id = 0; id < tokens.length; id++) {
      const t = tokens[id]!;
      forEachSegmentKey(t, (h) => {
        keys.push(h | 0);
        ids.push(id);
      });
      const c = t[0]!;
      let list = first.get(c);
      if (!list) first.set(c, (list = []));
      list.push(id);
    }
    this.segmentKeys = buildMultiKeyTable(keys, ids);
    this.byFirstChar = new Map([...first].map(([c, list]) => [c, Int32Array.from(list)]));
    this.seen = new Uint32Array(tokens.length);
  }

  get size(): number {
    return this.tokens.length;
  }

  idOfToken(token: string): number | undefined {
    return this.idOf.get(token);
  }

  /** Every vocabulary token the matcher pairs with `q`. */
  matches(q: string): TokenMatches {
    if (q.length === 0) return NO_MATCHES;
    const epoch = this.nextEpoch();
    const out: number[] = [];
    let maxLength = 0;
    const consider = (id: number) => {
      if (this.seen[id] === epoch) return;
      this.seen[id] = epoch;
      const t = this.tokens[id]!;
      if (partSimilarity(q, t).score > 0) {
        out.push(id);
        if (t.length > maxLength) maxLength = t.length;
      }
    };
    const exact = this.idOf.get(q);
    if (exact !== undefined) consider(exact);
    if (q.length === 1) {
      // an initial pairs with every token that starts with it
      const list = this.byFirstChar.get(q);
      if (list) for (const id of list) consider(id);
    } else {
      const initial = this.idOf.get(q[0]!);
      if (initial !== undefined) consider(initial);
      const table = this.segmentKeys;
      forEachProbeKey(q, (h) => {
        const slot = findSlot(table, h);
        if (slot < 0) return;
        for (let i = table.starts[slot]!, end = table.ends[slot]!; i < end; i++) consider(table.values[i]!);
      });
    }
    return out.length ? { ids: Int32Array.from(out), maxLength } : NO_MATCHES;
  }

  private nextEpoch(): number {
    if (++this.epoch === 0xffffffff) {
      this.seen.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }
}
