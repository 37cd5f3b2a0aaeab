/**
 * Strings searchable within the matcher's typo budget: exact lookups plus segment keys
 * (segment-keys.ts) in a typed-array multimap. Candidates are not verified here: callers verify
 * with the matcher's own comparison.
 */
import { GrowableInt32Array } from './growable-int-array.js';
import { buildMultiKeyTable, findKey, type MultiKeyTable } from './multi-key-table.js';
import { forEachProbeKey, forEachSegmentKey } from './segment-keys.js';

export class TypoTable {
  private readonly segments: MultiKeyTable;

  /** `texts[id]` is the string of id; ids may share a text. */
  constructor(texts: readonly string[]) {
    const keys = new GrowableInt32Array(texts.length * 3);
    const ids = new GrowableInt32Array(texts.length * 3);
    for (let id = 0; id < texts.length; id++) {
      forEachSegmentKey(texts[id]!, (h) => {
        keys.push(h | 0);
        ids.push(id);
      });
    }
    this.segments = buildMultiKeyTable(keys, ids);
  }

  /** Calls `visit` with every id whose text may be within the typo budget of `q` (with repeats). */
  probe(q: string, visit: (id: number) => void): void {
    const table = this.segments;
    forEachProbeKey(q, (h) => {
      const d = findKey(table, h);
      if (d < 0) return;
      for (let i = table.offsets[d]!, end = table.offsets[d + 1]!; i < end; i++) visit(table.values[i]!);
    });
  }
}
