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

/**
 * Build from parallel arrays of keys (non-zero uint32, stored as int32 bits) and values.
 *
 * Two passes over the pairs. The first numbers each distinct key in order of first appearance,
 * in a table sized at once for as many distinct keys as pairs (typo keys are nearly all
 * distinct, and growing by rehashing took most of the build), and notes each pair's number; the
 * second places the values by those numbers, in order, without hashing again. The table is then
 * shrunk to what a table grown key by key would have been, so lookups and memory at rest are as
 * before.
 */
export function buildMultiKeyTable(keys: GrowableInt32Array, values: GrowableInt32Array): MultiKeyTable {
  const n = keys.length;
  let capacity = capacityFor(n);
  let mask = capacity - 1;
  let slots = new Uint32Array(capacity);
  let dense = new Int32Array(capacity).fill(-1);
  const pairKey = new Int32Array(n);
  const counts = new Int32Array(n + 1);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const key = keys.get(i) >>> 0;
    let s = mix(key) & mask;
    let at = slots[s]!;
    while (at !== 0 && at !== key) {
      s = (s + 1) & mask;
      at = slots[s]!;
    }
    let d: number;
    if (at === 0) {
      slots[s] = key;
      d = dense[s] = distinct++;
    } else {
      d = dense[s]!;
    }
    pairKey[i] = d;
    counts[d + 1]!++;
  }
  const needed = capacityFor(distinct);
  if (needed < capacity) {
    const oldSlots = slots;
    const oldDense = dense;
    capacity = needed;
    mask = capacity - 1;
    slots = new Uint32Array(capacity);
    dense = new Int32Array(capacity).fill(-1);
    for (let o = 0; o < oldSlots.length; o++) {
      const k = oldSlots[o]!;
      if (k === 0) continue;
      let t = mix(k) & mask;
      while (slots[t] !== 0) t = (t + 1) & mask;
      slots[t] = k;
      dense[t] = oldDense[o]!;
    }
  }
  const offsets = counts.subarray(0, distinct + 1);
  for (let d = 0; d < distinct; d++) offsets[d + 1]! += offsets[d]!;
  const fill = offsets.slice(0, distinct);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[fill[pairKey[i]!]!++] = values.get(i);
  return { slots, dense, offsets: offsets.slice(), values: out };
}

/** Slots for `distinct` keys at a load of at most one half (at least 16, a power of two). */
function capacityFor(distinct: number): number {
  let capacity = 16;
  while (distinct * 2 > capacity) capacity *= 2;
  return capacity;
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
