/**
 * An immutable multimap from 32-bit keys (non-zero) to lists of int32 values, in typed arrays:
 * an open-addressing table of the distinct keys, each pointing to its run of values in one
 * compressed postings array (CSR). The table grows with the number of distinct keys, not of
 * pairs, so repeated keys cost only their values. Built once from (key, value) pairs; lookups
 * allocate nothing.
 */
import { GrowableInt32Array } from './growable-int-array.js';

export interface MultiKeyTable {
  /** Open-addressing slots holding the keys (0 = empty); capacity is a power of two. */
  readonly slots: Uint32Array;
  /** Dense number of the key in each slot. */
  readonly dense: Int32Array;
  /** Values of dense key d: values[offsets[d] .. offsets[d + 1]). */
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/** Build from parallel arrays of keys (non-zero uint32, stored as int32 bits) and values. */
export function buildMultiKeyTable(keys: GrowableInt32Array, values: GrowableInt32Array): MultiKeyTable {
  const n = keys.length;
  let capacity = 16;
  let slots = new Uint32Array(capacity);
  let counts = new Int32Array(capacity);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const key = keys.get(i) >>> 0;
    let s = mix(key) & (capacity - 1);
    while (slots[s] !== 0 && slots[s] !== key) s = (s + 1) & (capacity - 1);
    if (slots[s] === 0) {
      slots[s] = key;
      distinct++;
    }
    counts[s]!++;
    if (distinct * 2 > capacity) {
      // keep the load under one half: rehash into twice the room
      const oldSlots = slots;
      const oldCounts = counts;
      capacity *= 2;
      slots = new Uint32Array(capacity);
      counts = new Int32Array(capacity);
      for (let o = 0; o < oldSlots.length; o++) {
        const k = oldSlots[o]!;
        if (k === 0) continue;
        let t = mix(k) & (capacity - 1);
        while (slots[t] !== 0) t = (t + 1) & (capacity - 1);
        slots[t] = k;
        counts[t] = oldCounts[o]!;
      }
    }
  }
  const dense = new Int32Array(capacity).fill(-1);
  const offsets = new Int32Array(distinct + 1);
  let d = 0;
  for (let s = 0; s < capacity; s++) {
    if (slots[s] === 0) continue;
    dense[s] = d;
    offsets[d + 1] = offsets[d]! + counts[s]!;
    d++;
  }
  const fill = offsets.slice(0, distinct);
  const out = new Int32Array(n);
  const table = { slots, dense, offsets, values: out };
  for (let i = 0; i < n; i++) {
    const slot = findSlot(table, keys.get(i));
    out[fill[dense[slot]!]!++] = values.get(i);
  }
  return table;
}

/** The dense number of `key`, or -1. Its values are table.values[offsets[d] .. offsets[d + 1]). */
export function findKey(table: MultiKeyTable, key: number): number {
  const s = findSlot(table, key);
  return s < 0 ? -1 : table.dense[s]!;
}

function findSlot(table: MultiKeyTable, key: number): number {
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
