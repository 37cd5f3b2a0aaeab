/**
 * An immutable multimap from 32-bit keys (non-zero) to lists of int32 values, in typed arrays:
 * an open-addressing table of distinct keys pointing into one compressed postings array (CSR).
 * Built once from (key, value) pairs; lookups allocate nothing.
 */
import { GrowableInt32Array } from './growable-int-array.js';

export interface MultiKeyTable {
  /** Open-addressing slots holding the keys (0 = empty); capacity is a power of two. */
  readonly slots: Uint32Array;
  /** For slot s holding a key, its values are values[offsets[s] .. offsets[s + 1]), via start/end arrays. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly values: Int32Array;
}

/** Build from parallel arrays of keys (non-zero uint32, stored as int32 bits) and values. */
export function buildMultiKeyTable(keys: GrowableInt32Array, values: GrowableInt32Array): MultiKeyTable {
  const n = keys.length;
  let capacity = 16;
  while (capacity < n * 1.5) capacity *= 2;
  const slots = new Uint32Array(capacity);
  const counts = new Int32Array(capacity);
  const mask = capacity - 1;
  const slotOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys.get(i) >>> 0;
    let s = mix(key) & mask;
    while (slots[s] !== 0 && slots[s] !== key) s = (s + 1) & mask;
    slots[s] = key;
    counts[s]!++;
    slotOf[i] = s;
  }
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let offset = 0;
  for (let s = 0; s < capacity; s++) {
    starts[s] = offset;
    ends[s] = offset;
    offset += counts[s]!;
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = slotOf[i]!;
    out[ends[s]!++] = values.get(i);
  }
  return { slots, starts, ends, values: out };
}

/** The slot holding `key`, or -1. Values are table.values[starts[slot] .. ends[slot]). */
export function findSlot(table: MultiKeyTable, key: number): number {
  const k = key >>> 0;
  const mask = table.slots.length - 1;
  let s = mix(k) & mask;
  for (;;) {
    const at = table.slots[s]!;
    if (at === k) return s;
    if (at === 0) return -1;
    s = (s + 1) & mask;
  }
}

/** Spread FNV hashes over the low bits used for the slot. */
function mix(k: number): number {
  k = Math.imul(k ^ (k >>> 16), 0x45d9f3b);
  return (k ^ (k >>> 16)) >>> 0;
}
