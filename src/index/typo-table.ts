/**
 * Strings searchable within the matcher's typo budget (`typoBudget` of the shorter string, less
 * `fewerEdits` for glued words). Candidates are not verified here: callers verify them with the
 * matcher's own comparison.
 *
 * Each budget has the structure that serves it best:
 *   a query allowed one edit (5–8 letters): its 1-deletion variants, against those of every
 *   string of 5+ letters;
 *   two edits (9–12 letters): its ≤2-deletion variants, against those of every string of 9+
 *   letters (pairs with a shorter string, allowed one edit, are found as above);
 *   three edits (13+ letters, rare): Pass-Join partition keys (segment-keys.ts) of every string of
 *   10+ letters, the shortest within three edits — a long string has too many 3-deletion variants.
 * A pair within its budget shares a key of the table probed for it (deletion-keys.ts,
 * segment-keys.ts), so every string within budget is visited.
 *
 * Long queries within two edits are the exception: few strings are that long, and a probe hashes
 * over a hundred variants. When the strings of a length the query could pair with are fewer than
 * what the probe would cost, they are scanned instead, with their letter masks (letter-mask.ts)
 * ruling most out. Both ways visit every string within budget.
 */
import { letterMask, maybeWithinEdits, typoBudget } from '../match/index.js';
import { forEachDeletionKey } from './deletion-keys.js';
import { GrowableInt32Array } from './growable-int-array.js';
import { buildMultiKeyTable, findKey, type MultiKeyTable } from './multi-key-table.js';
import { forEachProbeKey, forEachSegmentKey } from './segment-keys.js';
import { TwoSegmentProbe } from './two-segment-probe.js';

/** Shortest strings with a budget of one, two and three edits (typoBudget). */
const ONE_EDIT_LENGTH = 5;
const TWO_EDITS_LENGTH = 9;
const THREE_EDITS_LENGTH = 13;
const PARTITIONED_LENGTH = THREE_EDITS_LENGTH - 3;

/**
 * A key lookup (hash, a probe of the table, its postings) costs about as much as this many
 * entries of a length scan (a sequential read and a popcount). Measured on all lists: a glued
 * run of 16+ letters probes ~140 deletion keys in ~58 µs; scanning the few hundred strings of
 * its lengths, ~13 µs with the checks of what the masks let through.
 */
const SCAN_ENTRIES_PER_KEY = 40;

/**
 * What a probe of two segments costs, in keys of SCAN_ENTRIES_PER_KEY: measured on all lists,
 * 5–7 µs for a glued join of 13–20 letters, what a scan of about 400 strings costs with the checks
 * of what the masks let through (4 µs for 215 strings, 6 µs for 370, 11–15 µs for 900–3,600).
 */
const SCAN_KEYS_OF_TWO_SEGMENTS = 10;

export interface TypoTableOptions {
  /** Override SCAN_ENTRIES_PER_KEY: 0 never scans, Infinity always does (tests cover both ways). */
  scanEntriesPerKey?: number;
}

export class TypoTable {
  private readonly oneEdit: MultiKeyTable;
  private readonly twoEdits: MultiKeyTable;
  private readonly threeEdits: MultiKeyTable;
  /** Ids by text length: byLength[lengthStart[L] .. lengthStart[L + 1]) have L letters. */
  private readonly byLength: Int32Array;
  private readonly lengthStart: Int32Array;
  /** letterMask of the text of byLength[i]. */
  private readonly lengthMasks: Int32Array;
  private readonly scanEntriesPerKey: number;
  private readonly twoSegments: TwoSegmentProbe;

  /** `texts[id]` is the string of id; ids may share a text. */
  constructor(texts: readonly string[], options: TypoTableOptions = {}) {
    this.scanEntriesPerKey = options.scanEntriesPerKey ?? SCAN_ENTRIES_PER_KEY;
    const tables = [0, 1, 2].map(() => ({ keys: new GrowableInt32Array(texts.length), ids: new GrowableInt32Array(texts.length) }));
    let longest = 0;
    for (let id = 0; id < texts.length; id++) {
      const text = texts[id]!;
      if (text.length > longest) longest = text.length;
      const add = (table: number) => (h: number) => {
        tables[table]!.keys.push(h | 0);
        tables[table]!.ids.push(id);
      };
      if (text.length >= ONE_EDIT_LENGTH) forEachDeletionKey(text, 1, add(0));
      if (text.length >= TWO_EDITS_LENGTH) forEachDeletionKey(text, 2, add(1));
      if (text.length >= PARTITIONED_LENGTH) forEachSegmentKey(text, add(2));
    }
    [this.oneEdit, this.twoEdits, this.threeEdits] = tables.map((t) => buildMultiKeyTable(t.keys, t.ids)) as [MultiKeyTable, MultiKeyTable, MultiKeyTable];
    // counting sort by length
    const start = new Int32Array(longest + 2);
    for (const text of texts) start[text.length + 1]!++;
    for (let L = 0; L <= longest; L++) start[L + 1]! += start[L]!;
    const fill = start.slice(0, longest + 1);
    this.byLength = new Int32Array(texts.length);
    this.lengthMasks = new Int32Array(texts.length);
    for (let id = 0; id < texts.length; id++) {
      const at = fill[texts[id]!.length]!++;
      this.byLength[at] = id;
      this.lengthMasks[at] = letterMask(texts[id]!);
    }
    this.lengthStart = start;
    this.twoSegments = new TwoSegmentProbe(texts.length);
  }

  /** Calls `visit` with every id whose text may be within the typo budget (less `fewerEdits`) of `q` (with repeats). */
  probe(q: string, visit: (id: number) => void, fewerEdits = 0): void {
    // the most edits any pair with q may have; each table holds the pairs of its number of edits
    const edits = typoBudget(q.length) - fewerEdits;
    if (edits <= 0) return;
    const window = edits <= 2 ? this.lengthWindow(q.length, edits) : Infinity;
    // a glued join of 13+ letters: every string in reach has 11+ letters, and two of its segments
    // among the partition keys (two-segment-probe.ts), unless the strings of its lengths are so few
    // that scanning them is cheaper
    if (fewerEdits > 0 && edits === 2 && q.length - edits >= PARTITIONED_LENGTH && window > this.scanEntriesPerKey * SCAN_KEYS_OF_TWO_SEGMENTS) {
      this.twoSegments.probe(this.threeEdits, q, fewerEdits, visit);
      return;
    }
    // at three edits the letter masks rule out too little for a scan to pay
    if (edits <= 2 && window <= probeKeys(q.length, edits) * this.scanEntriesPerKey) {
      this.scan(q, fewerEdits, visit);
      return;
    }
    if (edits >= 3) {
      // every string within three edits of q has 10+ letters, and its partition keys are probed
      forEachProbeKey(q, (h) => visitKey(this.threeEdits, h, visit));
      return;
    }
    // within two edits, the two-edit table holds every string of 9+ letters in reach; strings of
    // 5-8 letters pair within one edit (less the discount) only, so only a q of at most 9 letters
    // (less the discount) needs the one-edit table besides
    if (edits === 1 || q.length <= TWO_EDITS_LENGTH - fewerEdits) forEachDeletionKey(q, 1, (h) => visitKey(this.oneEdit, h, visit));
    if (edits >= 2) forEachDeletionKey(q, 2, (h) => visitKey(this.twoEdits, h, visit));
  }

  /** How many strings have a length within `edits` of `n`. */
  private lengthWindow(n: number, edits: number): number {
    const last = this.lengthStart.length - 2;
    const lo = Math.max(0, n - edits);
    const hi = Math.min(last, n + edits);
    return lo > hi ? 0 : this.lengthStart[hi + 1]! - this.lengthStart[lo]!;
  }

  /** Every string whose length and letters may be within the pair's budget (of the shorter string, less `fewerEdits`) of q. */
  private scan(q: string, fewerEdits: number, visit: (id: number) => void): void {
    const n = q.length;
    const edits = typoBudget(n) - fewerEdits;
    const mask = letterMask(q);
    const masks = this.lengthMasks;
    for (let L = Math.max(0, n - edits), last = Math.min(this.lengthStart.length - 2, n + edits); L <= last; L++) {
      const budget = typoBudget(Math.min(n, L)) - fewerEdits;
      if (budget <= 0 || Math.abs(L - n) > budget) continue;
      for (let i = this.lengthStart[L]!, end = this.lengthStart[L + 1]!; i < end; i++) {
        if (maybeWithinEdits(mask, masks[i]!, budget)) visit(this.byLength[i]!);
      }
    }
  }
}

/** About how many deletion keys a probe of a q of `n` letters within 1 or 2 edits looks up (forEachDeletionKey). */
function probeKeys(n: number, edits: number): number {
  const one = n + 1;
  return edits >= 2 ? one + 1 + n + (n * (n - 1)) / 2 : one;
}

function visitKey(table: MultiKeyTable, key: number, visit: (id: number) => void): void {
  const d = findKey(table, key);
  if (d < 0) return;
  for (let i = table.offsets[d]!, end = table.offsets[d + 1]!; i < end; i++) visit(table.values[i]!);
}
