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
 */
import { typoBudget } from '../match/index.js';
import { forEachDeletionKey } from './deletion-keys.js';
import { GrowableInt32Array } from './growable-int-array.js';
import { buildMultiKeyTable, findKey, type MultiKeyTable } from './multi-key-table.js';
import { forEachProbeKey, forEachSegmentKey } from './segment-keys.js';

/** Shortest strings with a budget of one, two and three edits (typoBudget). */
const ONE_EDIT_LENGTH = 5;
const TWO_EDITS_LENGTH = 9;
const THREE_EDITS_LENGTH = 13;
const PARTITIONED_LENGTH = THREE_EDITS_LENGTH - 3;

export class TypoTable {
  private readonly oneEdit: MultiKeyTable;
  private readonly twoEdits: MultiKeyTable;
  private readonly threeEdits: MultiKeyTable;

  /** `texts[id]` is the string of id; ids may share a text. */
  constructor(texts: readonly string[]) {
    const tables = [0, 1, 2].map(() => ({ keys: new GrowableInt32Array(texts.length), ids: new GrowableInt32Array(texts.length) }));
    for (let id = 0; id < texts.length; id++) {
      const text = texts[id]!;
      const add = (table: number) => (h: number) => {
        tables[table]!.keys.push(h | 0);
        tables[table]!.ids.push(id);
      };
      if (text.length >= ONE_EDIT_LENGTH) forEachDeletionKey(text, 1, add(0));
      if (text.length >= TWO_EDITS_LENGTH) forEachDeletionKey(text, 2, add(1));
      if (text.length >= PARTITIONED_LENGTH) forEachSegmentKey(text, add(2));
    }
    [this.oneEdit, this.twoEdits, this.threeEdits] = tables.map((t) => buildMultiKeyTable(t.keys, t.ids)) as [MultiKeyTable, MultiKeyTable, MultiKeyTable];
  }

  /** Calls `visit` with every id whose text may be within the typo budget (less `fewerEdits`) of `q` (with repeats). */
  probe(q: string, visit: (id: number) => void, fewerEdits = 0): void {
    // the most edits any pair with q may have; each table holds the pairs of its number of edits
    const edits = typoBudget(q.length) - fewerEdits;
    if (edits >= 3) {
      // every string within three edits of q has 10+ letters, and its partition keys are probed
      forEachProbeKey(q, (h) => visitKey(this.threeEdits, h, visit), fewerEdits);
      return;
    }
    if (edits >= 1) forEachDeletionKey(q, 1, (h) => visitKey(this.oneEdit, h, visit));
    if (edits >= 2) forEachDeletionKey(q, 2, (h) => visitKey(this.twoEdits, h, visit));
  }
}

function visitKey(table: MultiKeyTable, key: number, visit: (id: number) => void): void {
  const d = findKey(table, key);
  if (d < 0) return;
  for (let i = table.offsets[d]!, end = table.offsets[d + 1]!; i < end; i++) visit(table.values[i]!);
}
