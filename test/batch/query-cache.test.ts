/** The workers' cache of whole-query answers: keys, bounds, and a chunk screened through it. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, QueryCache, queryKey } from '../../src/batch/query-cache.js';
import { screenChunk } from '../../src/batch/screen-chunk.js';
import type { Hit } from '../../src/index/index.js';
import type { ScreenQuery } from '../../src/match/index.js';

/** An index stand-in whose hits spell out the query they answer, and that counts its calls. */
function echoIndex() {
  const calls: ScreenQuery[] = [];
  return {
    calls,
    screen(q: ScreenQuery, opts: { limit?: number; threshold?: number } = {}): Hit[] {
      calls.push(q);
      if (q.name === 'boom') throw new Error('cannot screen boom');
      const echo = JSON.stringify({ q, opts });
      return [{ id: echo, name: q.name, schema: 'Person', score: 0.9, lists: [], programs: [], sourceIds: [], explanation: { matchedName: echo, matchedNameKind: 'primary', nameScore: 0.9, alignment: [], features: [] } }];
    },
  };
}

describe('queryKey', () => {
  it('is the same for equal queries, whatever the order of their fields', () => {
    const a: ScreenQuery = { name: 'Ana Lopez', birthDate: '1980', countries: ['ES'], schema: 'Person' };
    const b: ScreenQuery = { schema: 'Person', countries: ['ES'], birthDate: '1980', name: 'Ana Lopez', identifiers: undefined };
    expect(queryKey(a, { limit: 10 })).toBe(queryKey(b, { limit: 10 }));
  });

  it('differs when any field, qualifier or option differs', () => {
    const base: ScreenQuery = { name: 'Ana Lopez', birthDate: '1980', countries: ['ES', 'PT'], identifiers: ['X1'], nameParts: { given: 'Ana' } };
    const variants: ScreenQuery[] = [
      { ...base, name: 'Ana Lopes' },
      { ...base, name: 'ana lopez' },
      { ...base, name: 'Ana Lopez ' },
      { ...base, birthDate: '1981' },
      { ...base, birthDate: undefined },
      { ...base, countries: ['PT', 'ES'] },
      { ...base, countries: ['ES'] },
      { ...base, identifiers: ['X2'] },
      { ...base, schema: 'Person' },
      { ...base, gender: 'female' as ScreenQuery['gender'] },
      { ...base, nameParts: { family: 'Ana' } },
    ];
    const keys = new Set([queryKey(base, {}), ...variants.map((v) => queryKey(v, {}))]);
    expect(keys.size).toBe(variants.length + 1);
    expect(queryKey(base, { limit: 5 })).not.toBe(queryKey(base, { limit: 6 }));
    expect(queryKey(base, { threshold: 0.8 })).not.toBe(queryKey(base, { threshold: 0.7 }));
    expect(queryKey(base, {})).not.toBe(queryKey(base, { limit: 10 }));
  });

  it('cannot be fooled by names that look like JSON or like the key separator', () => {
    const a = queryKey({ name: 'a","birthDate":"1980' }, {});
    const b = queryKey({ name: 'a', birthDate: '1980' }, {});
    expect(a).not.toBe(b);
    expect(queryKey({ name: '1|2' }, { limit: 3 })).not.toBe(queryKey({ name: '2' }, { limit: 31 }));
  });

  it('gives no key to values canonical JSON cannot tell apart', () => {
    expect(queryKey({ name: 'x', birthDate: new Date(0) as unknown as string }, {})).toBeUndefined();
    expect(queryKey({ name: 'x', countries: [NaN as unknown as string] }, {})).toBeUndefined();
    expect(queryKey({ name: 'x', identifiers: [undefined as unknown as string] }, {})).toBeUndefined();
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });
});

describe('QueryCache', () => {
  it('evicts the least recently used entry past its entry limit', () => {
    const c = new QueryCache({ entries: 2, chars: 1_000 });
    c.set('a', '1');
    c.set('b', '2');
    expect(c.get('a')).toBe('1'); // a is now the most recent
    c.set('c', '3');
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('1');
    expect(c.get('c')).toBe('3');
    expect(c.size).toBe(2);
    expect([c.hits, c.misses]).toEqual([3, 1]);
  });

  it('keeps its total size under the character limit, and skips entries larger than it', () => {
    const c = new QueryCache({ entries: 100, chars: 20 });
    c.set('k1', 'x'.repeat(8)); // 10 chars
    c.set('k2', 'y'.repeat(8)); // 20
    c.set('k3', 'z'.repeat(8)); // 30: k1 goes
    expect(c.get('k1')).toBeUndefined();
    expect(c.size).toBe(2);
    c.set('huge', 'h'.repeat(50));
    expect(c.get('huge')).toBeUndefined();
    expect(c.size).toBe(2);
    c.set('k2', 'short'); // replacing an entry frees its old size
    expect(c.get('k2')).toBe('short');
    expect(c.get('k3')).toBe('z'.repeat(8));
  });

  it('is off with entries: 0', () => {
    const c = new QueryCache({ entries: 0, chars: 1_000 });
    c.set('a', '1');
    expect(c.get('a')).toBeUndefined();
  });
});

describe('screenChunk', () => {
  const opts = { type: 'screen' as const, seq: 0, limit: 3, threshold: 0.5 };

  it('screens every query in order under the chunk’s options, as JSON text', () => {
    const index = echoIndex();
    const queries: ScreenQuery[] = [{ name: 'Ana Lopez' }, { name: 'Ana Lopez', birthDate: '1980' }, { name: 'Ana Lopez' }];
    const outcomes = screenChunk(index, { ...opts, queries });
    expect(index.calls).toHaveLength(3);
    outcomes.forEach((o, i) => {
      const hits = JSON.parse(o as string) as Hit[];
      expect(JSON.parse(hits[0]!.id)).toEqual({ q: queries[i], opts: { limit: 3, threshold: 0.5 } });
    });
  });

  it('gives a query that throws an error outcome and keeps the others', () => {
    const index = echoIndex();
    const queries: ScreenQuery[] = [{ name: 'Ana' }, { name: 'boom' }, { name: 'Ben' }, { name: 'boom' }];
    const outcomes = screenChunk(index, { ...opts, queries });
    expect(outcomes[1]).toEqual({ error: 'cannot screen boom' });
    expect(outcomes[3]).toEqual({ error: 'cannot screen boom' });
    expect(typeof outcomes[0]).toBe('string');
    expect(typeof outcomes[2]).toBe('string');
  });
});
