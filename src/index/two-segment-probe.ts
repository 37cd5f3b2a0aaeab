/**
 * Partition keys probed one edit fewer than they were cut for (glued words: the glue budget is the
 * typo budget less one). A string cut into k + 1 segments and within at most k - 1 edits of the
 * probe has at least two segments intact, and forEachProbeKey emits every intact segment at its
 * place (segment-keys.ts). So only strings two of whose segments are found need verifying: one
 * segment found lets through a hundred strings for each within budget, and each then costs an
 * edit distance.
 */
import { findKey, type MultiKeyTable } from './multi-key-table.js';
import { forEachProbeKey } from './segment-keys.js';

export class TwoSegmentProbe {
  /** Per string, the segments found by the current probe (valid when `seen` holds its epoch). */
  private readonly found: Uint8Array;
  private readonly seen: Uint32Array;
  private epoch = 0;

  /** `size`: how many ids the tables probed with it hold. */
  constructor(size: number) {
    this.found = new Uint8Array(size);
    this.seen = new Uint32Array(size);
  }

  /**
   * Visits, once each, the ids of `table` (keys of forEachSegmentKey cut for the full typo budget)
   * two of whose segments are among the probe keys of `q` within the typo budget less
   * `fewerEdits` (at least 1).
   */
  probe(table: MultiKeyTable, q: string, fewerEdits: number, visit: (id: number) => void): void {
    if (++this.epoch === 0xffffffff) {
      this.seen.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    const found = this.found;
    const seen = this.seen;
    forEachProbeKey(
      q,
      (key, segment) => {
        const d = findKey(table, key);
        if (d < 0) return;
        const bit = 1 << segment;
        for (let i = table.offsets[d]!, end = table.offsets[d + 1]!; i < end; i++) {
          const id = table.values[i]!;
          if (seen[id] !== epoch) {
            seen[id] = epoch;
            found[id] = bit;
          } else if ((found[id]! & bit) === 0) {
            // the second segment found: visited now, and not for any found after it
            if ((found[id]! & (found[id]! - 1)) === 0) visit(id);
            found[id]! |= bit;
          }
        }
      },
      fewerEdits,
      0,
    );
  }
}
