/** The multi-key table and the key lists give, for every key, its values in the order added (checked against a Map). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowableInt32Array } from '../../src/index/growable-int-array.js';
import { KeyLists } from '../../src/index/key-lists.js';
import { buildMultiKeyTable, findKey } from '../../src/index/multi-key-table.js';

function valuesOf(table: ReturnType<typeof buildMultiKeyTable>, key: number): number[] | undefined {
  const d = findKey(table, key);
  return d < 0 ? undefined : [...table.values.subarray(table.offsets[d]!, table.offsets[d + 1]!)];
}

describe('buildMultiKeyTable', () => {
  // few distinct keys (many repeats) and many (nearly all distinct), with keys past 2^31 too
  const key = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 0xffffffff }));
  const pairs = fc.array(fc.tuple(key, fc.integer({ min: -5, max: 1_000_000 })), { maxLength: 400 });

  it('finds every key with its values in the order added, and no other key', () => {
    fc.assert(
      fc.property(pairs, fc.array(key, { maxLength: 20 }), (ps, probes) => {
        const keys = new GrowableInt32Array(4);
        const values = new GrowableInt32Array(4);
        const expected = new Map<number, number[]>();
        for (const [k, v] of ps) {
          keys.push(k | 0);
          values.push(v);
          expected.set(k, [...(expected.get(k) ?? []), v]);
        }
        const table = buildMultiKeyTable(keys, values);
        for (const [k, vs] of expected) {
          expect(valuesOf(table, k)).toEqual(vs);
          expect(valuesOf(table, k | 0)).toEqual(vs);
        }
        for (const k of probes) expect(valuesOf(table, k)).toEqual(expected.get(k));
        // sized as a table grown key by key: load at most one half, at least 16 slots
        expect(table.slots.length).toBe(Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, expected.size * 2)))));
        expect(table.offsets.length).toBe(expected.size + 1);
        expect(table.values.length).toBe(ps.length);
      }),
    );
  });

  it('builds an empty table', () => {
    const table = buildMultiKeyTable(new GrowableInt32Array(), new GrowableInt32Array());
    expect(findKey(table, 7)).toBe(-1);
  });
});

describe('KeyLists', () => {
  it('keeps the ids of each key in the order added, without consecutive repeats', () => {
    const lists = new KeyLists();
    for (const [k, id] of [['a', 1], ['b', 1], ['a', 1], ['a', 2], ['a', 1], ['b', 3]] as const) lists.add(k, id);
    lists.freeze();
    expect(lists.get('a')).toEqual([1, 2, 1]);
    expect(lists.get('b')).toEqual([1, 3]);
    expect(lists.get('c')).toBeUndefined();
    expect(() => lists.add('c', 1)).toThrow();
  });
});
